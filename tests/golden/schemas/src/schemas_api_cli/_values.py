"""Flag values: text from the command line turned into what the SDK method takes.

argparse names the flag and quotes the value when a converter raises ValueError
("argument --limit: invalid int value: 'abc'"), or shows an ArgumentTypeError's message.
"""

from __future__ import annotations

import argparse
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable


def number(text: str) -> float:
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)  # JSON has no NaN or infinity
    return value


def boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise ValueError(text)


def json_value(text: str) -> object:
    import json

    try:
        value: object = json.loads(text)
    except ValueError as exc:
        message = f"invalid JSON ({getattr(exc, 'msg', exc)}): {text!r}"
        if not text.lstrip().startswith(("{", "[", '"')):
            message += "; quote a string as '\"text\"'"
        raise argparse.ArgumentTypeError(message) from None
    return value


def bytes_value(path: str) -> bytes:
    """A file's content, read now: a retried request must send it again."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot read {path!r}: {exc.strerror}") from None


def file_value(path: str) -> tuple[str | None, bytes]:
    """A multipart upload: the file's name and content."""
    return (None if path == "-" else os.path.basename(path)), bytes_value(path)


def positive_int(text: str) -> int:
    value = int(text) if text.strip().lstrip("+-").isdigit() else None
    if value is None or value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def count(text: str) -> int:
    value = int(text) if text.strip().lstrip("+-").isdigit() else None
    if value is None or value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of 0 or more, got {text!r}")
    return value


def positive_number(text: str) -> float:
    try:
        value = number(text)
    except ValueError:
        value = 0.0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {text!r}")
    return value


def base_url(text: str) -> str:
    if not text.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"expected an http:// or https:// URL, got {text!r}")
    return text


# The converter of each flag type of the command table.
CONVERTERS: dict[str, Callable[[str], object]] = {
    "str": str,
    "int": int,
    "float": number,
    "bool": boolean,
    "json": json_value,
    "file": file_value,
    "bytes": bytes_value,
}
