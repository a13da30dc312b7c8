"""Edits to generated Python source at the places ast reports (line numbers and UTF-8 byte offsets).

Used to tidy and harden datamodel-code-generator's module without re-printing it:
every edit is collected first, then applied from the end so earlier positions stay valid.
"""

from __future__ import annotations

import ast
import io
import re
from dataclasses import dataclass, field

from ..errors import SpecError

# ast gives names in NFKC form, as Python reads them (``ºK`` is ``oK``); these give them as
# written, which is what must be ASCII and what gets replaced.
_CLASS_NAME = re.compile(r"class\s+([^\s(:]+)")
TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def normalize_line_breaks(source: str) -> str:
    """Python reads ``\\r\\n`` and ``\\r`` as ``\\n`` (and counts lines so); ruff would see
    the space before them as trailing."""
    if "\r" not in source:
        return source
    return TRAILING_SPACE.sub("", source.replace("\r\n", "\n").replace("\r", "\n"))


def source_lines(source: str) -> list[str]:
    """Lines as tokenize and ast count them once ``\\r`` is gone (``str.splitlines`` knows more breaks)."""
    return io.StringIO(source).readlines()


def char_column(line: str, byte_offset: int) -> int:
    """ast counts UTF-8 bytes; edits count characters."""
    return byte_offset if line.isascii() else len(line.encode()[:byte_offset].decode())


@dataclass(slots=True)
class SourceEdits:
    lines: list[str]
    edits: list[tuple[int, int, int, str]] = field(
        default_factory=list
    )  # (line index, start, end, text), in characters

    def column(self, lineno: int, byte_offset: int) -> int:
        return char_column(self.lines[lineno - 1], byte_offset)

    def replace(self, node: ast.expr, text: str) -> None:
        assert node.end_lineno == node.lineno and node.end_col_offset is not None
        start = self.column(node.lineno, node.col_offset)
        end = self.column(node.lineno, node.end_col_offset)
        self.edits.append((node.lineno - 1, start, end, text))

    def insert(self, lineno: int, byte_offset: int, text: str) -> None:
        column = self.column(lineno, byte_offset)
        self.edits.append((lineno - 1, column, column, text))

    def append_to_line(self, lineno: int, text: str) -> None:
        end = len(self.lines[lineno - 1].rstrip("\n"))
        self.edits.append((lineno - 1, end, end, text))

    def apply(self) -> str:
        for index, start, end, text in sorted(self.edits, reverse=True):
            line = self.lines[index]
            self.lines[index] = line[:start] + text + line[end:]
        return "".join(self.lines)


def class_spelling(lines: list[str], node: ast.ClassDef) -> str:
    line = lines[node.lineno - 1]
    found = _CLASS_NAME.match(line, char_column(line, node.col_offset))
    if found is None:
        raise SpecError(f"model generation wrote an unexpected class line for {node.name!r}")
    return found[1]


def name_spelling(lines: list[str], node: ast.Name) -> str:
    line = lines[node.lineno - 1]
    assert node.end_col_offset is not None
    return line[char_column(line, node.col_offset) : char_column(line, node.end_col_offset)]
