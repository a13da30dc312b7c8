"""Compare generated files with an output folder, and update it safely.

The output folder holds a manifest of the files sdkgen wrote. Updating
writes only files whose content changed (each one atomically), deletes files
that an earlier run generated and this one does not, and never touches any
other file. Nothing is written until every file has been generated.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import SdkgenError

MANIFEST = ".sdkgen-manifest.json"


def manifest_text(paths: list[str], generator: str) -> str:
    return json.dumps({"generator": generator, "files": sorted(paths)}, indent=2) + "\n"


def read_manifest(output: Path) -> set[str]:
    path = output / MANIFEST
    if not path.is_file():
        return set()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
    except (ValueError, KeyError, TypeError):
        raise SdkgenError(
            f"{path}: the manifest is corrupt; delete it to regenerate from scratch"
        ) from None
    return {f for f in files if isinstance(f, str) and _inside(f) and not _through_link(output, f)}


# What a generated file's path may be made of: plain names, no hidden files besides the manifest.
_PATH_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def _inside(relative: str) -> bool:
    """True if ``relative`` is a plain relative path, which can only name a place inside the output folder.

    No absolute paths, no ``..``, no backslashes, nothing but letters, digits and ``_.-``
    in each part, and parts short enough for any file system (with the temporary file's
    suffix): spec text never decides where a file goes.
    """
    if relative == MANIFEST:
        return True
    parts = relative.split("/")
    return all(
        _PATH_PART.fullmatch(part) and part not in (".", "..") and len(part) <= 200
        for part in parts
    )


def _through_link(output: Path, relative: str) -> bool:
    """True if a symbolic link inside ``output`` would take ``relative`` somewhere else."""
    root = output.resolve()
    folder = (output / relative).parent.resolve()
    return folder != root and root not in folder.parents


@dataclass(frozen=True, slots=True)
class Plan:
    write: dict[str, str]  # path -> new content (new or changed files)
    delete: tuple[str, ...]  # generated earlier, not any more
    unchanged: int

    @property
    def empty(self) -> bool:
        return not self.write and not self.delete


def plan_changes(output: Path, files: dict[str, str]) -> Plan:
    for path in files:
        if not _inside(path):
            raise SdkgenError(f"refusing to write {path!r}: it is outside the output folder")
        if _through_link(output, path):
            raise SdkgenError(
                f"refusing to write {output / path}: a symbolic link leads it outside the output folder"
            )
    previous = read_manifest(output)
    write: dict[str, str] = {}
    unchanged = 0
    for path, content in files.items():
        current = _read(output / path)
        if current == content:
            unchanged += 1
            continue
        if current is not None and path not in previous and path != MANIFEST:
            raise SdkgenError(
                f"refusing to overwrite {output / path}: sdkgen did not generate it (move it away first)"
            )
        write[path] = content
    delete = tuple(sorted(p for p in previous - files.keys() if (output / p).is_file()))
    return Plan(write, delete, unchanged)


def apply_plan(output: Path, plan: Plan) -> None:
    output.mkdir(parents=True, exist_ok=True)
    # The manifest goes last: if we are interrupted, the old one still lists what to clean up.
    for path in sorted(plan.write, key=lambda p: p == MANIFEST):
        _atomic_write(output / path, plan.write[path])
    for path in plan.delete:
        (output / path).unlink()
        _remove_empty_parents(output, (output / path).parent)


def _atomic_write(target: Path, content: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _remove_empty_parents(output: Path, directory: Path) -> None:
    output = output.resolve()
    directory = directory.resolve()
    while directory != output and output in directory.parents:
        try:
            directory.rmdir()  # only succeeds when empty
        except OSError:
            return
        directory = directory.parent


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    except UnicodeDecodeError:
        return ""


def unified_diff(output: Path, files: dict[str, str]) -> Iterator[str]:
    """A unified diff from the output folder to ``files``, covering added and deleted files."""
    plan = plan_changes_for_check(output, files)
    for path in sorted({*plan.write, *plan.delete}):
        old = _read(output / path)
        new = plan.write.get(path)
        yield from difflib.unified_diff(
            (old or "").splitlines(keepends=True),
            (new or "").splitlines(keepends=True),
            fromfile=f"a/{path}" if old is not None else "/dev/null",
            tofile=f"b/{path}" if new is not None else "/dev/null",
        )


def plan_changes_for_check(output: Path, files: dict[str, str]) -> Plan:
    """Like :func:`plan_changes`, but reports foreign files in the way as differences, not errors."""
    try:
        return plan_changes(output, files)
    except SdkgenError:
        previous = read_manifest(output)
        write = {p: c for p, c in files.items() if _read(output / p) != c}
        delete = tuple(sorted(p for p in previous - files.keys() if (output / p).is_file()))
        return Plan(write, delete, len(files) - len(write))
