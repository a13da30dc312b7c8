"""What a parsed document may not hold, whatever its syntax allows: nesting deeper than
:data:`MAX_DEPTH`, and lone UTF-16 surrogates. Each is refused at the JSON pointer of the
first place (in document order) where it occurs.

Every later stage walks the document, and some walk it by recursion (datamodel-code-generator
does): a bound here keeps them all clear of Python's recursion limit. The largest public specs
nest about 25 levels deep; JSON libraries that bound nesting commonly stop at 128 (serde_json).

A JSON ``\\ud800`` escape without its pair decodes to a lone surrogate, a code point that is
not a character: it cannot be written as UTF-8, so the SDK could not hold it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import Location, SpecError
from .pointers import join_pointer

MAX_DEPTH = 128

# The escapes that can make a lone surrogate (JSON's \uXXXX; YAML's \UXXXXXXXX too): a document
# whose text has none of them is not searched.
_SURROGATE_ESCAPE = re.compile(r"\\(?:u|U0000)[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")

_Path = tuple[Any, str | int] | None  # (parent path, token): a pointer built only on error


def _pointer(path: _Path) -> str:
    tokens: list[str | int] = []
    while path is not None:
        path, token = path
        tokens.append(token)
    return join_pointer("", *reversed(tokens))


def _members(node: dict[str, Any] | list[Any]) -> Iterator[tuple[str | int, Any]]:
    return iter(node.items()) if isinstance(node, dict) else enumerate(node)


def too_deep() -> str:
    return f"nested more than {MAX_DEPTH} levels deep; sdkgen reads documents {MAX_DEPTH} levels deep at most"


def _lone_surrogate(text: str, what: str) -> str | None:
    found = _SURROGATE.search(text)
    if found is None:
        return None
    return (
        f"{what} holds a lone UTF-16 surrogate (\\u{ord(found[0]):04x}), which is not a "
        "character: a \\uD800-\\uDFFF escape must be one of a pair"
    )


def check_document(data: Any, text: str, display: str) -> None:
    """Refuse ``data`` (parsed from ``text``) if it is nested too deep or holds a lone surrogate."""
    if not isinstance(data, (dict, list)):
        return
    strings = _SURROGATE_ESCAPE.search(text) is not None
    stack: list[tuple[Iterator[tuple[str | int, Any]], _Path]] = [(_members(data), None)]
    while stack:
        members, path = stack[-1]
        member = next(members, None)
        if member is None:
            stack.pop()
            continue
        token, value = member
        where: _Path = (path, token)
        problem = None
        if strings and isinstance(token, str):
            problem = _lone_surrogate(token, "this key")
        if isinstance(value, (dict, list)):
            if len(stack) >= MAX_DEPTH:
                problem = problem or too_deep()
            stack.append((_members(value), where))
        elif strings and isinstance(value, str):
            problem = problem or _lone_surrogate(value, "this string")
        if problem is not None:
            raise SpecError(problem, Location(display, _pointer(where)))


# A JSON token that matters for nesting: a string (a key, or a value to skip), or punctuation.
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],]', re.DOTALL)


@dataclass(slots=True)
class _Open:
    """A container the scan is inside: its current member's key or index."""

    is_object: bool
    token: str | int = 0
    expecting_key: bool = False


def too_deep_json(text: str, display: str) -> SpecError:
    """The error for JSON nested deeper than Python's parser goes (it stops with a
    RecursionError): the place where it first goes past :data:`MAX_DEPTH`, found by a scan."""
    open_: list[_Open] = []
    for match in _JSON_TOKEN.finditer(text):
        token = match[0]
        if token in ("{", "["):
            if len(open_) >= MAX_DEPTH:
                line = text.count("\n", 0, match.start()) + 1
                where = join_pointer("", *(container.token for container in open_))
                return SpecError(too_deep(), Location(display, where, line))
            open_.append(_Open(is_object=token == "{", expecting_key=token == "{"))
        elif not open_:
            continue
        elif token in ("}", "]"):
            open_.pop()
        elif token == ",":
            if open_[-1].is_object:
                open_[-1].expecting_key = True
            else:
                open_[-1].token = int(open_[-1].token) + 1
        elif open_[-1].expecting_key:
            try:
                open_[-1].token = json.loads(token)
            except ValueError:
                open_[-1].token = token[1:-1]
            open_[-1].expecting_key = False
    return SpecError(too_deep(), Location(display))
