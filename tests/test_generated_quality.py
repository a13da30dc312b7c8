"""The generated code passes ruff check, ruff format --check and mypy --strict."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.support.paths import BIN, GENERATED, GOLDEN, golden_cases

OUTPUTS = [GENERATED, *(GOLDEN / case for case in golden_cases())]
IDS = ["generated", *golden_cases()]


def run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(command)} in {cwd}:\n{result.stdout}{result.stderr}"


@pytest.mark.parametrize("output", OUTPUTS, ids=IDS)
def test_ruff_check(output: Path) -> None:
    run([str(BIN / "ruff"), "check", "--no-cache", "."], output)


@pytest.mark.parametrize("output", OUTPUTS, ids=IDS)
def test_ruff_format(output: Path) -> None:
    run([str(BIN / "ruff"), "format", "--check", "--no-cache", "."], output)


@pytest.mark.parametrize("output", OUTPUTS, ids=IDS)
def test_mypy_strict(output: Path, tmp_path: Path) -> None:
    # The SDK's own pyproject.toml sets strict = true; say it again so nothing can weaken it.
    run([str(BIN / "mypy"), "--strict", "--cache-dir", str(tmp_path), "src"], output)
