"""JSON pointers and ``$ref``s: the addresses every error message and every stage uses."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
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


# Keys whose values are data (an example, a default, an enum's values): a "$ref" there is a value.
_DATA_KEYS = frozenset({"example", "default", "const", "enum", "value"})
# Keys whose values map names to schemas: a "$ref" key there names a property (GitHub's SCIM).
_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)


def ref_sites(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """``(pointer of the node holding it, value)`` for every ``$ref`` key, whatever its value;
    not in data (examples, defaults, extensions) nor a property named ``$ref``."""
    stack = [(node, pointer, False)]
    while stack:
        current, where, names = stack.pop()
        if isinstance(current, dict):
            if "$ref" in current and not names:
                yield where, current["$ref"]
            for key, value in current.items():
                if not isinstance(value, (dict, list)):
                    continue
                if not names and (
                    key in _DATA_KEYS
                    or (isinstance(key, str) and key.startswith("x-"))
                    or (key == "examples" and isinstance(value, list))
                ):
                    continue
                stack.append((value, join_pointer(where, key), not names and key in _NAME_MAPS))
        elif isinstance(current, list):
            for index, value in enumerate(current):
                if isinstance(value, (dict, list)):
                    stack.append((value, join_pointer(where, index), False))


def iter_refs(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(site pointer, ref)`` for every ``$ref`` below ``node``."""
    for where, ref in ref_sites(node, pointer):
        if isinstance(ref, str):
            yield join_pointer(where, "$ref"), ref


def node_at(data: Any, pointer: str) -> Any:
    """The node at a JSON pointer such as ``/components/schemas/Pet``; KeyError if there is none."""
    node = data
    if not pointer:
        return node
    for raw in pointer.lstrip("/").split("/"):
        token = unescape_pointer_token(raw)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


@dataclass(slots=True)
class _Edits:
    """The replacements below one node, as a tree of pointer tokens."""

    below: dict[str, _Edits] = field(default_factory=dict)
    here: bool = False
    ref: str | None = None


def replace_refs(data: Any, replacements: Mapping[str, str | None]) -> Any:
    """``data`` with the ``$ref`` of the node at each pointer of ``replacements`` set to its
    value (None removes it), copying only the containers on the way and sharing the rest."""
    edits = _Edits()
    for pointer, ref in replacements.items():
        branch = edits
        for raw in pointer.split("/")[1:]:
            branch = branch.below.setdefault(unescape_pointer_token(raw), _Edits())
        branch.here, branch.ref = True, ref
    return _apply(data, edits)


def _apply(node: Any, edits: _Edits) -> Any:
    if edits.here and isinstance(node, dict):
        node = {key: value for key, value in node.items() if key != "$ref"}
        if edits.ref is not None:
            node["$ref"] = edits.ref
    if not edits.below:
        return node
    if isinstance(node, dict):
        return {
            key: _apply(value, edits.below[key]) if key in edits.below else value
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [
            _apply(value, edits.below[str(index)]) if str(index) in edits.below else value
            for index, value in enumerate(node)
        ]
    return node
