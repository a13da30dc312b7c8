"""Start the pinned Prism mock server on a free loopback port, and stop it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from .paths import PRISM


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def prism_server(spec: Path, *, dynamic: bool = False, timeout: float = 60.0) -> Iterator[str]:
    """Serve ``spec`` with Prism; yield its base URL. Static examples unless ``dynamic``."""
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run scripts/bootstrap")
    port = free_port()
    command = [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)]
    if dynamic:
        command[2:2] = ["-d", "--seed", "1"]
    log = open(os.devnull, "wb")
    process = subprocess.Popen(
        command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"prism exited with {process.returncode} serving {spec}")
            try:
                httpx.get(base_url + "/__sdkgen_ready", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"prism did not start within {timeout} s") from None
                time.sleep(0.1)
        yield base_url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()
