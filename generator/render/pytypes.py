"""Python type annotations for schemas, as used in method signatures.

Models and enums are named by the class datamodel-code-generator made for
them; everything else is spelled out (``list[ClassifyJob]``, ``Literal[...]``).
Inputs are typed loosely where Python's variance demands it (``Sequence``,
``Mapping``); outputs are the concrete types that parsing produces.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from ..ir.model import MISSING, Api, Schema
from ..models import ModelSet
from ..names.reserved import TYPING_IMPORTS

Direction = Literal["in", "out"]


TypeKind = Literal["name", "generic", "union", "literal"]
LiteralValue = str | int | bool


@dataclass(frozen=True, slots=True)
class PyType:
    """A type annotation as a small tree (a name, a generic, a union, a literal), printed by
    :meth:`render`; what it needs imported travels with it."""

    kind: TypeKind
    name: str = ""  # a name, or a generic's (``list``)
    args: tuple[PyType, ...] = ()  # a generic's arguments, a union's members
    values: tuple[LiteralValue, ...] = ()  # a literal's values
    models: frozenset[str] = frozenset()  # class names from the package's types module
    names: frozenset[str] = frozenset()  # names from TYPING_IMPORTS or the package runtime

    def render(self, qualified: frozenset[str] = frozenset()) -> str:
        """The annotation's text; names in ``qualified`` are spelt ``builtins.<name>`` (inside a
        class whose method ``list`` hides the builtin ``list``)."""
        if self.kind == "union":
            return " | ".join(member.render(qualified) for member in self.args)
        if self.kind == "literal":
            return f"Literal[{', '.join(repr(value) for value in self.values)}]"
        name = f"builtins.{self.name}" if self.name in qualified else self.name
        if self.kind == "generic":
            return f"{name}[{', '.join(arg.render(qualified) for arg in self.args)}]"
        return name

    @property
    def text(self) -> str:
        return self.render()

    def __str__(self) -> str:
        return self.text

    @property
    def members(self) -> tuple[PyType, ...]:
        return self.args if self.kind == "union" else (self,)

    @property
    def is_class(self) -> bool:
        """A name or generic that can be called to parse (``Job``, ``list[Job]``): not a union,
        a literal or ``Any``."""
        return self.kind in ("name", "generic") and self.name != "Any"

    def identifiers(self) -> frozenset[str]:
        """Every name the annotation's text uses."""
        own = {self.name} if self.kind in ("name", "generic") else set()
        if self.kind == "literal":
            own = {"Literal"}
        return frozenset(own).union(*(arg.identifiers() for arg in self.args))

    def widened(self) -> PyType:
        """The type with each top-level literal as the types of its values: ``type[...]`` cannot
        hold a Literal."""
        parts: list[PyType] = []
        for member in self.members:
            if member.kind == "literal":
                parts.extend(named(type(value).__name__) for value in member.values)
            else:
                parts.append(member)
        return union_of(parts)


def named(name: str, *, models: frozenset[str] = frozenset(), names: Iterable[str] = ()) -> PyType:
    return PyType("name", name, models=models, names=frozenset(names))


def generic(name: str, *args: PyType, names: Iterable[str] = ()) -> PyType:
    return PyType(
        "generic",
        name,
        args,
        models=frozenset().union(*(arg.models for arg in args)),
        names=frozenset(names).union(*(arg.names for arg in args)),
    )


def literal(values: Iterable[LiteralValue]) -> PyType:
    return PyType("literal", values=tuple(values), names=frozenset({"Literal"}))


def union_of(parts: Iterable[PyType]) -> PyType:
    """The union of ``parts`` as written, each member once."""
    members: dict[str, PyType] = {}
    for part in parts:
        for member in part.members:
            members.setdefault(member.text, member)
    if len(members) == 1:
        return next(iter(members.values()))
    listed = tuple(members.values())
    return PyType(
        "union",
        args=listed,
        models=frozenset().union(*(m.models for m in listed)),
        names=frozenset().union(*(m.names for m in listed)),
    )


@dataclass(slots=True)
class ImportSet:
    """Collects what a module's annotations need, to render its import lines."""

    models: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    helpers: set[str] = field(default_factory=set)  # value encoders from the package's _base_client
    modules: set[str] = field(default_factory=set)  # imported whole (``import builtins``)
    streaming: set[str] = field(default_factory=set)  # from the package's _streaming

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
    """The union of ``parts``, where ``Any`` absorbs the rest."""
    combined = union_of(parts)
    if any(member.text == "Any" for member in combined.members):
        return ANY
    return combined


ANY = named("Any", names={"Any"})
NONE = named("None")


# Builtins an annotation may use that a method of the same name would hide inside its class.
BUILTIN_TYPES = frozenset(
    {"list", "dict", "str", "int", "float", "bool", "bytes", "type", "object"}
)


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
        if is_nullable and result.text != "Any":
            result = union([result, NONE])
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
            return named(model.name, models=frozenset({model.name}))
        if schema.ref is not None:
            return self._annotation(self.api.schemas[schema.ref], direction, depth + 1)
        if schema.const is not MISSING and isinstance(schema.const, (str, int, bool)):
            return literal([schema.const])
        if schema.enum is not None:
            values = [
                v for v in schema.enum if isinstance(v, (str, int)) and not isinstance(v, bool)
            ]
            if values and len(values) == len(schema.enum):
                return literal(values)
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
                return named("datetime", names={"datetime"})
            if schema.format == "date":
                return named("date", names={"date"})
            if schema.format in ("binary", "byte-stream"):
                return (
                    named("FileTypes", names={"FileTypes"}) if direction == "in" else named("bytes")
                )
            return named("str")
        if json_type == "integer":
            return named("int")
        if json_type == "number":
            return named("float")
        if json_type == "boolean":
            return named("bool")
        if json_type == "null":
            return NONE
        if json_type == "array" and schema.tuple_items:
            places = [self.annotation(p, direction, depth=depth + 1) for p in schema.tuple_items]
            return generic("tuple", *places)
        if json_type == "array":
            item = (
                self.annotation(schema.items, direction, depth=depth + 1)
                if schema.items is not None
                else ANY
            )
            if direction == "in":
                return generic("Sequence", item, names={"Sequence"})
            return generic("list", item)
        return self._object(schema, direction, depth)

    def _object(self, schema: Schema, direction: Direction, depth: int) -> PyType:
        value = ANY
        if isinstance(schema.additional_properties, Schema) and not schema.properties:
            value = self.annotation(schema.additional_properties, direction, depth=depth + 1)
        if direction == "in":
            return generic("Mapping", named("str"), value, names={"Mapping"})
        return generic("dict", named("str"), value)
