"""Errors and warnings that point at a place in the user's input.

They quote spec text (keys in JSON pointers, names, values), which can hold terminal escape
sequences (``\x1b]0;title\x07``, ``\x1b[2J``) and line breaks: every one is printed as a
single line of printable characters, the others escaped (``escaping.printable``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from .escaping import printable


@dataclass(frozen=True, slots=True)
class Location:
    """A place in an input file: a JSON pointer and, when known, a line."""

    file: str
    pointer: str = ""
    line: int | None = None

    def __str__(self) -> str:
        text = self.file
        if self.line is not None:
            text += f":{self.line}"
        if self.pointer:
            text += f"#{self.pointer}"
        return printable(text)


class SdkgenError(Exception):
    """A failure the user can fix; printed as one line, without a traceback."""

    exit_code = 1

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return printable(self.message)
        return f"{self.location}: {printable(self.message)}"


class SpecError(SdkgenError):
    """The spec is malformed or uses something we cannot generate code for."""


class UsageError(SdkgenError):
    """The command line or the configuration is wrong."""

    exit_code = 2


@dataclass(slots=True)
class Diagnostics:
    """Collects warnings during one generation run.

    Warnings are printed once, in the order they were found, so output stays
    deterministic.
    """

    quiet: bool = False
    warnings: list[str] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set)

    def warn(self, message: str, location: Location | None = None) -> None:
        text = printable(message) if location is None else f"{location}: {printable(message)}"
        if text in self._seen:
            return
        self._seen.add(text)
        self.warnings.append(text)
        if not self.quiet:
            print(f"warning: {text}", file=sys.stderr)
