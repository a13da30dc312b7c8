r"""Server text made safe for a terminal, and output any stdout encoding can carry.

A server's text can hold control characters: ``ESC ] 0;...BEL`` retitles the window,
``ESC [2J`` clears the screen, a carriage return lets later text print over earlier text.
Wherever such text can reach a terminal they are shown escaped (``\x1b``, ``\r``): in error
messages and ``--debug`` always; on stdout, JSON and YAML escape them as their syntax allows
(so the data reads back the same), ``--format pretty`` escapes every character that does
not print, and a text or ``--format raw`` body is escaped when stdout is a terminal, but
written byte for byte to a pipe or a file.

When stdout cannot encode a character (``PYTHONIOENCODING=ascii``), JSON and YAML spell it
with their own escapes, and other text with a backslash escape, instead of failing.
"""

from __future__ import annotations

import codecs
import re
import sys

# C0 controls but tab and newline, DEL, and the C1 controls some terminals obey too.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_JSON_CONTROLS = re.compile("[\x7f-\x9f]")  # json.dumps escapes C0 itself


def one_line(text: str) -> str:
    """``text`` on one line: every character that does not print escaped, line breaks too."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escape(char) for char in text)


def visible(text: str) -> str:
    """``text`` with terminal controls escaped; tabs and line breaks stay."""
    return _CONTROLS.sub(lambda match: _escape(match[0]), text)


def json_text(text: str) -> str:
    """JSON text with DEL and C1 controls as ``\\u`` escapes: the same JSON value."""
    return _JSON_CONTROLS.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def _escape(char: str) -> str:
    return repr(char)[1:-1]


def unicode_stdout() -> bool:
    """Whether stdout can encode any character (a UTF encoding)."""
    try:
        return codecs.lookup(sys.stdout.encoding or "ascii").name.startswith("utf")
    except LookupError:
        return False


def prepare_stdout() -> None:
    """A character stdout cannot encode is printed as a backslash escape, not an error."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
