"""Flag values: text from the command line turned into what the SDK method takes.

Every converter raises ArgumentTypeError with a message of its own, which argparse shows
after the flag ("argument --limit: expected a whole number, got 'abc'"): from a ValueError
it would make "invalid <the converter's function name> value".
"""

from __future__ import annotations

import argparse
import os
import re
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable


MAX_SHOWN = 60  # characters of a value an error message quotes


def _shown(text: str) -> str:
    return repr(text[:MAX_SHOWN]) + ("..." if len(text) > MAX_SHOWN else "")


def integer(text: str) -> int:
    value = _whole(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {_shown(text)}")
    return value


def _whole(text: str) -> int | None:
    """A whole number in ASCII digits, with an optional sign; None for anything else."""
    return int(text) if re.fullmatch(r"\s*[+-]?[0-9]+\s*", text) else None


def number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if value != value or value in (float("inf"), float("-inf")):  # JSON has no NaN or infinity
        raise argparse.ArgumentTypeError(f"expected a number, got {_shown(text)}")
    return value


def boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {_shown(text)}")


def json_value(text: str) -> object:
    import json

    try:
        value: object = json.loads(text)
    except RecursionError:
        raise argparse.ArgumentTypeError(f"JSON nested too deeply: {_shown(text)}") from None
    except ValueError as exc:
        message = f"invalid JSON ({getattr(exc, 'msg', exc)}): {_shown(text)}"
        if not text.lstrip().startswith(("{", "[", '"')):
            message += "; quote a string as '\"text\"'"
        raise argparse.ArgumentTypeError(message) from None
    return value


class StdinTaken(argparse.ArgumentTypeError):
    """A second flag asked to read stdin, which the first has read to its end."""


_stdin_read = False


def read_stdin() -> bytes:
    """All of stdin, which one flag only can take."""
    global _stdin_read
    if _stdin_read:
        raise StdinTaken("stdin (-) is taken by another flag already")
    _stdin_read = True
    return sys.stdin.buffer.read()


def bytes_value(path: str) -> bytes:
    """A file's content, read now: a retried request must send it again."""
    if path == "-":
        return read_stdin()
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot read {path!r}: {exc.strerror}") from None


def file_value(path: str) -> tuple[str | None, bytes]:
    """A multipart upload: the file's name and content."""
    return (None if path == "-" else os.path.basename(path)), bytes_value(path)


def positive_int(text: str) -> int:
    value = _whole(text)
    if value is None or value < 1:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of 1 or more, got {_shown(text)}"
        )
    return value


def count(text: str) -> int:
    value = _whole(text)
    if value is None or value < 0:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of 0 or more, got {_shown(text)}"
        )
    return value


def positive_number(text: str) -> float:
    try:
        value = number(text)
    except argparse.ArgumentTypeError:
        value = 0.0
    if value <= 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of seconds above 0, got {_shown(text)}"
        )
    return value


def base_url(text: str) -> str:
    if not text.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"expected an http:// or https:// URL, got {_shown(text)}")
    return text


# The converter of each flag type of the command table.
CONVERTERS: dict[str, Callable[[str], object]] = {
    "str": str,
    "int": integer,
    "float": number,
    "bool": boolean,
    "json": json_value,
    "file": file_value,
    "bytes": bytes_value,
}
