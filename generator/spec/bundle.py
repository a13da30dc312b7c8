"""A spec split across files, made one document: every ``$ref`` to another local file is
followed at load, so the later stages see local references only.

Each file is read once (by its real path) and parsed within the limits of ``limits.py``.
What a reference names in another file is hoisted into the main document's components, by
the name it has there (``schemas/pet.yaml#/Pet`` lands at ``#/components/schemas/Pet``, a
whole file by its name: ``./pet.yaml`` at ``#/components/schemas/pet``); a component that is
only such a reference, and a path item, take the content in their own place. The section
comes from where the reference stands (a parameter's ``schema`` holds a schema, an
operation's ``parameters`` parameters). Every hoisted node remembers the file and pointer
it came from, so an error inside it names them.

Only files inside the spec's folder tree are read (symbolic links resolved), or inside a
folder of ``spec_roots``; a URL is never fetched.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from ..errors import Location, SpecError
from .pointers import HTTP_METHODS, join_pointer, node_at, unescape_pointer_token

# A URI with a scheme (https:, file:, urn:): not a path relative to the referring file.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# Characters a pointer keeps as they are in a ``$ref`` written back (the others are %-encoded).
_POINTER_SAFE = "/~!$&'()*+,;=:@-._"

# The component section that holds each kind of object a reference can stand for.
_SECTIONS = {
    "schema": "schemas",
    "parameter": "parameters",
    "response": "responses",
    "requestBody": "requestBodies",
    "header": "headers",
    "example": "examples",
    "link": "links",
    "callback": "callbacks",
    "pathItem": "pathItems",
    "securityScheme": "securitySchemes",
}
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONE = (
    "items",
    "additionalItems",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
_ANY = "*"  # a pattern token matching every key of a mapping, every index of a list

# Where each kind of object holds references, and to what: (tokens, kind). Anything else
# (examples, defaults, extensions) is a value, whose ``$ref`` keys are data.
_LAYOUT: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "document": (
        (("paths", _ANY), "pathItem"),
        (("webhooks", _ANY), "pathItem"),
        *((("components", section, _ANY), kind) for kind, section in _SECTIONS.items()),
    ),
    "pathItem": (
        (("parameters", _ANY), "parameter"),
        *(((method,), "operation") for method in HTTP_METHODS),
    ),
    "operation": (
        (("parameters", _ANY), "parameter"),
        (("requestBody",), "requestBody"),
        (("responses", _ANY), "response"),
        (("callbacks", _ANY), "callback"),
    ),
    "callback": (((_ANY,), "pathItem"),),
    "parameter": (
        (("schema",), "schema"),
        (("content", _ANY), "mediaType"),
        (("examples", _ANY), "example"),
    ),
    "mediaType": (
        (("schema",), "schema"),
        (("examples", _ANY), "example"),
        (("encoding", _ANY, "headers", _ANY), "header"),
    ),
    "requestBody": ((("content", _ANY), "mediaType"),),
    "response": (
        (("headers", _ANY), "header"),
        (("content", _ANY), "mediaType"),
        (("links", _ANY), "link"),
    ),
    "schema": (
        *(((key, _ANY), "schema") for key in (*_SCHEMA_MAPS, *_SCHEMA_LISTS)),
        *(((key,), "schema") for key in _SCHEMA_ONE),
    ),
}
_LAYOUT["header"] = _LAYOUT["parameter"]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a node of the bundled document was written: its file and pointer there."""

    file: str
    pointer: str


@dataclass(frozen=True, slots=True)
class SpecFile:
    """One file of the spec: its name as messages show it, its path and its parsed content."""

    display: str
    path: Path  # absolute, as reached: the file's relative references start from its folder
    data: Any
    raw: bytes


# Reads and parses one file (within the limits), given its path and its name in messages.
Reader = Callable[[Path, str], tuple[bytes, Any]]


class Bundle:
    """The main document with every reference to another file made local (see the module)."""

    def __init__(self, main: SpecFile, roots: Iterable[Path], read: Reader) -> None:
        self.main = main
        self.read = read
        self.roots = tuple(dict.fromkeys(root.resolve() for root in roots))
        self.files: dict[Path, SpecFile] = {main.path.resolve(): main}
        self.hoisted: dict[tuple[Path, str], str] = {}  # (file, pointer) -> where it lands
        self.origins: dict[str, Origin] = {}  # where a node landed -> where it was written
        self.expanding: set[tuple[Path, str]] = set()
        self.pending: list[tuple[SpecFile, str, str, str]] = []  # file, pointer, kind, place
        components = main.data.get("components") if isinstance(main.data, dict) else None
        self.taken: dict[str, set[str]] = {
            section: set(components.get(section) or ())
            if isinstance(components, dict) and isinstance(components.get(section), dict)
            else set()
            for section in _SECTIONS.values()
        }

    def document(self) -> dict[str, Any]:
        """The bundled main document (the main file's data if it refers to no other file)."""
        self._reserve_components()
        data: dict[str, Any] = self._rewrite(self.main, self.main.data, "", "document", "")
        added: dict[str, dict[str, Any]] = {}
        while self.pending:
            file, pointer, kind, place = self.pending.pop(0)
            section, name = place.split("/")[2:4]
            content = self._rewrite(file, node_at(file.data, pointer), pointer, kind, place)
            added.setdefault(section, {})[unescape_pointer_token(name)] = content
        if not added:
            return data
        components = dict(data.get("components") or {})
        for section, entries in added.items():
            components[section] = {**(components.get(section) or {}), **entries}
        return {**data, "components": components}

    def _reserve_components(self) -> None:
        """A main component that is only a reference to another file takes the content in
        its own place, so it keeps its name: ``Pet: {$ref: ./pet.yaml}`` is the class Pet."""
        components = self.main.data.get("components")
        if not isinstance(components, dict):
            return
        for section in _SECTIONS.values():
            entries = components.get(section)
            if not isinstance(entries, dict):
                continue
            for name, node in entries.items():
                ref = node.get("$ref") if isinstance(node, dict) and len(node) == 1 else None
                if not isinstance(ref, str) or ref.startswith("#"):
                    continue
                place = join_pointer("/components", section, name)
                file, pointer = self._target(self.main, place, ref)
                self.hoisted.setdefault((file.path.resolve(), pointer), place)

    def _rewrite(self, file: SpecFile, node: Any, pointer: str, kind: str, place: str) -> Any:
        """``node`` (at ``pointer`` in ``file``, landing at ``place``) with its references
        to other files made local; the parts without any are shared, not copied."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and kind in _SECTIONS:
            ref = node["$ref"]
            if not (file is self.main and ref.startswith("#")):
                return self._reference(file, node, pointer, kind, place)
        changed: dict[tuple[str, ...], Any] = {}
        for tokens, child_kind in _LAYOUT.get(kind, ()):
            for path, child in _matches(node, tokens):
                new = self._rewrite(
                    file,
                    child,
                    join_pointer(pointer, *path),
                    child_kind,
                    join_pointer(place, *path),
                )
                if new is not child:
                    changed[path] = new
        return _with_changes(node, changed) if changed else node

    def _reference(
        self, file: SpecFile, node: dict[str, Any], pointer: str, kind: str, place: str
    ) -> Any:
        target, target_pointer = self._target(file, pointer, node["$ref"])
        if target is self.main:
            return {**node, "$ref": "#" + quote(target_pointer, safe=_POINTER_SAFE)}
        key = (target.path.resolve(), target_pointer)
        landed = self._landed(key)
        if landed is None and kind == "pathItem":
            # A path item is taken in place: OpenAPI 3.0 has no components section for it.
            landed = self.hoisted[key] = place
        if landed == place and key not in self.expanding:
            self.origins[place] = Origin(target.display, target_pointer)
            self.expanding.add(key)
            content = self._rewrite(
                target, node_at(target.data, target_pointer), target_pointer, kind, place
            )
            self.expanding.discard(key)
            siblings = {name: value for name, value in node.items() if name != "$ref"}
            return {**content, **siblings} if isinstance(content, dict) and siblings else content
        if landed is None:
            landed = self._hoist(key, target, target_pointer, kind)
        return {**node, "$ref": "#" + quote(landed, safe=_POINTER_SAFE)}

    def _landed(self, key: tuple[Path, str]) -> str | None:
        """Where the node at ``key`` lands: its own place, or inside a node hoisted whole."""
        path, pointer = key
        tokens = pointer.split("/")
        for end in range(len(tokens), 0, -1):
            place = self.hoisted.get((path, "/".join(tokens[:end])))
            if place is not None:
                return place + "".join("/" + token for token in tokens[end:])
        return None

    def _hoist(self, key: tuple[Path, str], file: SpecFile, pointer: str, kind: str) -> str:
        section = _SECTIONS[kind]
        name = unescape_pointer_token(pointer.rsplit("/", 1)[-1]) if pointer else ""
        words = self._file_words(file)
        if not name:  # a whole file: by its name
            name, words = words[-1], words[:-1]
        taken = self.taken[section]
        # The name it has; on a clash, led by its file's folders and name; numbered at last.
        words = [word for word in words if word.casefold() != name.casefold()]
        candidates = [
            name,
            "_".join([*words, name]),
            *(f"{name}_{n}" for n in range(2, len(taken) + 3)),
        ]
        chosen = next(candidate for candidate in candidates if candidate not in taken)
        taken.add(chosen)
        place = join_pointer("/components", section, chosen)
        self.hoisted[key] = place
        self.origins[place] = Origin(file.display, pointer)
        self.pending.append((file, pointer, kind, place))
        return place

    def _file_words(self, file: SpecFile) -> list[str]:
        """``schemas/pet.yaml`` -> ``["schemas", "pet"]``: the file's path from the spec's folder."""
        relative = os.path.relpath(file.path, self.main.path.parent)
        parts = [part for part in Path(relative).parts if part not in ("..", ".")]
        parts[-1] = parts[-1].split(".")[0] or "file"
        return parts

    def _target(self, file: SpecFile, pointer: str, ref: str) -> tuple[SpecFile, str]:
        """The file and pointer ``ref`` (written at ``pointer`` in ``file``) names."""
        where = Location(file.display, join_pointer(pointer, "$ref"))
        if _SCHEME.match(ref):
            raise SpecError(
                f"$ref {ref!r} is a URL, which sdkgen never fetches: save the document beside "
                "the spec and refer to it by a relative path",
                where,
            )
        location, _, fragment = ref.partition("#")
        target_pointer = unquote(fragment)
        if target_pointer and not target_pointer.startswith("/"):
            raise SpecError(
                f"$ref {ref!r}: what follows '#' must be a JSON pointer (starting with '/')", where
            )
        target = self._open(file, unquote(location), ref, where) if location else file
        try:
            node_at(target.data, target_pointer)
        except KeyError:
            raise SpecError(
                f"$ref {ref!r} points to nothing: {target.display} has no #{target_pointer}",
                where,
            ) from None
        return target, target_pointer

    def _open(self, file: SpecFile, relative: str, ref: str, where: Location) -> SpecFile:
        """The file at ``relative`` to ``file``'s folder, read and parsed once."""
        path = Path(os.path.normpath(file.path.parent / relative))
        display = os.path.normpath(os.path.join(os.path.dirname(file.display), relative))
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):  # missing, a symbolic link loop, unreadable
            raise SpecError(f"$ref {ref!r}: no such file {display}", where) from None
        if not any(real.is_relative_to(root) for root in self.roots):
            raise SpecError(
                f"$ref {ref!r} reads {display}, outside the spec's folder {self.roots[0]}; "
                "add its folder to spec_roots in [tool.sdkgen] to allow it",
                where,
            )
        known = self.files.get(real)
        if known is not None:
            return known
        if not real.is_file():
            raise SpecError(f"$ref {ref!r}: {display} is not a file", where)
        raw, data = self.read(path, display)
        self.files[real] = SpecFile(display, path, data, raw)
        return self.files[real]


def _matches(node: Any, tokens: tuple[str, ...]) -> list[tuple[tuple[str, ...], Any]]:
    """``(path, child)`` for each node below ``node`` that the pattern ``tokens`` reaches."""
    found: list[tuple[tuple[str, ...], Any]] = [((), node)]
    for token in tokens:
        found = [
            ((*path, key), child)
            for path, current in found
            for key, child in _children(current, token)
        ]
    if tokens[-1] not in _SCHEMA_ONE:
        return found
    # ``items: [...]`` (older JSON Schema drafts) holds a schema per place.
    spread: list[tuple[tuple[str, ...], Any]] = []
    for path, child in found:
        if isinstance(child, list):
            spread.extend(((*path, str(index)), item) for index, item in enumerate(child))
        else:
            spread.append((path, child))
    return spread


def _children(node: Any, token: str) -> list[tuple[str, Any]]:
    if isinstance(node, dict):
        if token == _ANY:
            return [(key, value) for key, value in node.items() if isinstance(key, str)]
        return [(token, node[token])] if token in node else []
    if isinstance(node, list) and token == _ANY:
        return [(str(index), value) for index, value in enumerate(node)]
    return []


def _with_changes(node: Any, changed: Mapping[tuple[str, ...], Any]) -> Any:
    """``node`` with the children at the paths of ``changed`` replaced, copying only the
    containers on the way."""
    heads: dict[str, dict[tuple[str, ...], Any]] = {}
    for path, value in changed.items():
        heads.setdefault(path[0], {})[path[1:]] = value
    if isinstance(node, dict):
        return {
            key: _replaced(value, heads[key]) if key in heads else value
            for key, value in node.items()
        }
    return [
        _replaced(value, heads[str(index)]) if str(index) in heads else value
        for index, value in enumerate(node)
    ]


def _replaced(child: Any, below: Mapping[tuple[str, ...], Any]) -> Any:
    return below[()] if () in below else _with_changes(child, below)
