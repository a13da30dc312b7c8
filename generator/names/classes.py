"""Model class names, from the spec alone.

A class is named for where its schema stands: a component by its key (``Callback_Internal`` →
``CallbackInternal``), anything inside a schema by the class it belongs to and the way there
(``Job`` → ``properties/owner`` → ``JobOwner``; ``items`` of ``vector_stores`` → ``VectorStore``),
a union branch by its ``title``, its tag (the one value of its discriminator or ``type``:
``type: mcp_protocol_error`` → ``McpProtocolError``) or its kind, a request body or response by its
path and method (``PetsPostRequest``). A name never depends on what else the spec holds, so a
change names nothing anew but what it touches; only two schemas that share every candidate name
get a number, with a warning (``models/class_names.py`` applies these rules).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..spec.pointers import HTTP_METHODS, unescape_pointer_token
from .identifiers import pascal_case
from .paths import is_date_version, split_path

# Properties that carry a union branch's tag when the spec names no discriminator, in order.
TAG_PROPERTIES = ("type", "object", "event", "kind")

_KEY_PIECES = re.compile(r"[\W_]+")
_NAMED_CHILDREN = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_NAME_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\W\d_A-Za-z]+")


def component_class(key: str) -> str:
    """The class of ``components/schemas/<key>``: the key's pieces, each capitalised, kept as
    written otherwise (``MCPTool``, ``account_capabilities`` → ``AccountCapabilities``)."""
    name = "".join(piece[:1].upper() + piece[1:] for piece in _KEY_PIECES.split(key) if piece)
    if not name:
        return "Model"
    if name[0].isdigit():
        name = f"Model{name}"
    return f"{name}Model" if keyword.iskeyword(name) or name in ("None", "True", "False") else name


def name_words(name: str) -> list[str]:
    """A class name's words (``ResponsesServerEvent`` → ``Responses``, ``Server``, ``Event``)."""
    return _NAME_WORDS.findall(name)


def joined(owner: str, role: str) -> str:
    """``owner`` followed by ``role``, without saying twice what both say: words ``owner`` ends
    with and ``role`` starts with are written once (``ToolChoice`` + ``ChoiceMode`` →
    ``ToolChoiceMode``), and so are two or more words both end with (``ChunkingStrategy`` +
    ``StaticChunkingStrategy`` → ``StaticChunkingStrategy``). A ``role`` that only repeats the
    end of ``owner`` adds nothing: the result is ``owner``, and the caller looks further."""
    if not role:
        return owner
    owner_words, role_words = name_words(owner), name_words(role)
    if owner_words[-len(role_words) :] == role_words:
        return owner
    merged = []
    for size in range(min(len(owner_words), len(role_words) - 1), 0, -1):
        if owner_words[-size:] == role_words[:size]:
            merged.append(owner + "".join(role_words[size:]))
            break
    for size in range(min(len(owner_words), len(role_words) - 1), 1, -1):
        if owner_words[-size:] == role_words[-size:]:
            merged.append("".join(owner_words[:-size]) + role)
            break
    merged.append(owner + role)
    return next((name for name in merged if not _doubled(name)), merged[-1])


def _doubled(name: str) -> bool:
    """True if a word, or a run of words, comes twice in a row (``PetsPets``, ``ToolChoiceToolChoice``)."""
    words = name_words(name)
    return any(
        words[start : start + size] == words[start + size : start + 2 * size]
        for size in range(1, len(words) // 2 + 1)
        for start in range(len(words) - 2 * size + 1)
    )


def _singular(word: str) -> str:
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def item_role(property_role: str) -> str:
    """The class of an array's items: the array's name made singular (``VectorStores`` →
    ``VectorStore``), or ``…Item`` when it has no plural to drop."""
    single = _singular(property_role)
    return single if single != property_role else f"{property_role}Item"


def tag(node: Any, discriminator: str | None) -> str | None:
    """The one value a union branch's tag property may take, if it has one."""
    if not isinstance(node, Mapping):
        return None
    properties = node.get("properties")
    if not isinstance(properties, Mapping):
        return None
    names = [discriminator] if discriminator else list(TAG_PROPERTIES)
    for name in names:
        value = _single_value(properties.get(name))
        if value is not None:
            return value
    return None


def _single_value(schema: Any) -> str | None:
    if not isinstance(schema, Mapping):
        return None
    if isinstance(schema.get("const"), str):
        return str(schema["const"])
    enum = schema.get("enum")
    if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
        return enum[0]
    return None


def kind_role(node: Any) -> str:
    """A word for what a schema is, for a branch with neither title nor tag."""
    if not isinstance(node, Mapping):
        return "Value"
    if "enum" in node or "const" in node:
        return "Enum"
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "array" or "items" in node:
        return "List"
    if kind == "object" or "properties" in node or "additionalProperties" in node:
        return "Object"
    if isinstance(kind, str) and kind:
        return pascal_case(kind)
    return "Variant"


def operation_class(segments: Sequence[str], spec: Any) -> tuple[str, int] | None:
    """The class of a schema in an operation: the path's words and the method, then what it is
    (``/pets`` ``post`` ``requestBody`` → ``PetsPostRequest``, a query parameter ``order`` →
    ``PetsGetOrder``); a webhook's or a callback's payload by its name (``NewPetWebhook``,
    ``OnEventCallback``); and how many of ``segments`` that name covers."""
    if len(segments) < 4 or segments[0] not in ("paths", "webhooks"):
        return None
    if segments[2] not in HTTP_METHODS:
        return None
    used = 3
    if segments[0] == "webhooks":  # the payload of webhook ``newPet`` is ``NewPetWebhook``
        base, payload = joined(pascal_case(segments[1]), "Webhook"), ""
    elif segments[3] == "callbacks" and len(segments) > 7 and segments[6] in HTTP_METHODS:
        base, payload, used = joined(pascal_case(segments[4]), "Callback"), "", 7
    else:
        base, payload = path_words(segments[1]) + segments[2].capitalize(), "Request"
    base = f"Model{base}" if base[:1].isdigit() else base
    operation = schema_at(spec, segments[:used])
    rest = segments[used:]
    if rest[0] == "requestBody" and len(rest) >= 4 and rest[1] == "content" and rest[3] == "schema":
        return base + payload, used + 4
    if rest[0] == "responses" and len(rest) >= 5 and rest[2] == "content" and rest[4] == "schema":
        responses = operation.get("responses") if isinstance(operation, Mapping) else None
        codes = [str(code) for code in responses] if isinstance(responses, Mapping) else []
        success = next((code for code in codes if code.startswith("2")), None)
        code = rest[1]
        suffix = "" if code == success else pascal_case(code) if code == "default" else code.upper()
        return f"{base}Response{suffix}", used + 5
    if rest[0] == "parameters" and len(rest) >= 3 and rest[2] == "schema":
        parameters = operation.get("parameters") if isinstance(operation, Mapping) else None
        try:
            parameter = parameters[int(rest[1])]  # type: ignore[index]
        except (TypeError, ValueError, IndexError, KeyError):
            return None
        name = parameter.get("name") if isinstance(parameter, Mapping) else None
        if not isinstance(name, str):
            return None
        return joined(base, pascal_case(name) or "Parameter"), used + 3
    return None


def path_words(path: str) -> str:
    """A path's words for a class name: without leading date versions and the last segment's
    format suffix (Twilio's ``/2010-04-01/Accounts/{AccountSid}/Messages.json`` →
    ``AccountsAccountSidMessages``), never starting with a digit."""
    segments = list(split_path(path))
    while len(segments) > 1 and is_date_version(segments[0]):
        segments.pop(0)
    name = pascal_case("/".join(segments))
    return f"Path{name}" if name[:1].isdigit() else name


def pointer_segments(pointer: str) -> list[str]:
    return (
        [unescape_pointer_token(token) for token in pointer[2:].split("/")]
        if pointer != "#"
        else []
    )


def schema_at(spec: Any, segments: Sequence[str]) -> Any:
    node = spec
    for segment in segments:
        if isinstance(node, Mapping):
            node = node.get(segment)
        elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
            node = node[int(segment)]
        else:
            return None
    return node


def role(spec: Any, where: Sequence[str], path: Sequence[str]) -> tuple[str, str | None]:
    """The words for the way from the schema at ``where`` down ``path``, and a title that may
    name the class on its own."""
    node = schema_at(spec, where)
    role, last_property, title = "", "", None
    index = 0
    while index < len(path):
        key = path[index]
        child = path[index + 1] if index + 1 < len(path) else None
        parent = node
        if key in _NAMED_CHILDREN and child is not None:
            node = schema_at(parent, [key, child])
            last_property = pascal_case(child) or "Property"
            role, index = joined(role, last_property) if role else last_property, index + 2
            continue
        if key in ("anyOf", "oneOf") and child is not None:
            branches = parent.get(key) if isinstance(parent, Mapping) else None
            node = schema_at(parent, [key, child])
            discriminator = parent.get("discriminator") if isinstance(parent, Mapping) else None
            words, title = branch_role(
                node,
                branches if isinstance(branches, list) else [],
                discriminator.get("propertyName") if isinstance(discriminator, Mapping) else None,
                spec,
            )
            role, index = joined(role, words) if role else words, index + 2
            continue
        if key == "items":
            if last_property and role.endswith(last_property):
                role = role[: len(role) - len(last_property)] + item_role(last_property)
            else:
                role += "Item"
        elif key == "additionalProperties":
            role += "Value"
        elif key in ("allOf", "prefixItems") and child is not None:
            node = schema_at(parent, [key, child])
            if key == "prefixItems":
                role += f"Item{child}"
            elif index + 2 == len(path):  # an inline member of allOf: a base of the class
                role += "Base"
            index += 2
            continue
        else:
            role += pascal_case(key)
        node = schema_at(parent, [key])
        last_property = ""
        index += 1
    return role, title


def branch_role(
    node: Any, siblings: Sequence[Any], discriminator: str | None, spec: Any
) -> tuple[str, str | None]:
    """A union branch's words (its title, its tag, or its kind) and its title alone."""
    if isinstance(node, Mapping) and isinstance(node.get("title"), str):
        title = pascal_case(node["title"])
        if title:
            return title, title
    value = _tag_through(node, discriminator, spec)
    if value and pascal_case(value):
        return pascal_case(value), None
    makes_class = [sibling for sibling in siblings if _makes_class(sibling)]
    if all(sibling is node for sibling in makes_class):
        return "", None
    kinds = [kind_role(sibling) for sibling in makes_class]
    own = kind_role(node)
    own = (
        "" if own == "Variant" else own
    )  # a branch of constraints alone: named by what it requires
    if own and kinds.count(own) == 1:
        return own, None
    others = {
        key for sibling in makes_class if sibling is not node for key in _property_names(sibling)
    }
    for key in _property_names(node):
        if key not in others and pascal_case(key):
            return pascal_case(key), None
    return f"{own or 'Variant'}{[id(s) for s in siblings].index(id(node)) + 1}", None


def _property_names(schema: Any) -> list[str]:
    """The properties a schema defines or requires, in order."""
    if not isinstance(schema, Mapping):
        return []
    defined = schema.get("properties")
    required = schema.get("required")
    names = [
        *(defined if isinstance(defined, Mapping) else ()),
        *(required if isinstance(required, list) else ()),
    ]
    return [str(name) for name in dict.fromkeys(names)]


def _tag_through(node: Any, discriminator: str | None, spec: Any) -> str | None:
    """A branch's tag, looking through ``allOf`` and ``$ref`` (a few steps, no loops)."""
    pending, seen = [node], 0
    while pending and seen < 16:
        current = pending.pop(0)
        seen += 1
        if not isinstance(current, Mapping):
            continue
        ref = current.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            pending.append(schema_at(spec, pointer_segments(ref)))
            continue
        value = tag(current, discriminator)
        if value is not None:
            return value
        members = current.get("allOf")
        if isinstance(members, list):
            pending.extend(members)
    return None


def _makes_class(schema: Any) -> bool:
    if not isinstance(schema, Mapping) or "$ref" in schema:
        return False
    kind = schema.get("type")
    return kind != "null" and (
        "enum" in schema
        or kind == "object"
        or any(key in schema for key in ("properties", "required", "allOf", "anyOf", "oneOf"))
    )
