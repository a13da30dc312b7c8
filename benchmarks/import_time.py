#!/usr/bin/env python3
"""How fast a generated SDK imports and makes its first call, against the official SDK of the API.

Two pairs, each measured in fresh processes, interleaved, median of ``--runs`` (default 15):

- our SDK for ``shared/specs/openai.yaml`` (generated into a scratch folder by this script) against
  OpenAI's official ``openai`` package;
- our LlamaCloud SDK (``generated/``) against the official, Stainless-generated ``llama-cloud``.

The peers are pinned and installed by the script into a throwaway virtual environment, beside the
httpx and pydantic our SDKs use. For each SDK it measures, inside the process (the interpreter's own
start-up is the same for both and left out):

- (a) ``import`` and client construction: ``import openai; openai.OpenAI(api_key="x").models``;
- (b) the same and the first list call (``models.list()``, ``classifier.jobs.list()``) against a
  local fake server;
- (c) the peak memory Python allocated for each, traced (``tracemalloc``), in runs of their own;
- and how long ``mypy --strict`` takes on our OpenAI SDK, a module per type against one models
  module (``type_modules = "one"``, the layout before): cold (the target), and again after one
  schema's class gains a field, with the cache of the run before (what a user waits for after a
  regeneration; not a target).

The targets: (a) and (b) at most 0.5× the official SDK's time, and memory at most 0.5×; mypy no
slower than on one module. The exit status is 1 when one is missed.

    .venv/bin/python benchmarks/import_time.py [--runs 15] [--spec ../shared/specs/openai.yaml]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from peers import DEV_VENV, LLAMA_CLOUD, OPENAI, peer_environment  # benchmarks/, run as a script

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = ROOT.parent / "shared" / "specs" / "openai.yaml"
TARGET = 0.5

MODELS = {
    "object": "list",
    "data": [{"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}],
}
JOBS: dict[str, object] = {"items": [], "next_page_token": None, "total_size": 0}

FLOOR = """
import httpx, pydantic
class Model(pydantic.BaseModel):
    id: str
    object: str
    created: int
    owned_by: str
class ListModelsResponse(pydantic.BaseModel):
    object: str
    data: list[Model]
client = httpx.Client(timeout=60, follow_redirects=True)
ListModelsResponse.model_validate_json(client.get('{url}/v1/models').content)
"""

# Each snippet prints what it measured as JSON: seconds, and traced peak bytes when asked.
PROBE = """
import json, os, sys, time, tracemalloc
traced = os.environ["PROBE_TRACE"] == "1"
if traced:
    tracemalloc.start()
start = time.perf_counter()
{body}
elapsed = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] if traced else 0
print(json.dumps({{"seconds": elapsed, "peak": peak}}))
"""


@dataclass
class Case:
    api: str  # which pair it belongs to
    sdk: str  # "ours" or the peer's name
    what: str  # "(a) import + client" or "(b) + first list call"
    body: str
    env: dict[str, str]
    times: list[float] = field(default_factory=list)
    peaks: list[int] = field(default_factory=list)

    def run(self, python: Path, *, traced: bool) -> None:
        done = subprocess.run(
            [str(python), "-c", PROBE.format(body=self.body)],
            env={**self.env, "PROBE_TRACE": "1" if traced else "0"},
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"{self.sdk} {self.what} failed: {done.stderr.strip()[-800:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        (self.peaks.append(result["peak"]) if traced else self.times.append(result["seconds"]))


class FakeServer(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        body = json.dumps(MODELS if self.path.startswith("/v1/models") else JOBS).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def generate_openai_sdk(spec: Path, where: Path, type_modules: str = "auto") -> Path:
    """Our SDK for the OpenAI spec, as package ``openai_sdk``; returns its ``src`` folder."""
    where.mkdir(parents=True, exist_ok=True)
    config = where / "pyproject.toml"
    config.write_text(
        "[tool.sdkgen]\n"
        f"spec = {json.dumps(str(spec))}\n"
        f"output = {json.dumps(str(where / 'sdk'))}\n"
        'package = "openai_sdk"\ndistribution = "openai-sdk"\nclient_class = "OpenAI"\n'
        f'cli_name = "openai-sdk"\nenv_prefix = "OPENAI_SDK"\ntype_modules = "{type_modules}"\n'
    )
    subprocess.run(
        [str(DEV_VENV / "bin" / "sdkgen"), "generate", "-q", "--config", str(config)], check=True
    )
    return where / "sdk" / "src"


def mypy_run(source: Path, cache: str | None) -> float:
    """Seconds ``mypy --strict`` takes on the SDK in ``source``: cold, or with ``cache``."""
    options = (
        ["--no-incremental", "--cache-dir", os.devnull] if cache is None else ["--cache-dir", cache]
    )
    start = time.perf_counter()
    subprocess.run(
        [str(DEV_VENV / "bin" / "mypy"), "--strict", *options, "openai_sdk", "openai_sdk_cli"],
        cwd=source, check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - start


def mypy_seconds(sources: Sequence[Path], runs: int) -> list[float]:
    """Median wall time of ``mypy --strict`` on each SDK, from cold (no cache), taking turns."""
    times: list[list[float]] = [[] for _ in sources]
    for _ in range(runs):
        for source, kept in zip(sources, times, strict=True):
            kept.append(mypy_run(source, None))
    return [statistics.median(kept) for kept in times]


# The class of the schema the edit touches, and where each layout keeps it.
EDITED_CLASS = re.compile(r'(class Model\(BaseModel\):\n    """[^\n]*"""\n)')
EDITED_MODULES = ("openai_sdk/types/model.py", "openai_sdk/types/schemas.py")


def mypy_after_edit_seconds(sources: Sequence[Path], runs: int, scratch: Path) -> list[float]:
    """Median wall time of ``mypy --strict`` on each SDK after one schema's class gained (or
    lost again) a field, with mypy's cache of the run before; taking turns."""
    times: list[list[float]] = [[] for _ in sources]
    edits = []
    for number, source in enumerate(sources):
        module = next(source / name for name in EDITED_MODULES if (source / name).is_file())
        text = module.read_text(encoding="utf-8")
        edited = EDITED_CLASS.sub(r"\1\n    edited_field: int | None = None\n", text, count=1)
        if edited == text:
            raise SystemExit(f"{module}: class Model not found to edit")
        cache = str(scratch / f"mypy-cache-{number}")
        mypy_run(source, cache)  # the cache a user's earlier run left
        edits.append((source, module, text, edited, cache))
    for round_ in range(runs):
        for (source, module, text, edited, cache), kept in zip(edits, times, strict=True):
            module.write_text(edited if round_ % 2 == 0 else text, encoding="utf-8")
            kept.append(mypy_run(source, cache))
    for _, module, text, _, _ in edits:
        module.write_text(text, encoding="utf-8")
    return [statistics.median(kept) for kept in times]


def ratio(ours: float, theirs: float) -> str:
    return f"{ours / theirs:5.2f}x" if theirs else "  n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each case (default 15)")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAI spec")
    parser.add_argument(
        "--mypy-runs", type=int, default=3, help="mypy runs per layout (default 3; 0: skip)"
    )
    args = parser.parse_args()
    if not args.spec.is_file():
        raise SystemExit(
            f"{args.spec} is missing: pass --spec, or put shared/ beside the repository"
        )

    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    scratch = Path(tempfile.mkdtemp(prefix="import-time-"))
    try:
        python = peer_environment(scratch / "venv", [OPENAI, LLAMA_CLOUD])
        openai_src = generate_openai_sdk(args.spec.resolve(), scratch)
        base = {
            k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "OPENAI", "LLAMA"))
        }
        ours_openai = {**base, "PYTHONPATH": str(openai_src)}
        ours_llama = {**base, "PYTHONPATH": str(ROOT / "generated" / "src")}
        peer = dict(base)
        list_models = "client.models.list()"
        cases = [
            Case("openai", "ours", "(a) import + client",
                 "import openai_sdk\nclient = openai_sdk.OpenAI(api_key='x')\nclient.models", ours_openai),
            Case("openai", "openai 3.57.0", "(a) import + client",
                 "import openai\nclient = openai.OpenAI(api_key='x')\nclient.models", peer),
            Case("openai", "ours", "(b) + models.list()",
                 f"import openai_sdk\nclient = openai_sdk.OpenAI(api_key='x', base_url='{url}/v1')\n{list_models}",
                 ours_openai),
            Case("openai", "openai 3.57.0", "(b) + models.list()",
                 f"import openai\nclient = openai.OpenAI(api_key='x', base_url='{url}/v1')\n{list_models}", peer),
            Case("llamacloud", "ours", "(a) import + client",
                 "import llamacloud\nclient = llamacloud.LlamaCloud(api_key='x')\nclient.classifier.jobs",
                 ours_llama),
            Case("llamacloud", "llama-cloud 2.4.1", "(a) import + client",
                 "import llama_cloud\nclient = llama_cloud.LlamaCloud(api_key='x')\nclient.classifier.jobs",
                 peer),
            Case("llamacloud", "ours", "(b) + jobs.list()",
                 f"import llamacloud\nclient = llamacloud.LlamaCloud(api_key='x', base_url='{url}')\n"
                 "client.classifier.jobs.list()", ours_llama),
            Case("llamacloud", "llama-cloud 2.4.1", "(b) + jobs.list()",
                 f"import llama_cloud\nclient = llama_cloud.LlamaCloud(api_key='x', base_url='{url}')\n"
                 "client.classifier.jobs.list()", peer),
        ]  # fmt: skip
        # What any SDK on httpx and pydantic needs for (b): the libraries alone doing its work.
        floor = Case("openai", "httpx + pydantic", "(b) floor", FLOOR.format(url=url), peer)
        cases_and_floor = [*cases, floor]
        for case in cases_and_floor:  # writes the bytecode caches and warms the file cache
            case.run(python, traced=False)
            case.times.clear()
        for _ in range(args.runs):
            for case in cases:
                case.run(python, traced=False)
        for _ in range(max(3, args.runs // 5)):
            for case in cases_and_floor:
                case.run(python, traced=True)
        mypy = mypy_edit = None
        if args.mypy_runs:
            one_module = generate_openai_sdk(args.spec.resolve(), scratch / "one", "one")
            mypy = mypy_seconds([openai_src, one_module], args.mypy_runs)
            mypy_edit = mypy_after_edit_seconds([openai_src, one_module], args.mypy_runs, scratch)
    finally:
        server.shutdown()
        shutil.rmtree(scratch, ignore_errors=True)

    print(
        f"median of {args.runs} fresh processes each, interleaved; peak memory traced by tracemalloc"
    )
    print(
        f"{'api':<11} {'what':<22} {'ours ms':>8} {'peer ms':>8} {'time':>6} {'ours MB':>8} {'peer MB':>8} {'memory':>7}  peer"
    )
    missed = []
    for ours, theirs in zip(cases[::2], cases[1::2], strict=True):
        time_ours, time_peer = statistics.median(ours.times), statistics.median(theirs.times)
        mem_ours, mem_peer = statistics.median(ours.peaks), statistics.median(theirs.peaks)
        print(
            f"{ours.api:<11} {ours.what:<22} {time_ours * 1000:8.1f} {time_peer * 1000:8.1f} "
            f"{ratio(time_ours, time_peer)} {mem_ours / 2**20:8.1f} {mem_peer / 2**20:8.1f} "
            f"{ratio(mem_ours, mem_peer)}   {theirs.sdk}"
        )
        if ours.api == "openai" and time_ours > TARGET * time_peer:
            missed.append(f"{ours.what} time")
        if ours.api == "openai" and mem_ours > TARGET * mem_peer:
            missed.append(f"{ours.what} memory")
    floor_peak, official_peak = statistics.median(floor.peaks), statistics.median(cases[3].peaks)
    print(
        f"httpx and pydantic alone doing (b)'s work (a client, one GET, two models): "
        f"{floor_peak / 2**20:.1f} MB, {ratio(floor_peak, official_peak).strip()} the official SDK's"
    )
    if mypy is not None:
        per_type, one = mypy
        print(
            f"mypy --strict on the openai SDK: {per_type:.2f} s a module per type, {one:.2f} s in one "
            f"module (the layout before), {per_type / one:.2f}x (median of {args.mypy_runs}, taking turns)"
        )
        if per_type > one:
            missed.append("mypy time")
    if mypy_edit is not None:
        per_type, one = mypy_edit
        print(
            f"  after a one-schema change, with the cache of the run before: {per_type:.2f} s a "
            f"module per type, {one:.2f} s in one module, {per_type / one:.2f}x"
        )
    if missed:
        print(f"over the target: {', '.join(missed)}")
        return 1
    print(f"openai: every ratio within the {TARGET}x target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
