"""Peers for the benchmarks: pinned SDKs installed into a throwaway virtual environment.

The environment gets the same httpx, pydantic and pydantic-core as the dev venv, so that our SDK
(on ``PYTHONPATH``) and a peer run on the same libraries in the same interpreter.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_VENV = ROOT / ".venv"

OPENAI = "openai==3.57.0"
LLAMA_CLOUD = "llama-cloud==2.4.1"  # Stainless-generated, from the same LlamaCloud API


def peer_environment(where: Path, peers: Sequence[str]) -> Path:
    """A fresh venv at ``where`` with ``peers`` and the dev venv's httpx and pydantic; its python."""
    venv.EnvBuilder(with_pip=True, symlinks=True).create(where)
    python = where / "bin" / "python"
    ours = subprocess.run(
        [str(DEV_VENV / "bin" / "python"), "-m", "pip", "freeze"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    pins = [
        line
        for line in ours
        if line.lower().replace("_", "-").startswith(("httpx==", "pydantic==", "pydantic-core=="))
    ]
    print(f"installing {', '.join([*peers, *pins])} into {where} ...", file=sys.stderr)
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            *peers,
            *pins,
        ],
        check=True,
    )
    return python
