"""Format every generated Python file with one ruff run.

The files are written to a scratch folder together with the generated
pyproject.toml, so ruff applies exactly the configuration the SDK ships with
(and ``ruff format --check`` inside the SDK agrees), and nothing from the
user's environment leaks in.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from ..errors import SdkgenError

PYPROJECT = "pyproject.toml"


def ruff_executable() -> str:
    """The ruff that was installed with sdkgen (pinned), not whatever is on PATH."""
    candidates = [
        Path(sysconfig.get_path("scripts")) / "ruff",
        Path(sys.executable).parent / "ruff",
    ]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

        return str(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        raise SdkgenError("ruff is not installed; reinstall sdkgen") from None


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Return ``files`` with every ``.py`` entry fixed and formatted by ruff."""
    python = sorted(path for path in files if path.endswith((".py", ".pyi")))
    if not python:
        return files
    with tempfile.TemporaryDirectory(prefix="sdkgen-format-") as scratch:
        root = Path(scratch)
        if PYPROJECT in files:
            (root / PYPROJECT).write_text(files[PYPROJECT], encoding="utf-8")
        for path in python:
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(files[path], encoding="utf-8")
        ruff = ruff_executable()
        # Sort and prune imports first: templates import generously and let ruff tidy up.
        _run([ruff, "check", "--fix", "--exit-zero", "--quiet", "--no-cache", "."], root)
        _run([ruff, "format", "--quiet", "--no-cache", "."], root)
        formatted = dict(files)
        for path in python:
            formatted[path] = (root / path).read_text(encoding="utf-8")
    return formatted


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        message = detail[-1] if detail else f"exit code {result.returncode}"
        raise SdkgenError(f"ruff failed on the generated code: {message}")
