"""Errors and warnings that point at a place in the user's input."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field


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
        return text


class SdkgenError(Exception):
    """A failure the user can fix; printed as one line, without a traceback."""

    exit_code = 1

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return self.message
        return f"{self.location}: {self.message}"


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
        text = f"{location}: {message}" if location is not None else message
        if text in self._seen:
            return
        self._seen.add(text)
        self.warnings.append(text)
        if not self.quiet:
            print(f"warning: {text}", file=sys.stderr)
