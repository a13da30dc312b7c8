"""benchmarks/cli_startup.py runs and prints its table (the timing itself is the script's business)."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.support.paths import ROOT


def test_the_startup_benchmark_prints_a_ratio_per_command() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "cli_startup.py"),
            "--runs",
            "2",
            "--target",
            "1000",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    rows = {
        cells[0]: cells[1:]
        for cells in (re.split(r"\s{2,}", line) for line in done.stdout.splitlines()[1:7])
    }
    assert list(rows) == [
        "python -c pass",
        "llamacloud-prod --help",
        "llamacloud-prod classifier:jobs list --help",
        "python -c 'import argparse, json'",
        "python -c 'import typing'",
        "python -c 'import click'",
    ]
    assert rows["python -c pass"][2:] == ["1.00", "1.00"]
    assert rows["llamacloud-prod --help"][-1] == "ok"
    assert all(float(value) > 0 for cells in rows.values() for value in cells[:4])
