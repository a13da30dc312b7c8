"""Jinja filters that make spec text safe for the place it lands in.

Templates never print spec text raw: descriptions go through ``docstring``,
``comment`` or ``md``; values through ``pyrepr``; names are checked by
``identifier``. Each filter guarantees its output cannot end the construct
it sits in (a docstring, a string literal, a comment line, a code span).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from typing import Any

from ..escaping import NOT_PRINTABLE, escape_unprintable, pyrepr, unprintable
from ..names.identifiers import is_safe_identifier

_BLANK_RUNS = re.compile(r"\n{3,}")


def _clean_lines(text: str) -> str:
    return escape_unprintable(text.replace("\r\n", "\n").replace("\r", "\n"))


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
    text = NOT_PRINTABLE.sub(lambda m: " " if unprintable(m[0]) else m[0], text)
    text = " ".join(text.split())
    if width and len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text


def identifier(name: str) -> str:
    """Pass through a name that is already a safe identifier; fail loudly otherwise."""
    if not is_safe_identifier(name):
        raise ValueError(f"not a safe identifier: {name!r}")
    return name


def _visible(text: str) -> str:
    """Text for a Markdown page without control, format and bidi characters (kept: line breaks, tabs)."""
    text = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n\n")
    )
    return NOT_PRINTABLE.sub(_drop_invisible, text)


def _drop_invisible(match: re.Match[str]) -> str:
    char = match[0]
    return "" if unprintable(char) and char not in _KEPT_IN_TEXT else char


# Invisible characters that belong to written text (joiners in emoji and Indic scripts, soft
# hyphens), unlike bidi controls, which change how the text around them is displayed.
_KEPT_IN_TEXT = frozenset("\u00ad\u200b\u200c\u200d\u2060")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _md_text(text: str) -> str:
    return _visible(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").strip()


def md(text: str | None) -> str:
    """Spec prose for a Markdown page: kept as written, minus raw HTML and control characters.

    A code fence the text opens and never closes is closed, so it cannot swallow the page.
    """
    if not text:
        return ""
    text = _md_text(text)
    open_fence = ""
    for line in text.split("\n"):
        found = _FENCE.match(line)
        if found is None:
            continue
        fence = found[1]
        if not open_fence:
            if not (fence[0] == "`" and "`" in line[found.end() :]):  # else an inline span
                open_fence = fence
        elif (
            fence[0] == open_fence[0]
            and len(fence) >= len(open_fence)
            and not line[found.end() :].strip()
        ):
            open_fence = ""
    return f"{text}\n{open_fence}" if open_fence else text


def md_inline(text: str | None) -> str:
    """Spec text on one Markdown line (a heading, a link's text): ``md``, with line breaks as
    spaces and brackets escaped so it cannot end a link or start a new block."""
    if not text:
        return ""
    text = " ".join(_md_text(text).split())
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def md_code(text: str) -> str:
    """An inline Markdown code span holding ``text`` verbatim, whatever backticks it contains;
    line breaks become spaces, other unprintable characters escapes."""
    text = escape_unprintable(" ".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_fence(text: str, info: str = "") -> str:
    """A fenced Markdown code block holding ``text``: the fence is longer than any run of
    backticks in it, and unprintable characters show as escapes."""
    text = escape_unprintable(text.replace("\r\n", "\n").replace("\r", "\n"))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def indent_lines(text: str, prefix: str) -> str:
    """Indent every non-blank line of ``text`` by ``prefix``."""
    return textwrap.indent(text, prefix)


def shell_quote(value: str) -> str:
    """Single-quote a string for a POSIX shell."""
    return "'" + value.replace("'", "'\"'\"'") + "'"


def pytuple(value: Sequence[Any]) -> str:
    """A tuple literal for a sequence of JSON values, nested sequences as tuples too."""
    items = [pytuple(item) if isinstance(item, (list, tuple)) else pyrepr(item) for item in value]
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


FILTERS = {
    "docstring": docstring,
    "comment": comment,
    "pyrepr": pyrepr,
    "pytuple": pytuple,
    "identifier": identifier,
    "md": md,
    "md_inline": md_inline,
    "md_code": md_code,
    "md_fence": md_fence,
    "indent_lines": indent_lines,
    "shell_quote": shell_quote,
}
