"""Jinja filters that make spec text safe for the place it lands in.

Templates never print spec text raw: descriptions go through ``docstring``,
``comment`` or ``md``; values through ``pyrepr``; names are checked by
``identifier``. Each filter guarantees its output cannot end the construct
it sits in (a docstring, a string literal, a comment line, a code span).
"""

from __future__ import annotations

import json
import math
import re
import textwrap
from typing import Any

from .naming import is_safe_identifier

# C0 and C1 control characters other than tab and newline, plus the Unicode
# line and paragraph separators that some tools treat as line breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_BLANK_RUNS = re.compile(r"\n{3,}")


def _clean_lines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text
    )


def docstring(text: str | None, indent: int = 4) -> str:
    """The body of a triple-quoted docstring (without the quotes).

    Backslashes and quotes are escaped so the text can neither end the
    docstring nor form escape sequences; control characters become visible
    escapes. Continuation lines are indented by ``indent`` spaces.
    """
    if not text:
        return ""
    text = text.replace("\\", "\\\\")
    text = _clean_lines(text.strip())
    text = text.replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    text = _BLANK_RUNS.sub("\n\n", text)
    lines = [line.rstrip() for line in text.split("\n")]
    pad = " " * indent
    return "\n".join([lines[0], *[pad + line if line else "" for line in lines[1:]]])


def comment(text: str | None, width: int = 0) -> str:
    """One line of text that is safe after ``#``: no line breaks, no control characters."""
    if not text:
        return ""
    text = _CONTROL.sub(" ", text.replace("\r", " ").replace("\n", " "))
    text = " ".join(text.split())
    if width and len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text


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
        # JSON string syntax is valid Python and escapes every control character.
        return (
            json.dumps(value, ensure_ascii=False)
            .replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029")
        )
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(pyrepr(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(str(k))}: {pyrepr(v)}" for k, v in value.items()) + "}"
    return pyrepr(str(value))


def identifier(name: str) -> str:
    """Pass through a name that is already a safe identifier; fail loudly otherwise."""
    if not is_safe_identifier(name):
        raise ValueError(f"not a safe identifier: {name!r}")
    return name


def md(text: str | None) -> str:
    """Spec prose for a Markdown page: kept as written, minus raw HTML and control characters."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").strip()


def md_code(text: str) -> str:
    """An inline Markdown code span holding ``text`` verbatim, whatever backticks it contains."""
    text = _CONTROL.sub("", text.replace("\n", " "))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def indent_lines(text: str, prefix: str) -> str:
    """Indent every non-blank line of ``text`` by ``prefix``."""
    return textwrap.indent(text, prefix)


def shell_quote(value: str) -> str:
    """Single-quote a string for a POSIX shell."""
    return "'" + value.replace("'", "'\"'\"'") + "'"


FILTERS = {
    "docstring": docstring,
    "comment": comment,
    "pyrepr": pyrepr,
    "identifier": identifier,
    "md": md,
    "md_code": md_code,
    "indent_lines": indent_lines,
    "shell_quote": shell_quote,
}
