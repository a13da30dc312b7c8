"""What the generated client costs on top of bare httpx, measured against the same local server.

    .venv/bin/python benchmarks/client_overhead.py [--rounds 60] [--block 50] [--jobs 10]

1. Per request: ``client.classifier.jobs.list(page_size=...)`` against
   ``httpx.Client.get(...).json()``, both on one kept-alive connection to our fake
   API (tests/support/fake_api.py) running in its own process. The two take turns
   in blocks, so that a noisy neighbour slows both alike; the median block is
   reported. The same again for the async client and ``httpx.AsyncClient``.
2. Parsing: a page of 10,000 jobs into ``SyncCursorPage[ClassifyJob]`` by the
   client's own parsing code, against ``json.loads`` of the same bytes.

Exits 1 when the sync per-request ratio is above the 1.3x target.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.support, when run as a script

from llamacloud import AsyncLlamaCloud, LlamaCloud  # noqa: E402
from llamacloud._pagination import SyncCursorPage  # noqa: E402
from llamacloud.types import ClassifyJob  # noqa: E402

from tests.support.fake_api import API_KEY, JOBS_PATH, make_job  # noqa: E402

TARGET = 1.3
PARSE_JOBS = 10_000
STATUSES = ["PENDING", "SUCCESS", "ERROR", "PARTIAL_SUCCESS", "CANCELLED"]


@contextmanager
def fake_api_process(jobs: int) -> Iterator[str]:
    """Our fake API in a process of its own, so it does not share the client's GIL."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.fake_api",
            "--jobs",
            str(jobs),
            "--page-size",
            str(jobs),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def per_request(call: Callable[[], object], count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        call()
    return (time.perf_counter() - started) / count


async def per_request_async(call: Callable[[], Awaitable[object]], count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        await call()
    return (time.perf_counter() - started) / count


def measure_sync(url: str, page_size: int, rounds: int, block: int) -> tuple[float, float]:
    headers = {"Authorization": f"Bearer {API_KEY}"}
    params = {"page_size": page_size}
    with httpx.Client() as http, LlamaCloud(api_key=API_KEY, base_url=url) as client:

        def raw() -> object:
            return http.get(url + JOBS_PATH, params=params, headers=headers).json()

        def sdk() -> object:
            return client.classifier.jobs.list(page_size=page_size)

        per_request(raw, block)  # warm-up: connections, caches, validators
        per_request(sdk, block)
        raw_times, sdk_times = [], []
        for _ in range(rounds):
            raw_times.append(per_request(raw, block))
            sdk_times.append(per_request(sdk, block))
    return statistics.median(raw_times), statistics.median(sdk_times)


async def measure_async(url: str, page_size: int, rounds: int, block: int) -> tuple[float, float]:
    headers = {"Authorization": f"Bearer {API_KEY}"}
    params = {"page_size": page_size}
    async with (
        httpx.AsyncClient() as http,
        AsyncLlamaCloud(api_key=API_KEY, base_url=url) as client,
    ):

        async def raw() -> object:
            return (await http.get(url + JOBS_PATH, params=params, headers=headers)).json()

        async def sdk() -> object:
            return await client.classifier.jobs.list(page_size=page_size)

        await per_request_async(raw, block)
        await per_request_async(sdk, block)
        raw_times, sdk_times = [], []
        for _ in range(rounds):
            raw_times.append(await per_request_async(raw, block))
            sdk_times.append(await per_request_async(sdk, block))
    return statistics.median(raw_times), statistics.median(sdk_times)


def measure_parse(repeat: int) -> tuple[float, float]:
    jobs = [make_job(i, status=STATUSES[i % len(STATUSES)]) for i in range(PARSE_JOBS)]
    body = json.dumps({"items": jobs, "next_page_token": "abc", "total_size": PARSE_JOBS}).encode()
    request = httpx.Request("GET", "http://127.0.0.1" + JOBS_PATH)
    response = httpx.Response(
        200, content=body, request=request, headers={"content-type": "application/json"}
    )
    page_type = SyncCursorPage[ClassifyJob]
    with LlamaCloud(api_key=API_KEY, base_url="http://127.0.0.1") as client:
        page = client._parse(response, page_type)  # the code path every list() takes
        assert len(page.items) == PARSE_JOBS
        json_times, sdk_times = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            json.loads(body)
            json_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            client._parse(response, page_type)
            sdk_times.append(time.perf_counter() - started)
    return statistics.median(json_times), statistics.median(sdk_times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=60, help="blocks per contender (default 60)")
    parser.add_argument("--block", type=int, default=50, help="requests per block (default 50)")
    parser.add_argument(
        "--jobs", type=int, default=10, help="jobs per page in the request test (default 10)"
    )
    parser.add_argument(
        "--parse-repeat", type=int, default=15, help="parses of the big page (default 15)"
    )
    args = parser.parse_args(argv)

    with fake_api_process(args.jobs) as url:
        sync_raw, sync_sdk = measure_sync(url, args.jobs, args.rounds, args.block)
        async_raw, async_sdk = asyncio.run(measure_async(url, args.jobs, args.rounds, args.block))
    parse_json, parse_sdk = measure_parse(args.parse_repeat)

    requests = args.rounds * args.block
    rows = [
        (
            f"list(page_size={args.jobs}), sync",
            "httpx.Client.get().json()",
            sync_sdk,
            sync_raw,
            "µs",
            1e6,
        ),
        (
            f"list(page_size={args.jobs}), async",
            "httpx.AsyncClient.get().json()",
            async_sdk,
            async_raw,
            "µs",
            1e6,
        ),
        (f"parse {PARSE_JOBS:,} jobs", "json.loads", parse_sdk, parse_json, "ms", 1e3),
    ]
    print(f"median of {args.rounds} blocks of {args.block} requests ({requests} each), "
          f"and of {args.parse_repeat} parses; server: {url}")  # fmt: skip
    print(f"{'what':<26} {'llamacloud':>12} {'peer':>12}  {'ratio':>6}  peer")
    for what, peer, ours, theirs, unit, scale in rows:
        print(
            f"{what:<26} {ours * scale:>9.1f} {unit} {theirs * scale:>9.1f} {unit}  "
            f"{ours / theirs:>5.2f}x  {peer}"
        )
    ratio = sync_sdk / sync_raw
    verdict = "within" if ratio <= TARGET else "ABOVE"
    print(f"per-request overhead: {ratio:.2f}x raw httpx, {verdict} the {TARGET}x target")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
