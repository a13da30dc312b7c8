#!/usr/bin/env python3
"""How fast the generated CLI starts, against a bare interpreter measured in the same run.

Every command runs as a whole process (what a user waits for), N times,
interleaved so that machine noise hits every command alike; printed are the best
and the median wall time, each also as a ratio to ``python -c pass``.

The commands run in a fresh virtual environment (no packages, so no .pth files:
the dev .venv's editable installs would slow the baseline and flatter the
ratio), with ``generated/src`` on PYTHONPATH and the entry-point script pip
wrote, pointed at that interpreter: what a user's ``pip install`` gives.
Bytecode is cached, as pip does at install time.

The target applies to the best-of-N ratio of the two help commands; the exit
status is 1 when one misses it.

    .venv/bin/python benchmarks/cli_startup.py [--runs 30] [--target 3.0]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_VENV = ROOT / ".venv"
SOURCES = ROOT / "generated" / "src"


@dataclass
class Case:
    label: str
    argv: list[str]
    env: dict[str, str]
    checked: bool  # held to the target; the others are there to compare
    times: list[float] = field(default_factory=list)


def run_once(case: Case) -> None:
    start = time.perf_counter()
    done = subprocess.run(
        case.argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=case.env, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{case.label} failed ({done.returncode}): {done.stderr.decode()[:500]}")
    case.times.append(elapsed)


def fresh_interpreter(where: Path) -> Path:
    venv.EnvBuilder(with_pip=False, symlinks=True).create(where)
    return where / "bin" / "python"


def entry_point(python: Path, where: Path) -> Path:
    """The dev venv's llamacloud-prod script, as pip wrote it, run by ``python``."""
    installed = (DEV_VENV / "bin" / "llamacloud-prod").read_text().splitlines(keepends=True)
    script = where / "bin" / "llamacloud-prod"
    script.write_text(f"#!{python}\n" + "".join(installed[1:]))
    script.chmod(0o755)
    return script


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="runs of each command (default 30)")
    parser.add_argument(
        "--target", type=float, default=3.0, help="best-of-N ratio to meet (default 3.0)"
    )
    args = parser.parse_args()
    if not (DEV_VENV / "bin" / "llamacloud-prod").exists():
        raise SystemExit(f"{DEV_VENV}/bin/llamacloud-prod is missing: run scripts/bootstrap")

    base_env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "PYTHONSTARTUP")
        and not key.startswith(("LLAMA_CLOUD_", "_ARGCOMPLETE"))
    }
    cli_env = {**base_env, "PYTHONPATH": str(SOURCES)}
    # click is not in the fresh venv: borrow the dev venv's copy (a PYTHONPATH entry runs no .pth).
    site_packages = next((DEV_VENV / "lib").glob("python3*/site-packages"))
    click_env = {**base_env, "PYTHONPATH": str(site_packages)}

    where = Path(tempfile.mkdtemp(prefix="cli-startup-"))
    try:
        python = fresh_interpreter(where)
        cli = str(entry_point(python, where))
        py = str(python)
        baseline = Case("python -c pass", [py, "-c", "pass"], base_env, checked=False)
        cases = [
            baseline,
            Case("llamacloud-prod --help", [cli, "--help"], cli_env, checked=True),
            Case(
                "llamacloud-prod classifier:jobs list --help",
                [cli, "classifier:jobs", "list", "--help"],
                cli_env,
                checked=True,
            ),
            Case(
                "python -c 'import argparse, json'",
                [py, "-c", "import argparse, json"],
                base_env,
                False,
            ),
            Case("python -c 'import typing'", [py, "-c", "import typing"], base_env, False),
            Case("python -c 'import click'", [py, "-c", "import click"], click_env, False),
        ]
        for case in cases:  # writes the bytecode caches, warms the file cache
            run_once(case)
            case.times.clear()
        for _ in range(args.runs):
            for case in cases:
                run_once(case)
    finally:
        shutil.rmtree(where)

    best_base, median_base = min(baseline.times), statistics.median(baseline.times)
    width = max(len(case.label) for case in cases)
    print(f"{'command':<{width}}  {'best ms':>8}  {'median ms':>9}  {'best ×':>6}  {'median ×':>8}")
    missed = 0
    for case in cases:
        best, median = min(case.times), statistics.median(case.times)
        ratio = best / best_base
        verdict = ""
        if case.checked:
            verdict = "  ok" if ratio <= args.target else f"  over {args.target:g}×"
            missed += ratio > args.target
        print(
            f"{case.label:<{width}}  {best * 1000:8.1f}  {median * 1000:9.1f}  "
            f"{ratio:6.2f}  {median / median_base:8.2f}{verdict}"
        )
    print(
        f"\n{args.runs} runs each, interleaved, in a fresh venv ({sys.version.split()[0]}); "
        f"target: help within {args.target:g}× of python -c pass"
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
