"""A 200 MB download through with_streaming_response + stream_to_file holds a piece at a time.

The body is made by our loopback server as it sends it (no such file exists anywhere); the
client runs in a subprocess of its own, which measures its memory around the download two
ways: tracemalloc's peak (every bytes object the client, httpx and httpcore allocate) and the
growth of its peak resident set (ru_maxrss: what the process really took, C buffers included).
The same download through the plain method, which holds the body, is the control: it must
show the measure sees a buffered body.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.fake_api import API_KEY, FakeAPI, Reply, file_digest, pattern_digest
from tests.support.paths import GOLDEN

MiB = 1024 * 1024
SIZE = 200 * MiB
LIMIT = 50 * MiB

CHILD = """
import asyncio, json, resource, sys, tracemalloc

src, url, key, flavour, mode, target = sys.argv[1:]
sys.path.insert(0, src)
import operations_api

# A streamed body is not bounded by max_response_bytes; the buffered control needs no bound.
bound = 16 * 1024 * 1024 if mode == "streamed" else None


def sync_download() -> None:
    with operations_api.OperationsAPI(api_key=key, base_url=url, max_response_bytes=bound) as client:
        if mode == "streamed":
            with client.files.with_streaming_response.content("big") as response:
                response.stream_to_file(target)
        else:
            with open(target, "wb") as out:
                out.write(client.files.content("big"))


async def async_download() -> None:
    client = operations_api.AsyncOperationsAPI(api_key=key, base_url=url, max_response_bytes=bound)
    async with client:
        async with client.files.with_streaming_response.content("big") as response:
            await response.stream_to_file(target)


before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
if flavour == "sync":
    sync_download()
else:
    asyncio.run(async_download())
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024  # KiB on Linux
print(json.dumps({"tracemalloc_peak": peak, "rss_growth": growth}))
"""


def download(api: FakeAPI, tmp_path: Path, flavour: str, mode: str) -> dict[str, int]:
    api.script(Reply(200, generated=SIZE, headers={"Content-Type": "application/octet-stream"}))
    target = tmp_path / "download.bin"
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(GOLDEN / "operations" / "src"), api.url, API_KEY,
         flavour, mode, str(target)],
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size == SIZE
    assert file_digest(target) == pattern_digest(SIZE)
    target.unlink()
    measured: dict[str, int] = json.loads(result.stdout)
    return measured


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_200_mb_download_streams_to_a_file_in_constant_memory(
    tmp_path: Path, flavour: str
) -> None:
    with FakeAPI() as api:
        measured = download(api, tmp_path, flavour, "streamed")
    assert measured["tracemalloc_peak"] < LIMIT, measured
    assert measured["rss_growth"] < LIMIT, measured


def test_the_measure_sees_a_body_held_in_memory(tmp_path: Path) -> None:
    with FakeAPI() as api:
        measured = download(api, tmp_path, "sync", "buffered")
    assert measured["tracemalloc_peak"] > SIZE, measured
    assert measured["rss_growth"] > SIZE, measured
