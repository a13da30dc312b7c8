"""JSON pointers and ``$ref``s: the addresses every error message and every stage uses."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(base: str, *tokens: str | int) -> str:
    return base + "".join("/" + escape_pointer_token(str(token)) for token in tokens)


def ref_target(node: Any) -> str | None:
    """The pointer a ``{"$ref": "#/..."}`` node refers to, if it is a local reference."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            return unquote(ref[1:])
    return None


def ref_sites(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """``(pointer of the node holding it, value)`` for every ``$ref`` key, whatever its value."""
    stack = [(node, pointer)]
    while stack:
        current, where = stack.pop()
        if isinstance(current, dict):
            if "$ref" in current:
                yield where, current["$ref"]
            for key, value in current.items():
                if isinstance(value, (dict, list)):
                    stack.append((value, join_pointer(where, key)))
        elif isinstance(current, list):
            for index, value in enumerate(current):
                if isinstance(value, (dict, list)):
                    stack.append((value, join_pointer(where, index)))


def iter_refs(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(site pointer, ref)`` for every ``$ref`` below ``node``."""
    for where, ref in ref_sites(node, pointer):
        if isinstance(ref, str):
            yield join_pointer(where, "$ref"), ref
