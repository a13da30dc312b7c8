"""Errors and warnings that point at a place in the user's input.

They quote spec text (keys in JSON pointers, names, values), which can hold terminal escape
sequences (``\x1b]0;title\x07``, ``\x1b[2J``) and line breaks: every one is printed as a
single line of printable characters, the others escaped (``escaping.printable``).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
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

    def error_lines(self) -> list[str]:
        """What the command line prints, one ``sdkgen: error:`` line each."""
        return [str(self)]


class SpecError(SdkgenError):
    """The spec is malformed or uses something we cannot generate code for."""


class SpecErrors(SpecError):
    """Several spec errors found in one reading of the spec: each one is a line, up to ``LIMIT``."""

    LIMIT = 20

    def __init__(self, errors: Sequence[SpecError]) -> None:
        super().__init__(errors[0].message, errors[0].location)
        self.errors = tuple(errors)

    def __str__(self) -> str:
        return "\n".join(self.error_lines())

    def error_lines(self) -> list[str]:
        shown = [str(error) for error in self.errors[: self.LIMIT]]
        if len(self.errors) > self.LIMIT:
            shown.append(f"… and {len(self.errors) - self.LIMIT} more")
        return shown


class UsageError(SdkgenError):
    """The command line or the configuration is wrong."""

    exit_code = 2


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr)


@dataclass(slots=True)
class Diagnostics:
    """Collects warnings during one generation run.

    Warnings are printed once, in the order they were found, so output stays
    deterministic. Each has a kind (``unsupported schema keyword``), given where it is
    raised, for the summary at the end of a run.
    """

    quiet: bool = False
    warnings: list[str] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)
    # Where a warning line goes: the command line clears its progress line first.
    echo: Callable[[str], None] = _to_stderr
    _seen: set[str] = field(default_factory=set)
    _kind_of: list[str] = field(default_factory=list)  # each warning's kind

    def warn(self, message: str, location: Location | None = None, kind: str = "other") -> None:
        text = printable(message) if location is None else f"{location}: {printable(message)}"
        self.replay([(text, kind)])

    @property
    def records(self) -> list[tuple[str, str]]:
        """Each warning with its kind, in order: what :meth:`replay` takes."""
        return list(zip(self.warnings, self._kind_of, strict=True))

    def replay(self, records: Iterable[tuple[str, str]]) -> None:
        """Warn again of what an earlier run warned of (``records``), as it did."""
        for text, kind in records:
            if text in self._seen:
                continue
            self._seen.add(text)
            self.warnings.append(text)
            self._kind_of.append(kind)
            self.kinds[kind] += 1
            if not self.quiet:
                self.echo(f"warning: {text}")

    def summary(self) -> str | None:
        """``12 warnings: 7 unsupported parameter style, 5 callbacks``, most frequent kind first."""
        if not self.warnings:
            return None
        total = len(self.warnings)
        counts = sorted(self.kinds.items(), key=lambda item: (-item[1], item[0]))
        kinds = ", ".join(f"{count} {kind}" for kind, count in counts)
        return f"{total} warning{'s' if total > 1 else ''}: {kinds}"
