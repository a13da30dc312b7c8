"""Write a generated file set to disk and lint it, for tests that generate from specs they build."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

from tests.support.paths import BIN


def write_and_lint(files: dict[str, str], folder: Path) -> None:
    """Every Python file parses; written under ``folder``, the whole set passes ``ruff check``."""
    for name, text in files.items():
        if name.endswith(".py"):
            ast.parse(text, name)
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    ruff = subprocess.run(
        [str(BIN / "ruff"), "check", "--no-cache", "."],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout[-3000:]


def models_source(package: Path) -> str:
    """Every model module of a generated package (``types/schemas.py``, or a module per type)."""
    modules = sorted(p for p in (package / "types").glob("*.py") if not p.name.startswith("_"))
    return "\n".join(path.read_text(encoding="utf-8") for path in modules)
