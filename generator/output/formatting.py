"""Format every generated Python file with one ruff run.

The files are written to a scratch folder together with the generated
pyproject.toml, so ruff applies exactly the configuration the SDK ships with
(and ``ruff format --check`` inside the SDK agrees), and nothing from the
user's environment leaks in. What ruff made of a file in the last run is
reused while its text as rendered is the same (``FormatCache``): after a
spec edit, ruff formats a handful of files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
from pathlib import Path

from ..cache import FormatCache
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


def format_files(files: dict[str, str], cache: FormatCache | None = None) -> dict[str, str]:
    """Return ``files`` with every ``.py`` entry fixed and formatted by ruff; with ``cache``,
    ruff runs only on the files the last run with the same settings did not have."""
    python = sorted(path for path in files if path.endswith((".py", ".pyi")))
    if not python:
        return files
    cache = cache or FormatCache(None)
    key = FormatCache.key(_ruff_inputs(files, python))
    known = cache.get(key)
    digests = {path: FormatCache.digest(path, files[path]) for path in python}
    formatted = dict(files)
    new = []
    for path in python:
        if digests[path] in known:
            formatted[path] = known[digests[path]]
        else:
            new.append(path)
    if new:
        formatted.update(_ruff(files, python, new))
        cache.put(key, {digests[path]: formatted[path] for path in python})
    return formatted


def _ruff_inputs(files: dict[str, str], python: list[str]) -> str:
    """What ruff's output for a file depends on besides its path and text: its settings in
    the SDK's pyproject.toml (not the rest, which holds the spec's title and version), and
    the folders and packages around it, by which it tells the SDK's imports from others."""
    text = files.get(PYPROJECT, "")
    try:
        project = tomllib.loads(text)
        settings: object = [
            project.get("tool", {}).get("ruff"),
            project.get("project", {}).get("requires-python"),  # ruff's default target
        ]
    except (tomllib.TOMLDecodeError, AttributeError):  # ruff will say what is wrong
        settings = text
    folders = sorted({path.rpartition("/")[0] for path in python})
    packages = [path for path in python if path.rpartition("/")[2].startswith("__init__.")]
    return json.dumps([settings, folders, packages], sort_keys=True)


def _ruff(files: dict[str, str], python: list[str], paths: list[str]) -> dict[str, str]:
    """``paths`` (of the ``python`` files) as ruff fixes and formats them."""
    wanted = set(paths)
    with tempfile.TemporaryDirectory(prefix="sdkgen-format-") as scratch:
        root = Path(scratch) / "sdk"
        root.mkdir()
        # The other files are there, empty, so that ruff sees the packages a full run has:
        # links to one empty file, as making a file costs ten times more on some systems.
        empty = Path(scratch) / "empty"
        empty.touch()
        if PYPROJECT in files:
            (root / PYPROJECT).write_text(files[PYPROJECT], encoding="utf-8")
        for path in python:
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if path in wanted:
                target.write_text(files[path], encoding="utf-8")
            else:
                os.link(empty, target)
        ruff = ruff_executable()
        # Sort and prune imports first: templates import generously and let ruff tidy up.
        _run([ruff, "check", "--fix", "--exit-zero", "--quiet", "--no-cache", "."], root)
        _run([ruff, "format", "--quiet", "--no-cache", "."], root)
        return {path: (root / path).read_text(encoding="utf-8") for path in paths}


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        message = detail[-1] if detail else f"exit code {result.returncode}"
        raise SdkgenError(f"ruff failed on the generated code: {message}")
