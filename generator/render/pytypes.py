"""Python type annotations for schemas, as used in method signatures.

Models and enums are named by the class datamodel-code-generator made for
them; everything else is spelled out (``list[ClassifyJob]``, ``Literal[...]``).
Inputs are typed loosely where Python's variance demands it (``Sequence``,
``Mapping``); outputs are the concrete types that parsing produces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..ir.model import MISSING, Api, Schema
from ..models import ModelSet
from ..names.reserved import TYPING_IMPORTS

Direction = Literal["in", "out"]


@dataclass(frozen=True, slots=True)
class PyType:
    text: str
    models: frozenset[str] = frozenset()  # class names from the package's types module
    names: frozenset[str] = frozenset()  # names from TYPING_IMPORTS or the package runtime

    def __str__(self) -> str:
        return self.text


@dataclass(slots=True)
class ImportSet:
    """Collects what a module's annotations need, to render its import lines."""

    models: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    helpers: set[str] = field(default_factory=set)  # value encoders from the package's _base_client
    modules: set[str] = field(default_factory=set)  # imported whole (``import builtins``)

    def add(self, pytype: PyType) -> PyType:
        self.models |= pytype.models
        self.names |= pytype.names
        return pytype

    def from_modules(self) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = {}
        for name in sorted(self.names):
            module = TYPING_IMPORTS.get(name)
            if module is not None:
                grouped.setdefault(module, []).append(name)
        return grouped


def union(parts: list[PyType]) -> PyType:
    unique: dict[str, PyType] = {}
    for part in parts:
        for piece in split_union(part.text):
            unique.setdefault(piece, part)
    if "Any" in unique:
        return PyType("Any", names=frozenset({"Any"}))
    text = " | ".join(unique)
    return PyType(
        text,
        frozenset().union(*(p.models for p in parts)),
        frozenset().union(*(p.names for p in parts)),
    )


def split_union(text: str) -> list[str]:
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(text[start:index].strip())
            start = index + 1
    pieces.append(text[start:].strip())
    return pieces


ANY = PyType("Any", names=frozenset({"Any"}))


# Builtins an annotation may use that a method of the same name would hide inside its class.
BUILTIN_TYPES = frozenset(
    {"list", "dict", "str", "int", "float", "bool", "bytes", "type", "object"}
)
_QUOTED = re.compile(r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")


class TypeMapper:
    def __init__(self, api: Api, models: ModelSet) -> None:
        self.api = api
        self.models = models
        self._class_names: dict[tuple[str, ...], frozenset[str]] | None = None

    def hidden_builtins(self, resource_path: tuple[str, ...]) -> frozenset[str]:
        """Builtins that a method or sub-resource of this resource class hides (``def list``)."""
        if self._class_names is None:
            found: dict[tuple[str, ...], set[str]] = {}
            for operation in self.api.operations:
                found.setdefault(operation.resource_path, set()).add(operation.method_name)
            for resource in self.api.all_resources():
                found.setdefault(resource.path[:-1], set()).add(resource.name)
            self._class_names = {
                path: frozenset(names & BUILTIN_TYPES) for path, names in found.items()
            }
        return self._class_names.get(resource_path, frozenset())

    def annotation(
        self,
        schema: Schema,
        direction: Direction = "out",
        *,
        nullable: bool | None = None,
        depth: int = 0,
    ) -> PyType:
        result = self._annotation(schema, direction, depth=depth)
        is_nullable = self._nullable(schema) if nullable is None else nullable
        if is_nullable and result.text != "Any" and "None" not in split_union(result.text):
            result = union([result, PyType("None")])
        return result

    def _nullable(self, schema: Schema) -> bool:
        """Whether ``schema`` allows null, itself or through the schemas its ``$ref`` chain names
        (OpenAPI 3.0's ``nullable: true`` on a component makes every reference to it nullable)."""
        for _ in range(64):
            if schema.nullable:
                return True
            if schema.ref is None:
                return False
            schema = self.api.schemas[schema.ref]
        return False

    def _annotation(self, schema: Schema, direction: Direction, depth: int) -> PyType:
        if depth > 16:
            return ANY
        model = self.models.for_pointer(schema.ref or schema.pointer)
        if model is not None and model.kind in ("model", "enum"):
            return PyType(model.name, models=frozenset({model.name}))
        if schema.ref is not None:
            return self._annotation(self.api.schemas[schema.ref], direction, depth + 1)
        if schema.const is not MISSING and isinstance(schema.const, (str, int, bool)):
            return PyType(f"Literal[{schema.const!r}]", names=frozenset({"Literal"}))
        if schema.enum is not None:
            values = [
                v for v in schema.enum if isinstance(v, (str, int)) and not isinstance(v, bool)
            ]
            if values and len(values) == len(schema.enum):
                return PyType(
                    f"Literal[{', '.join(repr(v) for v in values)}]", names=frozenset({"Literal"})
                )
            return ANY
        branches = schema.one_of or schema.any_of
        if branches:
            return union([self.annotation(b, direction, depth=depth + 1) for b in branches])
        if len(schema.all_of) == 1 and not schema.properties:
            return self._annotation(schema.all_of[0], direction, depth + 1)
        if not schema.types:
            if schema.properties or schema.all_of:
                return self._object(schema, direction, depth)
            return ANY
        return union([self._typed(schema, t, direction, depth) for t in schema.types])

    def _typed(self, schema: Schema, json_type: str, direction: Direction, depth: int) -> PyType:
        if json_type == "string":
            if schema.format == "date-time":
                return PyType("datetime", names=frozenset({"datetime"}))
            if schema.format == "date":
                return PyType("date", names=frozenset({"date"}))
            if schema.format in ("binary", "byte-stream"):
                return (
                    PyType("FileTypes", names=frozenset({"FileTypes"}))
                    if direction == "in"
                    else PyType("bytes")
                )
            return PyType("str")
        if json_type == "integer":
            return PyType("int")
        if json_type == "number":
            return PyType("float")
        if json_type == "boolean":
            return PyType("bool")
        if json_type == "null":
            return PyType("None")
        if json_type == "array":
            item = (
                self.annotation(schema.items, direction, depth=depth + 1)
                if schema.items is not None
                else ANY
            )
            container = "Sequence" if direction == "in" else "list"
            names = item.names | ({"Sequence"} if direction == "in" else set())
            return PyType(f"{container}[{item.text}]", item.models, frozenset(names))
        return self._object(schema, direction, depth)

    def _object(self, schema: Schema, direction: Direction, depth: int) -> PyType:
        value = ANY
        if isinstance(schema.additional_properties, Schema) and not schema.properties:
            value = self.annotation(schema.additional_properties, direction, depth=depth + 1)
        container = "Mapping" if direction == "in" else "dict"
        names = value.names | ({"Mapping"} if direction == "in" else set())
        return PyType(f"{container}[str, {value.text}]", value.models, frozenset(names))


def qualify_builtins(text: str, hidden: frozenset[str]) -> str:
    """``list[Job]`` → ``builtins.list[Job]`` where the class defines ``list``; quoted text is left alone."""
    if not hidden:
        return text
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(hidden)) + r")(?!\w)")
    parts = _QUOTED.split(text)
    return "".join(
        part if index % 2 else pattern.sub(r"builtins.\1", part) for index, part in enumerate(parts)
    )
