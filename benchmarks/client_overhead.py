"""What the generated client costs on top of bare httpx, and against Stainless's SDK of the same API.

    .venv/bin/python benchmarks/client_overhead.py [--rounds 60] [--block 50] [--jobs 10]

The script installs the peer, Stainless's ``llama-cloud`` (pinned), into a throwaway virtual
environment beside the dev venv's httpx and pydantic, and runs the measurements there, with our
SDK (``generated/src``) on ``PYTHONPATH``: the three contenders share one interpreter and one
set of libraries.

1. Per request: ``client.classifier.jobs.list(page_size=...)`` by our client and by Stainless's,
   against ``httpx.Client.get(...).json()``, each on one kept-alive connection to our fake
   API (tests/support/fake_api.py) running in its own process. They take turns in blocks,
   so that a noisy neighbour slows all alike; the median block is reported. The same again
   async. A client's cost is its time less raw httpx's.
2. Parsing: a page of 10,000 jobs into the page of jobs by each client's own parsing code
   (ours: ``_parse``; Stainless's: ``response.json()`` and ``_process_response_data``),
   against ``json.loads`` of the same bytes; then a page where one job in a hundred drifted
   from the API description (a required field missing), which ours reads tolerantly.

Exits 1 when our sync per-request time is above 1.3x raw httpx, or when our per-request cost
or a parse is above 0.35x Stainless's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.support, when run as a script

from peers import LLAMA_CLOUD, peer_environment  # noqa: E402  (benchmarks/, as a script)

from tests.support.fake_api import API_KEY, JOBS_PATH, make_job  # noqa: E402

TARGET = 1.3  # our time per request, against raw httpx's
STAINLESS_TARGET = 0.35  # our cost per request and parse time, against Stainless's
PARSE_JOBS = 10_000
DRIFT_EVERY = 100  # one job in this many has no user_id, which the API says it always has
STATUSES = ["PENDING", "SUCCESS", "ERROR", "PARTIAL_SUCCESS", "CANCELLED"]


@contextmanager
def fake_api_process(jobs: int) -> Iterator[str]:
    """Our fake API in a process of its own, so it does not share the clients' GIL."""
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


Medians = dict[str, float]  # contender -> median seconds


def measure_sync(url: str, page_size: int, rounds: int, block: int) -> Medians:
    import llama_cloud
    from llamacloud import LlamaCloud

    headers = {"Authorization": f"Bearer {API_KEY}"}
    params = {"page_size": page_size}
    with (
        httpx.Client() as http,
        LlamaCloud(api_key=API_KEY, base_url=url) as ours,
        llama_cloud.LlamaCloud(api_key=API_KEY, base_url=url) as stainless,
    ):
        calls: dict[str, Callable[[], object]] = {
            "raw": lambda: http.get(url + JOBS_PATH, params=params, headers=headers).json(),
            "ours": lambda: ours.classifier.jobs.list(page_size=page_size),
            "stainless": lambda: stainless.classifier.jobs.list(page_size=page_size),
        }
        for call in calls.values():  # warm-up: connections, caches, validators
            per_request(call, block)
        times: dict[str, list[float]] = {name: [] for name in calls}
        for _ in range(rounds):
            for name, call in calls.items():
                times[name].append(per_request(call, block))
    return {name: statistics.median(values) for name, values in times.items()}


async def measure_async(url: str, page_size: int, rounds: int, block: int) -> Medians:
    import llama_cloud
    from llamacloud import AsyncLlamaCloud

    headers = {"Authorization": f"Bearer {API_KEY}"}
    params = {"page_size": page_size}
    async with (
        httpx.AsyncClient() as http,
        AsyncLlamaCloud(api_key=API_KEY, base_url=url) as ours,
        llama_cloud.AsyncLlamaCloud(api_key=API_KEY, base_url=url) as stainless,
    ):

        async def raw() -> object:
            return (await http.get(url + JOBS_PATH, params=params, headers=headers)).json()

        async def our_list() -> object:
            return await ours.classifier.jobs.list(page_size=page_size)

        async def stainless_list() -> object:
            return await stainless.classifier.jobs.list(page_size=page_size)

        calls = {"raw": raw, "ours": our_list, "stainless": stainless_list}
        for call in calls.values():
            await per_request_async(call, block)
        times: dict[str, list[float]] = {name: [] for name in calls}
        for _ in range(rounds):
            for name, call in calls.items():
                times[name].append(await per_request_async(call, block))
    return {name: statistics.median(values) for name, values in times.items()}


def page_response(drift_every: int | None) -> httpx.Response:
    jobs = [make_job(i, status=STATUSES[i % len(STATUSES)]) for i in range(PARSE_JOBS)]
    if drift_every is not None:
        for job in jobs[::drift_every]:
            del job["user_id"]
    body = json.dumps({"items": jobs, "next_page_token": "abc", "total_size": PARSE_JOBS}).encode()
    request = httpx.Request("GET", "http://127.0.0.1" + JOBS_PATH)
    return httpx.Response(
        200, content=body, request=request, headers={"content-type": "application/json"}
    )


def measure_parse(repeat: int, drift_every: int | None) -> Medians:
    import llama_cloud
    from llama_cloud.pagination import SyncPaginatedCursor
    from llama_cloud.types.classifier.classify_job import ClassifyJob as StainlessJob
    from llamacloud import LlamaCloud
    from llamacloud._pagination import SyncCursorPage
    from llamacloud.types import ClassifyJob

    response = page_response(drift_every)
    our_page = SyncCursorPage[ClassifyJob]
    their_page = SyncPaginatedCursor[StainlessJob]
    with (
        LlamaCloud(api_key=API_KEY, base_url="http://127.0.0.1") as ours,
        llama_cloud.LlamaCloud(api_key=API_KEY, base_url="http://127.0.0.1") as stainless,
    ):
        parses: dict[str, Callable[[], Any]] = {
            "raw": lambda: json.loads(response.content),
            "ours": lambda: ours._parse(response, our_page),  # the code path every list() takes
            # What Stainless's list() does with a response: the JSON, then its models built
            # without validation.
            "stainless": lambda: stainless._process_response_data(
                data=response.json(), cast_to=their_page, response=response
            ),
        }
        assert len(parses["ours"]().items) == len(parses["stainless"]().items) == PARSE_JOBS
        if drift_every is not None:
            assert parses["ours"]().validation_problems  # the tolerant path was taken
        times: dict[str, list[float]] = {name: [] for name in parses}
        for _ in range(repeat):
            for name, parse in parses.items():
                started = time.perf_counter()
                parse()
                times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def ratio(ours: float, theirs: float) -> str:
    return f"{ours / theirs:.2f}x"


def worker(args: argparse.Namespace) -> int:
    """The measurements, in the environment where our SDK and Stainless's are both importable."""
    # Stainless's SDK marks classifier.jobs.list() deprecated (for classify.list(), the same call).
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"benchmarks|__main__")
    with fake_api_process(args.jobs) as url:
        sync = measure_sync(url, args.jobs, args.rounds, args.block)
        async_ = asyncio.run(measure_async(url, args.jobs, args.rounds, args.block))
    clean = measure_parse(args.parse_repeat, None)
    drifted = measure_parse(args.parse_repeat, DRIFT_EVERY)

    print(f"median of {args.rounds} blocks of {args.block} requests ({args.rounds * args.block} "
          f"each), and of {args.parse_repeat} parses; server: {url}")  # fmt: skip
    print(f"peer: Stainless's {LLAMA_CLOUD}; raw: httpx get().json(), json.loads for parses\n")
    print(f"{'what':<34} {'ours':>10} {'stainless':>10} {'raw':>10}  {'ours/raw':>8} "
          f"{'ours/stainless':>14}")  # fmt: skip
    checks: list[tuple[str, float, float]] = []  # what, value, target
    for label, medians in ((f"list(page_size={args.jobs}), sync", sync),
                           (f"list(page_size={args.jobs}), async", async_)):  # fmt: skip
        ours, theirs, raw = medians["ours"], medians["stainless"], medians["raw"]
        print(f"{label:<34} {ours * 1e6:>7.1f} µs {theirs * 1e6:>7.1f} µs {raw * 1e6:>7.1f} µs"
              f"  {ratio(ours, raw):>8} {ratio(ours, theirs):>14}")  # fmt: skip
        cost = ratio(ours - raw, theirs - raw)
        print(f"{'  cost over raw httpx':<34} {(ours - raw) * 1e6:>7.1f} µs "
              f"{(theirs - raw) * 1e6:>7.1f} µs {'':>10}  {'':>8} {cost:>14}")  # fmt: skip
        checks.append((f"{label}: cost against Stainless's", (ours - raw) / (theirs - raw),
                       STAINLESS_TARGET))  # fmt: skip
    checks.insert(0, ("sync time against raw httpx", sync["ours"] / sync["raw"], TARGET))
    for label, medians in ((f"parse {PARSE_JOBS:,} jobs", clean),
                           (f"parse, 1 in {DRIFT_EVERY} drifted", drifted)):  # fmt: skip
        ours, theirs, raw = medians["ours"], medians["stainless"], medians["raw"]
        print(f"{label:<34} {ours * 1e3:>7.1f} ms {theirs * 1e3:>7.1f} ms {raw * 1e3:>7.1f} ms"
              f"  {ratio(ours, raw):>8} {ratio(ours, theirs):>14}")  # fmt: skip
        checks.append((f"{label}: against Stainless's", ours / theirs, STAINLESS_TARGET))
    print()
    failed = 0
    for what, value, target in checks:
        verdict = "within" if value <= target else "ABOVE"
        failed += value > target
        print(f"{what}: {value:.2f}x, {verdict} the {target}x target")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=60, help="blocks per contender (default 60)")
    parser.add_argument("--block", type=int, default=50, help="requests per block (default 50)")
    parser.add_argument(
        "--jobs", type=int, default=10, help="jobs per page in the request test (default 10)"
    )
    parser.add_argument(
        "--parse-repeat", type=int, default=15, help="parses of each big page (default 15)"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args)
    with tempfile.TemporaryDirectory(prefix="client-overhead-") as scratch:
        python = peer_environment(Path(scratch) / "venv", [LLAMA_CLOUD])
        environment = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "LLAMA"))},
            "PYTHONPATH": os.pathsep.join([str(ROOT / "generated" / "src"), str(ROOT)]),
        }
        forwarded = argv if argv is not None else sys.argv[1:]
        command = [str(python), str(Path(__file__).resolve()), "--worker", *forwarded]
        return subprocess.run(command, env=environment, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
