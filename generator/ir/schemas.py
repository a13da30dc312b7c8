"""Schema objects: JSON Schema nodes, normalised across OpenAPI 3.0 and 3.1."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from ..config import Config
from ..errors import Diagnostics, SpecError
from ..names.identifiers import MODEL_ATTRIBUTES, python_identifier, unique
from ..spec.loader import Document
from ..spec.pointers import escape_pointer_token, join_pointer, ref_target, unescape_pointer_token
from ..spec.tuples import is_fixed_tuple
from .context import Abandoned, Context
from .model import (
    MISSING,
    Discriminator,
    Property,
    Schema,
)

# JSON Schema keywords the models do not express yet, and what the SDK does instead.
_UNSUPPORTED_KEYWORDS = {
    "not": "'not' is not supported yet; the value is not checked against it",
    "patternProperties": "patternProperties are not supported yet; the value is typed as a dict, its keys unchecked",
    "if": "if/then/else is not supported yet; the value is not checked against it",
    "dependentSchemas": "dependentSchemas are not supported yet; the value is not checked against them",
    "unevaluatedProperties": "unevaluatedProperties is not supported yet; the value is not checked against it",
}
UNSUPPORTED_KEYWORD = "unsupported schema keyword"  # the kind of warning these are
JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})


class SchemaBuilder(Context):
    """Each schema node becomes one :class:`Schema`, memoised by its JSON pointer."""

    def __init__(self, document: Document, config: Config, diagnostics: Diagnostics) -> None:
        super().__init__(document, config, diagnostics)
        self.built: dict[str, Schema] = {}  # every schema node built, by pointer
        self.named: dict[str, Schema] = {}  # $ref targets and components/schemas, by pointer
        self._pending: list[str] = []
        self._failed: set[str] = set()  # $ref targets whose error is reported: never built again

    def named_schema(self, pointer: str) -> None:
        """Make sure the schema at ``pointer`` (a $ref target) is built."""
        if pointer not in self.named:
            self._want(pointer)
            self.drain_pending()

    def _want(self, pointer: str) -> None:
        if pointer not in self._pending and pointer not in self._failed:
            self._pending.append(pointer)

    def drain_pending(self) -> None:
        while self._pending:
            pointer = self._pending[-1]
            try:
                try:
                    node = self.doc.node_at(pointer)
                except KeyError:
                    raise self.error("schema not found", pointer) from None
                schema = self.schema(node, pointer, name=self.component_name(pointer))
            except SpecError:
                self._failed.add(pointer)
                raise
            finally:
                self._pending.remove(pointer)
            self.named[pointer] = schema

    def drain_all(self) -> None:
        """Build every schema a $ref reaches, keeping the error of each that cannot be."""
        while self._pending:
            with self.recovering():
                self.drain_pending()

    @staticmethod
    def component_name(pointer: str) -> str | None:
        prefix = "/components/schemas/"
        if pointer.startswith(prefix) and "/" not in pointer[len(prefix) :]:
            return unescape_pointer_token(pointer[len(prefix) :])
        return None

    def schema(self, node: Any, pointer: str, *, name: str | None = None) -> Schema:
        cached = self.built.get(pointer)
        if cached is not None:
            return cached
        if isinstance(node, bool):  # JSON Schema allows true/false as schemas
            schema = Schema(pointer=pointer, name=name)
            self.built[pointer] = schema
            return schema
        node = self.mapping(node, pointer, "a schema")
        for keyword in _UNSUPPORTED_KEYWORDS.keys() & node.keys():
            self.warn(
                _UNSUPPORTED_KEYWORDS[keyword], join_pointer(pointer, keyword), UNSUPPORTED_KEYWORD
            )
        ref = ref_target(node)
        if "$ref" in node:
            _, ref = self.deref(
                node, pointer
            )  # checks the reference, reports loops and dangling refs
            if ref not in self.named:
                self._want(ref)
        types, nullable = self.types(node, pointer)
        enum = node.get("enum")
        if enum is not None:
            if not isinstance(enum, list):
                raise self.error("enum must be a list", join_pointer(pointer, "enum"))
            if not enum:
                self.warn(
                    "enum is empty, so no value would be valid; the SDK ignores it and "
                    "types the value by the rest of the schema",
                    join_pointer(pointer, "enum"),
                    "empty enum",
                )
                enum = None
            elif None in enum:
                nullable = True
                enum = [value for value in enum if value is not None]
        one_of = self.schema_list(node, "oneOf", pointer)
        any_of = self.schema_list(node, "anyOf", pointer)
        # `anyOf: [X, {type: null}]` is how 3.1 (and FastAPI) spell a nullable X.
        one_of, nullable_one = self.strip_null_branch(one_of)
        any_of, nullable_any = self.strip_null_branch(any_of)
        nullable = nullable or nullable_one or nullable_any
        single = (
            (one_of or any_of) if len(one_of or any_of) == 1 and not (one_of and any_of) else ()
        )
        required_names = node.get("required") or []
        if not isinstance(required_names, list):
            raise self.error(
                "required must be a list of property names", join_pointer(pointer, "required")
            )
        examples = node.get("examples")
        if isinstance(examples, dict):  # an OpenAPI examples map, not JSON Schema's list
            examples = [
                value.get("value") for value in examples.values() if isinstance(value, dict)
            ]
        examples_tuple = tuple(examples) if isinstance(examples, list) else ()
        if "example" in node and not examples_tuple:
            examples_tuple = (node["example"],)
        base = Schema(
            pointer=pointer,
            name=name,
            ref=ref,
            types=types,
            nullable=nullable,
            format=self.text(node, "format", pointer),
            title=node.get("title") if isinstance(node.get("title"), str) else None,
            description=self.text(node, "description", pointer),
            enum=tuple(enum) if enum is not None else None,
            const=node.get("const", MISSING),
            default=node.get("default", MISSING),
            examples=examples_tuple,
            properties=self.properties(node, pointer),
            additional_properties=self.additional_properties(node, pointer),
            items=self.items(node, pointer),
            tuple_items=self.tuple_items(node, pointer),
            all_of=self.schema_list(node, "allOf", pointer),
            any_of=() if single else any_of,
            one_of=() if single else one_of,
            discriminator=self.discriminator(node, pointer),
            read_only=node.get("readOnly") is True,
            write_only=node.get("writeOnly") is True,
            deprecated=node.get("deprecated") is True,
            content_media_type=node.get("contentMediaType")
            if isinstance(node.get("contentMediaType"), str)
            else None,
            **_bounds(node),
        )
        if single and ref is None:
            # Fold the one remaining branch into this node, keeping this node's annotations.
            branch = single[0]
            base = _merge_branch(base, branch)
        self.built[pointer] = base
        return base

    def types(self, node: Mapping[str, Any], pointer: str) -> tuple[tuple[str, ...], bool]:
        raw = node.get("type")
        if raw is None:
            listed: list[Any] = []
        elif isinstance(raw, list):
            listed = raw
        else:
            listed = [raw]
        for value in listed:
            if value not in JSON_TYPES:
                raise self.error(f"unknown type {value!r}", join_pointer(pointer, "type"))
        nullable = "null" in listed or node.get("nullable") is True
        types = tuple(dict.fromkeys(value for value in listed if value != "null"))
        if not types and listed == ["null"]:
            types = ("null",)
        return types, nullable

    def schema_list(self, node: Mapping[str, Any], key: str, pointer: str) -> tuple[Schema, ...]:
        raw = node.get(key)
        if raw is None:
            return ()
        where = join_pointer(pointer, key)
        if not isinstance(raw, list):
            raise self.error(f"{key} must be a list of schemas", where)
        return tuple(
            self.schema(item, join_pointer(where, index)) for index, item in enumerate(raw)
        )

    @staticmethod
    def strip_null_branch(branches: tuple[Schema, ...]) -> tuple[tuple[Schema, ...], bool]:
        kept = tuple(b for b in branches if b.types != ("null",))
        return kept, len(kept) != len(branches)

    def properties(self, node: Mapping[str, Any], pointer: str) -> tuple[Property, ...]:
        where = join_pointer(pointer, "properties")
        raw = self.mapping(node.get("properties"), where, "properties")
        required = set(node.get("required") or [])
        taken: set[str] = set()
        result = []
        for wire_name, value in raw.items():
            # As the models name the attribute: fooBar, foo_bar → foo_bar, foo_bar_1; copy → copy_.
            python_name = unique(
                python_identifier(str(wire_name), fallback="field", reserved=MODEL_ATTRIBUTES),
                taken,
                first=1,
            )
            schema = self.schema(value, join_pointer(where, wire_name))
            result.append(Property(str(wire_name), python_name, schema, wire_name in required))
        return tuple(result)

    def additional_properties(self, node: Mapping[str, Any], pointer: str) -> Schema | bool | None:
        raw = node.get("additionalProperties")
        if raw is None or isinstance(raw, bool):
            return raw
        return self.schema(raw, join_pointer(pointer, "additionalProperties"))

    def tuple_items(self, node: Mapping[str, Any], pointer: str) -> tuple[Schema, ...]:
        """The places of a fixed-length tuple; a ``prefixItems`` array of another length is
        a list of its items' types, with a warning."""
        prefix = self.schema_list(node, "prefixItems", pointer)
        if prefix and not is_fixed_tuple(node):
            self.warn(
                "prefixItems of a variable length are not supported; the value is typed as a "
                "list (a tuple needs minItems, and maxItems or items: false, equal to the "
                "number of prefixItems)",
                join_pointer(pointer, "prefixItems"),
                UNSUPPORTED_KEYWORD,
            )
            return ()
        return prefix

    def items(self, node: Mapping[str, Any], pointer: str) -> Schema | None:
        raw = node.get("items")
        if raw is None or "prefixItems" in node:
            return None  # a tuple's places are its tuple_items
        if isinstance(raw, list):  # tuple validation (3.0 style); describe it by its first item
            self.warn(
                "tuple-style 'items' lists are not supported yet; the value is typed as a list",
                join_pointer(pointer, "items"),
                UNSUPPORTED_KEYWORD,
            )
            return self.schema(raw[0], join_pointer(pointer, "items", 0)) if raw else None
        return self.schema(raw, join_pointer(pointer, "items"))

    def discriminator(self, node: Mapping[str, Any], pointer: str) -> Discriminator | None:
        raw = node.get("discriminator")
        if raw is None:
            return None
        where = join_pointer(pointer, "discriminator")
        raw = self.mapping(raw, where, "discriminator")
        name = raw.get("propertyName")
        if not isinstance(name, str):
            raise self.error("discriminator needs a propertyName", where)
        mapping = {}
        for value, target in self.mapping(
            raw.get("mapping"), join_pointer(where, "mapping"), "mapping"
        ).items():
            if isinstance(target, str) and not target.startswith("#"):
                target = "#/components/schemas/" + escape_pointer_token(target)
            mapping[str(value)] = str(target)[1:]
        return Discriminator(name, MappingProxyType(mapping))

    def resolved(self, schema: Schema) -> Schema:
        for _ in range(64):
            if schema.ref is None:
                return schema
            self.named_schema(schema.ref)
            if schema.ref in self._failed:
                raise Abandoned  # its error is kept; what reads it cannot go on
            schema = self.named[schema.ref]
        return schema

    def object_properties(
        self, schema: Schema, visiting: frozenset[str] = frozenset()
    ) -> tuple[tuple[Property, ...] | None, set[str]]:
        """The properties of an object schema, merging allOf parts; None if it is not a plain object
        (nor is one that extends itself: the allOf cycle is reported once the schemas are read)."""
        schema = self.resolved(schema)
        if schema.any_of or schema.one_of or schema.pointer in visiting:
            return None, set()
        properties: dict[str, Property] = {}
        for part in schema.all_of:
            found, _ = self.object_properties(part, visiting | {schema.pointer})
            if found is None:
                return None, set()
            properties.update((p.name, p) for p in found)
        if not schema.is_object and not schema.all_of:
            return None, set()
        properties.update((p.name, p) for p in schema.properties)
        required = {p.name for p in properties.values() if p.required}
        return tuple(properties.values()), required

    def check_inheritance(self) -> None:
        """A schema that extends itself through allOf, directly or through others, has no model."""
        for start, schema in self.named.items():
            pending = [(target, site, [start]) for target, site in _parents(schema)]
            seen: set[str] = set()
            while pending:
                target, site, chain = pending.pop()
                if target == start:
                    loop = " -> ".join([*chain, target])
                    raise self.error(f"allOf cycle: a schema cannot extend itself: {loop}", site)
                if target in seen or target not in self.named:
                    continue
                seen.add(target)
                pending.extend(
                    (after, site, [*chain, target]) for after, _ in _parents(self.named[target])
                )


def _parents(schema: Schema) -> Iterator[tuple[str, str]]:
    """``(schema it extends, its $ref site)`` for each allOf reference, inline parts included."""
    for part in schema.all_of:
        if part.ref is not None:
            yield part.ref, join_pointer(part.pointer, "$ref")
        else:
            yield from _parents(part)


def _merge_branch(outer: Schema, branch: Schema) -> Schema:
    """``anyOf: [X, null]`` → X, keeping the outer node's own description, default and examples."""
    return replace(
        branch,
        pointer=outer.pointer,
        name=outer.name,
        nullable=outer.nullable or branch.nullable,
        title=outer.title or branch.title,
        description=outer.description or branch.description,
        default=outer.default if outer.default is not MISSING else branch.default,
        examples=outer.examples or branch.examples,
        deprecated=outer.deprecated or branch.deprecated,
        read_only=outer.read_only or branch.read_only,
        write_only=outer.write_only or branch.write_only,
    )


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _bounds(node: Mapping[str, Any]) -> dict[str, Any]:
    """minimum/maximum and their exclusive forms (3.0: a flag beside the bound; 3.1: the bound itself)."""
    bounds: dict[str, Any] = {}
    for side in ("minimum", "maximum"):
        bound = _number(node.get(side))
        exclusive_key = "exclusive" + side.capitalize()
        exclusive = node.get(exclusive_key)
        if _number(exclusive) is not None:
            bound, exclusive = _number(exclusive), True
        if bound is not None:
            bounds[side] = bound
            bounds[f"exclusive_{side}"] = exclusive is True
    min_length = node.get("minLength")
    if isinstance(min_length, int) and not isinstance(min_length, bool):
        bounds["min_length"] = min_length
    return bounds
