"""What an update of the output folder would do, and the diff ``sdkgen check`` prints.

A plan writes only files whose content changed and deletes files an earlier run
generated that this one does not. It refuses, before anything is written, to replace
a file sdkgen did not generate, and to replace or delete one edited by hand since
sdkgen wrote it (unless forced).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import SdkgenError
from ..escaping import printable
from .manifest import MANIFEST, LinkCheck, content_hash, inside, read_manifest
from .writer import read_text, unfinished_update


@dataclass(frozen=True, slots=True)
class Plan:
    write: dict[str, str]  # path -> new content (new or changed files)
    delete: tuple[str, ...]  # generated earlier, not any more
    unchanged: int

    @property
    def empty(self) -> bool:
        return not self.write and not self.delete


class HandEditedError(SdkgenError):
    """Generated files edited by hand since: one line for the run, one for each file."""

    def __init__(self, output: Path, paths: list[str]) -> None:
        lines = [
            f"refusing to overwrite {len(paths)} generated file{'s' if len(paths) != 1 else ''} "
            "edited by hand since sdkgen wrote them (nothing was written; move the edits into "
            "the spec or a template, or rerun with --force to discard them):",
            *(f"  {output / path}" for path in paths),
        ]
        super().__init__("\n".join(lines))
        self.lines = lines
        self.paths = paths

    def __str__(self) -> str:
        return "\n".join(printable(line) for line in self.lines)  # one line per file


def plan_changes(output: Path, files: dict[str, str], *, force: bool = False) -> Plan:
    linked = LinkCheck(output)
    for path in files:
        if not inside(path):
            raise SdkgenError(f"refusing to write {path!r}: not a plain, portable relative path")
        if linked(path):
            raise SdkgenError(
                f"refusing to write {output / path}: a symbolic link leads it outside the output folder"
            )
    leftover = unfinished_update(output)
    if leftover is not None:
        raise SdkgenError(leftover)
    previous = read_manifest(output)
    write: dict[str, str] = {}
    unchanged = 0
    for path, content in files.items():
        current = read_text(output / path)
        if current == content:
            unchanged += 1
            continue
        if current is not None and path not in previous and path != MANIFEST:
            raise SdkgenError(
                f"refusing to overwrite {output / path}: sdkgen did not generate it (move it away first)"
            )
        write[path] = content
    delete = tuple(sorted(p for p in previous.keys() - files.keys() if (output / p).is_file()))
    edited = hand_edited(output, [*write, *delete], previous)
    if edited and not force:
        raise HandEditedError(output, edited)
    return Plan(write, delete, unchanged)


def hand_edited(
    output: Path,
    paths: list[str] | None = None,
    previous: dict[str, str | None] | None = None,
) -> list[str]:
    """Those of ``paths`` (default: every file sdkgen generated there) whose content is not
    what sdkgen recorded writing."""
    recorded = read_manifest(output) if previous is None else previous
    edited = []
    for path in sorted(recorded if paths is None else paths):
        expected = recorded.get(path)
        if expected is None or path == MANIFEST:
            continue
        try:
            actual = content_hash((output / path).read_bytes())
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            continue  # the file is gone: no edit to lose (the write reports what is in the way)
        except OSError:
            actual = None  # unreadable: it cannot be checked, so it is not overwritten
        if actual != expected:
            edited.append(path)
    return edited


def unified_diff(output: Path, files: dict[str, str]) -> Iterator[str]:
    """A unified diff from the output folder to ``files``, covering added and deleted files."""
    plan = plan_changes_for_check(output, files)
    for path in sorted({*plan.write, *plan.delete}):
        old = read_text(output / path)
        new = plan.write.get(path)
        yield from difflib.unified_diff(
            (old or "").splitlines(keepends=True),
            (new or "").splitlines(keepends=True),
            fromfile=f"a/{path}" if old is not None else "/dev/null",
            tofile=f"b/{path}" if new is not None else "/dev/null",
        )


def plan_changes_for_check(output: Path, files: dict[str, str]) -> Plan:
    """Like :func:`plan_changes`, but reports foreign and hand-edited files in the way as
    differences, not errors."""
    try:
        return plan_changes(output, files, force=True)
    except SdkgenError:
        previous = read_manifest(output)
        write = {p: c for p, c in files.items() if read_text(output / p) != c}
        delete = tuple(sorted(p for p in previous.keys() - files.keys() if (output / p).is_file()))
        return Plan(write, delete, len(files) - len(write))
