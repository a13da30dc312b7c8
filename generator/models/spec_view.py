"""The spec as the models should read it: a client reads what the server sends, today and after the API grows.

- schema defaults are left out (the server applies them; a field the response
  omits reads as None);
- validation keywords (lengths, patterns, ranges, uniqueItems) are left out:
  the server is the authority on them, and a client that rejects an answer
  because a limit moved is broken;
- formats that pydantic turns into types which alter or hide the value
  (``uri`` → AnyUrl adds a slash, ``password`` → SecretStr dumps as stars,
  ``byte`` → Base64Str decodes, ``email`` needs a package the SDK does not
  have, ``uuid`` → UUID is not equal to its own text) stay plain strings;
- a write-only property is never required in a response;
- an enum that a Python enum, as pydantic checks it, cannot hold is the union of its values'
  types: one with two values Python takes as one (``true`` and ``1`` are equal, so the enum
  would hand back ``true`` for ``1``), or with an integer beyond 64 bits (pydantic checks
  enum values as 64-bit integers and refuses it); every value then reads back as sent;
- the top level's prose (``info``, ``servers``, ``tags``...) is left out: no model reads it,
  and an edit to it keeps every models cache entry;
- a schema that is only a ``$ref`` to another schema that is only a ``$ref`` (an alias of
  an alias) refers straight to where the chain ends: each alias keeps its class, and
  datamodel-code-generator, whose work grows with the square of a chain's length, sees
  chains one link long.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote

from ..spec.pointers import join_pointer, node_at, replace_refs, unescape_pointer_token
from ..spec.tuples import is_fixed_tuple

# Keys under which JSON Schema nests further schemas: name -> whether the value is
# a schema, a list of schemas, or a mapping of names to schemas.
_SCHEMA_CHILDREN = {
    "items": "one",
    "additionalProperties": "one",
    "not": "one",
    "contains": "one",
    "propertyNames": "one",
    "unevaluatedItems": "one",
    "unevaluatedProperties": "one",
    "allOf": "list",
    "anyOf": "list",
    "oneOf": "list",
    "prefixItems": "list",
    "properties": "map",
    "patternProperties": "map",
    "$defs": "map",
    "definitions": "map",
    "dependentSchemas": "map",
}


# Keywords left out of every schema given to datamodel-code-generator (see the module docstring).
_DROPPED_KEYWORDS = frozenset(
    {
        "default",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
    }
)


_PLAIN_FORMATS = frozenset(
    {
        "email",
        "idn-email",
        "uri",
        "url",
        "uri-reference",
        "uri-template",
        "iri",
        "iri-reference",
        "password",
        "hostname",
        "idn-hostname",
        "ipv4",
        "ipv6",
        "byte",
        "duration",
        "decimal",
        "uuid",  # a UUID object is not equal to its text: `job.id == "6f1c..."` would be False
    }
)


def _dropped(key: str, value: Any) -> bool:
    return (
        key in _DROPPED_KEYWORDS
        or (key == "format" and value in _PLAIN_FORMATS)
        or (key == "enum" and value == [])  # allows no value: the IR warns and ignores it
    )


_JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", type(None): "null"}


def _beyond_python_enums(values: list[Any]) -> bool:
    """True if a Python enum of ``values``, validated by pydantic, would change or refuse one."""
    scalars = [value for value in values if type(value) in _JSON_TYPES]
    if any(type(value) is int and not -(2**63) <= value < 2**63 for value in scalars):
        return True
    return len({(type(value), value) for value in scalars}) != len(set(scalars))


def _as_value_types(node: dict[str, Any]) -> dict[str, Any]:
    """The schema of the types of an enum's values, without the enum."""
    kinds = dict.fromkeys(
        _JSON_TYPES.get(type(value)) or ("array" if isinstance(value, list) else "object")
        for value in node["enum"]
    )
    result = {key: value for key, value in node.items() if key not in ("enum", "type")}
    if len(kinds) == 1:
        result["type"] = next(iter(kinds))
    else:
        result["anyOf"] = [{"type": kind} for kind in kinds]
    return result


def _tuple_for_models(node: dict[str, Any]) -> dict[str, Any]:
    """A ``prefixItems`` array as datamodel-code-generator should type it: a fixed tuple keeps
    its prefix (both lengths are set once validation keywords are dropped: that makes it a
    ``tuple[...]``); any other is a list of any values, as the IR types it."""
    rest = {key: value for key, value in node.items() if key not in ("prefixItems", "items")}
    if is_fixed_tuple(node):
        return {**rest, "prefixItems": node["prefixItems"]}
    return {**rest, "items": {}}


def _write_only(node: Any) -> bool:
    return isinstance(node, dict) and node.get("writeOnly") is True


def for_models(spec: Mapping[str, Any]) -> Mapping[str, Any]:
    """The spec with defaults, validation keywords and value-altering formats removed from
    every schema, sharing all unchanged parts."""

    targets: set[str] = set()  # what the schemas' $refs point to

    def schema(node: Any) -> Any:
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            targets.add(ref)
        changed = False
        if isinstance(node.get("enum"), list) and _beyond_python_enums(node["enum"]):
            node, changed = _as_value_types(node), True
        tuple_length = len(node["prefixItems"]) if is_fixed_tuple(node) else None
        if isinstance(node.get("prefixItems"), list):
            node, changed = _tuple_for_models(node), True
        result = {}
        for key, value in node.items():
            if _dropped(key, value):
                changed = True
                continue
            if key == "patternProperties" and isinstance(value, dict) and value:
                # A dict of the values' type; key patterns are the server's to check.
                if "additionalProperties" not in node:
                    values = [schema(item) for item in value.values()]
                    result["additionalProperties"] = (
                        values[0] if len(values) == 1 else {"anyOf": values}
                    )
                changed = True
                continue
            if (
                key == "required"
                and isinstance(value, list)
                and isinstance(node.get("properties"), dict)
            ):
                # A write-only property is never in a response: it cannot be required there.
                kept = [name for name in value if not _write_only(node["properties"].get(name))]
                if len(kept) != len(value):
                    result[key] = kept
                    changed = True
                    continue
            kind = _SCHEMA_CHILDREN.get(key)
            if kind == "one":
                new = schema(value)
            elif kind == "list" and isinstance(value, list):
                new = [schema(item) for item in value]
                new = value if all(a is b for a, b in zip(new, value, strict=True)) else new
            elif kind == "map" and isinstance(value, dict):
                new = {name: schema(item) for name, item in value.items()}
                new = value if all(new[name] is value[name] for name in value) else new
            else:
                new = value
            changed = changed or new is not value
            result[key] = new
        if tuple_length is not None:
            result["minItems"] = result["maxItems"] = tuple_length
        return result if changed else node

    def anywhere(node: Any) -> Any:
        """Outside schemas: find every ``schema`` and ``components.schemas`` entry."""
        if isinstance(node, list):
            new_list = [anywhere(item) for item in node]
            return node if all(a is b for a, b in zip(new_list, node, strict=True)) else new_list
        if not isinstance(node, dict):
            return node
        result = {}
        changed = False
        for key, value in node.items():
            if key == "schema":
                new = schema(value)
            elif key == "schemas" and isinstance(value, dict):
                new = {name: schema(item) for name, item in value.items()}
                new = value if all(new[name] is value[name] for name in value) else new
            else:
                new = anywhere(value)
            changed = changed or new is not value
            result[key] = new
        return result if changed else node

    view: Mapping[str, Any] = _callbacks_as_webhooks(anywhere(spec))
    return _without_prose(_collapse_alias_chains(view, targets))


# What the models never read: an edit to the API's description, its servers or tags leaves
# every model part's cache key as it was.
_UNREAD_TOP_LEVEL = frozenset({"servers", "tags", "externalDocs", "security", "x-tagGroups"})


def _without_prose(spec: Mapping[str, Any]) -> Mapping[str, Any]:
    kept = {key: value for key, value in spec.items() if key not in _UNREAD_TOP_LEVEL}
    kept["info"] = {"title": "models", "version": "0"}
    return kept


# datamodel-code-generator models webhooks but not callbacks: each callback's path item is
# handed to it as a webhook whose key is this prefix and the path item's pointer.
CALLBACK_KEY = "x-sdkgen-callback:"


def _callbacks_as_webhooks(spec: Mapping[str, Any]) -> Mapping[str, Any]:
    """``spec`` with every operation's callbacks added to its ``webhooks``, so that their
    inline schemas get models; :func:`callback_pointer` maps their pointers back."""
    found: dict[str, Any] = {}
    paths = spec.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else ():
        for method, operation in item.items() if isinstance(item, dict) else ():
            callbacks = operation.get("callbacks") if isinstance(operation, dict) else None
            for name, callback in callbacks.items() if isinstance(callbacks, dict) else ():
                callback = _local_target(spec, callback)
                for expression, path_item in callback.items() if isinstance(callback, dict) else ():
                    pointer = join_pointer("/paths", path, method, "callbacks", name, expression)
                    found[CALLBACK_KEY + pointer] = _local_target(spec, path_item)
    if not found:
        return spec
    webhooks = spec.get("webhooks")
    return {**spec, "webhooks": {**(webhooks if isinstance(webhooks, dict) else {}), **found}}


def _local_target(spec: Mapping[str, Any], node: Any) -> Any:
    """``node``, or what its local ``$ref`` names (a callback or path item in ``components``)."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith("#"):
        try:
            return node_at(spec, ref[1:])
        except KeyError:
            return node  # the IR reports the dangling reference
    return node


def callback_pointer(pointer: str) -> str:
    """The spec's pointer for a pointer into a callback handed over as a webhook."""
    tokens = pointer.split("/", 3)  # "#", "webhooks", key, rest
    if len(tokens) < 3 or tokens[1] != "webhooks":
        return pointer
    key = unescape_pointer_token(tokens[2])
    if not key.startswith(CALLBACK_KEY):
        return pointer
    rest = "/" + tokens[3] if len(tokens) > 3 else ""
    return "#" + key[len(CALLBACK_KEY) :] + rest


def _alias_ref(node: Any) -> str | None:
    """The ``$ref`` of a schema that is nothing but a local ``$ref``."""
    if isinstance(node, dict) and len(node) == 1:
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            return ref
    return None


def _collapse_alias_chains(spec: Mapping[str, Any], refs: Iterable[str]) -> Mapping[str, Any]:
    """``spec`` with each alias that ``refs`` point to referring to the end of its chain."""

    def alias_at(pointer: str) -> str | None:
        try:
            return _alias_ref(node_at(spec, pointer))
        except KeyError:
            return None

    ends: dict[str, str | None] = {}  # alias -> the $ref of its chain's last link (None: a loop)
    for start in sorted({unquote(ref[1:]) for ref in refs}):
        chain: list[str] = []
        on_chain: set[str] = set()
        pointer, end = start, None
        while pointer not in ends:
            ref = alias_at(pointer)
            if ref is None:
                break
            if pointer in on_chain:  # a loop of aliases: reported by the IR, left alone here
                end = None
                break
            chain.append(pointer)
            on_chain.add(pointer)
            pointer, end = unquote(ref[1:]), ref
        else:
            end = ends[pointer]
        for link in chain:
            ends[link] = end
    replacements = {
        pointer: end
        for pointer, end in ends.items()
        if end is not None and end != alias_at(pointer)
    }
    if not replacements:
        return spec
    collapsed: Mapping[str, Any] = replace_refs(spec, replacements)
    return collapsed
