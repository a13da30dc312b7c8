"""Apply a unified diff (``git diff`` output for one file) to a text, strictly: every context
and removed line must be exactly where the hunk says, or it is an error. No fuzz, no offsets."""

from __future__ import annotations

import re

_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class PatchError(Exception):
    pass


def apply_patch(text: str, patch: str) -> str:
    lines = text.split("\n")
    result: list[str] = []
    taken = 0  # lines of `lines` consumed so far
    patch_lines = patch.split("\n")
    index = 0
    while index < len(patch_lines) and not patch_lines[index].startswith("@@"):
        index += 1
    while index < len(patch_lines):
        header = _HUNK.match(patch_lines[index])
        if header is None:
            if patch_lines[index] == "":
                index += 1
                continue
            raise PatchError(f"line {index + 1} of the patch is not a hunk header")
        start = int(header.group(1)) - 1 if header.group(2) != "0" else int(header.group(1))
        if start < taken:
            raise PatchError(f"hunk at line {index + 1} overlaps the one before")
        result.extend(lines[taken:start])
        taken = start
        index += 1
        while index < len(patch_lines) and not patch_lines[index].startswith("@@"):
            line = patch_lines[index]
            index += 1
            if line.startswith("\\"):  # "\ No newline at end of file"
                continue
            if line == "" and (index == len(patch_lines) or patch_lines[index].startswith("@@")):
                continue  # the patch file's own last newline
            marker, body = line[:1], line[1:]
            if marker in (" ", "-"):
                if taken >= len(lines) or lines[taken] != body:
                    raise PatchError(f"line {taken + 1} does not match the patch's line {index}")
                taken += 1
                if marker == " ":
                    result.append(body)
            elif marker == "+":
                result.append(body)
            else:
                raise PatchError(f"line {index} of the patch is not part of a hunk")
    result.extend(lines[taken:])
    return "\n".join(result)
