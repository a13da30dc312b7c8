#!/usr/bin/env python3
"""Where a cold ``sdkgen generate`` spends its time, stage by stage.

Runs the pipeline in this process, as ``sdkgen generate`` does (the collector off, an empty
cache), on a spec (default: ``shared/specs/openai.yaml``), and prints each stage's wall time
from the progress the pipeline reports, then writing the files. The models stage is the main
process waiting for its workers; the time each part finished at is printed under it.

    .venv/bin/python benchmarks/stages.py [--spec PATH] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = ROOT.parent / "shared" / "specs" / "openai.yaml"
# The pipeline's progress messages, by the stage they start.
STAGES = {
    "loading": "YAML load",
    "reading the API": "IR",
    "generating models": "models (workers, then merge and tidy)",
    "rendering templates": "templates",
    "formatting": "ruff",
}


def one_round(spec: Path, scratch: Path) -> tuple[dict[str, float], list[float]]:
    from generator.config import Config
    from generator.errors import Diagnostics
    from generator.output.plan import plan_changes
    from generator.output.writer import apply_plan
    from generator.pipeline import generate_files

    os.environ["SDKGEN_CACHE_DIR"] = str(scratch / "cache")
    config = Config(spec=spec, output=scratch / "out", package="bench_sdk", lenient=True)
    seconds: dict[str, float] = defaultdict(float)
    parts_done: list[float] = []
    started = last = time.perf_counter()
    stage = "start"

    def progress(message: str) -> None:
        nonlocal last, stage
        now = time.perf_counter()
        if message.endswith("parts done"):  # "generating models: 1/2 parts done"
            if not message.rpartition(": ")[2].startswith("0/"):
                parts_done.append(now - started)
            return
        for prefix, name in STAGES.items():
            if message.startswith(prefix) and name != stage:
                seconds[stage] += now - last
                stage, last = name, now

    gc.freeze()
    gc.disable()
    try:
        files = generate_files(config, Diagnostics(quiet=True), progress=progress).files
        seconds[stage] += time.perf_counter() - last
        last = time.perf_counter()
        apply_plan(config.output, plan_changes(config.output, files, force=False))
        seconds["write"] += time.perf_counter() - last
    finally:
        gc.enable()
    seconds.pop("start", None)
    return seconds, parts_done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--rounds", type=int, default=3, help="cold runs (default 3); medians")
    args = parser.parse_args()
    if not args.spec.is_file():
        raise SystemExit(f"{args.spec} is missing: pass --spec, or put shared/ beside the repo")
    rounds: list[dict[str, float]] = []
    finishes: list[list[float]] = []
    for _ in range(args.rounds):
        scratch = Path(tempfile.mkdtemp(prefix="sdkgen-stages-"))
        try:
            seconds, parts_done = one_round(args.spec.resolve(), scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        rounds.append(seconds)
        finishes.append(parts_done)
    total = statistics.median(sum(r.values()) for r in rounds)
    print(f"{args.spec.name}: cold generate in this process, median of {args.rounds}")
    print(f"{'stage':<40} {'seconds':>8} {'share':>6}")
    for name in [*STAGES.values(), "write"]:
        value = statistics.median(r.get(name, 0.0) for r in rounds)
        print(f"{name:<40} {value:8.2f} {value / total:6.0%}")
        if name.startswith("models") and any(finishes):
            for index in range(max(len(f) for f in finishes)):
                at = statistics.median(f[index] for f in finishes if len(f) > index)
                print(f"  part {index + 1} done at {at:.2f} s from the start")
    print(f"{'total (without the interpreter start-up)':<40} {total:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
