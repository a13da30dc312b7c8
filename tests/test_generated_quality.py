"""The generated code passes ruff check, ruff format --check, mypy --strict and pyright strict."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.support.paths import BIN, GENERATED, GOLDEN, ROOT, golden_cases

# Pinned in package.json; scripts/bootstrap installs it with Prism.
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"

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


@pytest.mark.parametrize("output", OUTPUTS, ids=IDS)
def test_pyright_strict(output: Path) -> None:
    if not PYRIGHT.exists():
        pytest.skip(f"needs pyright at {PYRIGHT}: run scripts/bootstrap (npm ci)")
    # pyright has no --strict flag: the SDK's pyproject.toml sets it, and this checks it does.
    settings = tomllib.loads((output / "pyproject.toml").read_text())["tool"]["pyright"]
    assert settings["typeCheckingMode"] == "strict"
    assert settings["include"] == ["src", "tests"]
    # --pythonpath: the interpreter whose site-packages hold pydantic, httpx and pytest.
    run([str(PYRIGHT), "--pythonpath", str(BIN / "python"), "-p", "."], output)
