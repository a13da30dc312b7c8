"""Which named schemas users send, and which they read.

A schema is on the request side when a parameter or a request body reaches it, on the
response side when a success response reaches it, through ``$ref``s, properties, items,
``additionalProperties`` and the parts of ``allOf``/``oneOf``/``anyOf``. A schema no
operation reaches (a webhook payload, a WebSocket event) is still a model class of the SDK
that users may build or parse by hand, so it is judged as both sent and read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..ir.model import Api, Schema
from .changes import BOTH, Side


def children(schema: Schema) -> Iterator[Schema]:
    """The schemas directly inside ``schema`` (not through its ``$ref``)."""
    for prop in schema.properties:
        yield prop.schema
    if schema.items is not None:
        yield schema.items
    if isinstance(schema.additional_properties, Schema):
        yield schema.additional_properties
    yield from schema.all_of
    yield from schema.one_of
    yield from schema.any_of


def _reached(api: Api, roots: list[Schema]) -> set[str]:
    """The pointers of the named schemas reachable from ``roots``."""
    named: set[str] = set()
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        schema = stack.pop()
        if schema.pointer in seen:
            continue
        seen.add(schema.pointer)
        if schema.name:
            named.add(schema.pointer)
        if schema.ref is not None and schema.ref in api.schemas:
            stack.append(api.schemas[schema.ref])
        stack.extend(children(schema))
    return named


@dataclass(frozen=True, slots=True)
class Reach:
    """The named schemas users send and read in one version, by pointer."""

    sent: frozenset[str]
    read: frozenset[str]

    @classmethod
    def of(cls, api: Api) -> Reach:
        sent: list[Schema] = []
        read: list[Schema] = []
        for operation in api.operations:
            sent.extend(parameter.schema for parameter in operation.parameters)
            if operation.request_body is not None:
                sent.append(operation.request_body.schema)
            read.extend(r.schema for r in operation.successes if r.schema is not None)
        return cls(frozenset(_reached(api, sent)), frozenset(_reached(api, read)))

    @property
    def used(self) -> frozenset[str]:
        return self.sent | self.read

    def sides(self, pointer: str) -> tuple[Side, ...]:
        """What users do with the schema at ``pointer``: both for one no operation reaches."""
        pairs: list[tuple[Side, frozenset[str]]] = [("request", self.sent), ("response", self.read)]
        found = tuple(side for side, pointers in pairs if pointer in pointers)
        return found or BOTH
