"""sdkgen's own code passes the checks it holds generated code to."""

from __future__ import annotations

import subprocess

from tests.support.paths import BIN, ROOT

OURS = ["generator", "tests", "benchmarks"]


def run(*command: str) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout}{result.stderr}"


def test_ruff_check() -> None:
    run(str(BIN / "ruff"), "check", "--no-cache", *OURS)


def test_ruff_format() -> None:
    run(str(BIN / "ruff"), "format", "--check", "--no-cache", *OURS)


def test_mypy_strict_on_the_generator() -> None:
    run(str(BIN / "mypy"), "--strict", "generator")
