"""Escaping text for generated Python source: shared by every stage that writes spec text into code.

The Jinja filters (``render/filters.py``) build on these; the models stage uses them to
harden datamodel-code-generator's module, the loader to check file names, and errors and
warnings (``errors.py``) to keep spec text from driving the terminal.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

# Characters that must never stand raw in generated source: everything Python's repr()
# would escape (C0/C1 controls, Unicode format characters such as the bidi overrides of
# "Trojan Source" attacks, line and paragraph separators, lone surrogates, unassigned
# code points) except the line breaks and tabs the filters handle themselves.
NOT_PRINTABLE = re.compile(r"[^\t\n\x20-\x7e]")


def unprintable(char: str) -> bool:
    """True for a character that must be escaped (code) or dropped (text)."""
    return char not in "\t\n" and not char.isprintable()


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape_unprintable(text: str) -> str:
    """``text`` with every unprintable character as a Python escape (for the inside of a literal)."""
    return NOT_PRINTABLE.sub(lambda m: _escape(m[0]) if unprintable(m[0]) else m[0], text)


def printable(text: str) -> str:
    """``text`` as one line that a terminal shows as it is: every character that is not
    printable (ESC and other controls, line breaks, tabs, bidi and other format characters,
    lone surrogates) as its Python escape. For diagnostics, which quote spec text."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escape(char) for char in text)


def pyrepr(value: Any) -> str:
    """A Python literal for a JSON value (strings, numbers, booleans, null, lists, objects)."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"float({str(value)!r})"
    if isinstance(value, str):
        # JSON string syntax is valid Python; it escapes quotes, backslashes and C0 controls.
        return escape_unprintable(json.dumps(value, ensure_ascii=False))
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(pyrepr(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(str(k))}: {pyrepr(v)}" for k, v in value.items()) + "}"
    return pyrepr(str(value))
