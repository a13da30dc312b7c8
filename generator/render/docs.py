"""What an API reference page shows: field trees, type summaries and examples.

The layout is in ``templates/docs/``; this module only decides content, in
the style of the service's own reference pages: required fields first, then
optional ones, each group alphabetical; enums summarised as ``"A" or "B" or
"C" or 2 more``; objects as ``object { a, b }``; example values made from the
schema's examples and formats.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..escaping import pyrepr
from ..ir.model import MISSING, Api, BodyField, Operation, Property, Schema
from ..names.identifiers import pascal_case
from .filters import shell_quote
from .methods import MethodView

ENUM_SHOWN = 3
MAX_DEPTH = 8
EXAMPLE_BUDGET = 500  # nodes per example: deep schema graphs would otherwise explode
MAX_EXAMPLE_DEPTH = 64  # past it an example stops at an empty value, however the schemas go on
# Fields per tree (a page's parameters, its response): past it, nested schemas show their
# type only. Richly nested specs (Stripe's) would otherwise get pages of half a megabyte.
FIELD_BUDGET = 300
_FORMAT_EXAMPLES = {
    "uuid": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
    "date-time": "2019-12-27T18:11:19.117Z",
    "date": "2019-12-27",
    "time": "18:11:19.117Z",
    "email": "dev@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
}


@dataclass(frozen=True, slots=True)
class DocField:
    name: str
    summary: str  # e.g. 'optional "FAST" or "MULTIMODAL"'
    description: str | None
    children: tuple[DocField, ...]


@dataclass(frozen=True, slots=True)
class DocPage:
    operation: Operation
    parameters: tuple[DocField, ...]
    returns: DocField | None
    example_command: tuple[str, ...]  # the CLI call, one argument group per line
    example_response: str | None  # JSON
    events: DocField | None = None  # each server-sent event, when the spec describes them


@dataclass(slots=True)
class _Layout:
    """What a field tree has laid out so far."""

    expanded: set[str] = field(default_factory=set)  # named schemas, by pointer
    fields_left: int = field(default_factory=lambda: FIELD_BUDGET)  # read late: tests lower it


class DocBuilder:
    def __init__(self, api: Api, cli_name: str) -> None:
        self.api = api
        self.cli_name = cli_name

    @property
    def api_name(self) -> str:
        """``LlamaCloud API`` for the titles ``LlamaCloud API`` and ``LlamaCloud``: the title, with
        ``API`` unless it names an API already (``Petstore API v1``, ``Stripe REST APIs``)."""
        title = " ".join(self.api.title.split())
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", title)}
        return title if words & {"api", "apis"} else f"{title} API"

    @property
    def reference_title(self) -> str:
        """``LlamaCloud API reference``, not ``LlamaCloud API API reference``."""
        return f"{self.api_name} reference"

    def example_arguments(self, method: MethodView, empty: str | None = None) -> list[str]:
        """``name=value`` for each required argument of ``method``, its value an example (the
        empty string for the argument named ``empty``), as the README and the SDK's tests call it."""
        return [
            f"{arg.python_name}="
            + pyrepr(
                "" if arg.python_name == empty else self.example_value(arg.schema, arg.wire_name)
            )
            for arg in method.args
            if arg.default is None
        ]

    def page(self, operation: Operation, method: MethodView) -> DocPage:
        """The page of ``operation``, whose flags are those of its ``method`` (as the CLI has them)."""
        flags = _flags(method)
        layout = _Layout()  # one for the parameters, flags and body fields together
        parameters = [
            self.field(
                f"--{flags[p.location, p.name]}", p.schema, p.required, p.description, (), layout
            )
            for p in operation.parameters
        ]
        if operation.request_body is not None:
            parameters += [
                self.field(
                    f"--{flags['body', f.name]}", f.schema, f.required, f.description, (), layout
                )
                for f in self.body_fields(operation)
            ]
        parameters.sort(key=lambda f: (f.summary.startswith("optional "), f.name))
        returns = None
        example = None
        success = operation.success
        if success is not None and success.schema is not None:
            schema = success.schema
            target = self.api.resolve(schema)
            name = target.name or pascal_case(
                f"{'_'.join(operation.resource_path)}_{operation.method_name}_response"
            )
            returns = self.field(name, schema, True, None, (), _Layout())
            example = json.dumps(self.example_value(schema), indent=2, ensure_ascii=False)
        streaming = operation.streaming
        events = None
        if streaming is not None and streaming.events is not None:
            name = self.api.resolve(streaming.events).name or "event"
            events = self.field(name, streaming.events, True, None, (), _Layout())
        return DocPage(
            operation,
            tuple(parameters),
            None if streaming is not None and streaming.flag is None else returns,
            self.example_command(operation, flags),
            example,
            events,
        )

    def example_command(
        self, operation: Operation, flags: Mapping[tuple[str, str], str]
    ) -> tuple[str, ...]:
        lines = [f"{self.cli_name} {operation.cli_resource} {operation.cli_method}"]
        if operation.requires_auth:  # the credentials of its first way in
            schemes = {scheme.scheme_name: scheme for scheme in self.api.security_schemes}
            for name in operation.security[0]:
                for credential in schemes[name].credentials:
                    lines.append(f"--{credential.cli_flag} {shell_quote(credential.example)}")
        required = [
            (p.cli_flag, flags[p.location, p.name], p.schema)
            for p in operation.parameters
            if p.required
        ]
        if operation.request_body is not None:
            required += [
                (f.cli_flag, flags["body", f.name], f.schema)
                for f in self.body_fields(operation)
                if f.required
            ]
        for name, flag, schema in required:
            value = self.example_value(schema, name.replace("-", "_"))
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            lines.append(f"--{flag} {shell_quote(text)}")
        return tuple(lines)

    def body_fields(self, operation: Operation) -> tuple[BodyField, ...]:
        """Body fields the caller gives (a field with a const value is sent by the SDK itself)."""
        if operation.request_body is None:
            return ()
        return tuple(
            f for f in operation.request_body.fields if self.api.resolve(f.schema).const is MISSING
        )

    # -- field trees -----------------------------------------------------------

    def field(
        self,
        name: str,
        schema: Schema,
        required: bool,
        description: str | None,
        stack: tuple[str, ...],
        layout: _Layout,
    ) -> DocField:
        layout.fields_left -= 1
        summary = self.summary(schema)
        if not required:
            summary = "optional " + summary
        if description is None:
            # A $ref without its own description borrows the referenced schema's.
            description = schema.description or self.api.resolve(schema).description
        return DocField(name, summary, description, self.children(schema, stack, layout))

    def children(
        self, schema: Schema, stack: tuple[str, ...], layout: _Layout
    ) -> tuple[DocField, ...]:
        target = self.api.resolve(schema)
        key = target.pointer
        if key in stack or len(stack) > MAX_DEPTH or layout.fields_left <= 0:
            return ()
        if target.name is not None:
            # A named schema is laid out once per tree; later mentions show its name only.
            # (Without this, richly cross-linked specs grow pages of millions of lines.)
            if key in layout.expanded:
                return ()
            layout.expanded.add(key)
        stack = (*stack, key)
        if target.enum is not None:
            return tuple(DocField(_json(value), "", None, ()) for value in target.enum)
        if target.is_array and target.items is not None:
            return self.children(target.items, stack, layout)
        properties = self.properties(target)
        if properties:
            return tuple(
                self.field(p.name, p.schema, p.required, p.schema.description, stack, layout)
                for p in properties
            )
        branches = target.one_of or target.any_of
        if branches:
            return tuple(
                self.field(
                    self.api.resolve(b).name or f"variant {i + 1}",
                    b,
                    True,
                    b.description,
                    stack,
                    layout,
                )
                for i, b in enumerate(branches)
            )
        return ()

    def properties(self, schema: Schema) -> list[Property]:
        """Own and allOf-inherited properties, required first, then alphabetical."""
        found: dict[str, Property] = {}
        for part in schema.all_of:
            for prop in self.properties(self.api.resolve(part)):
                found[prop.name] = prop
        for prop in schema.properties:
            found[prop.name] = prop
        return sorted(found.values(), key=lambda p: (not p.required, p.name))

    def summary(self, schema: Schema, depth: int = 0) -> str:
        target = self.api.resolve(schema)
        if depth > MAX_DEPTH:  # a schema nested in itself, e.g. an array of itself
            return target.name or "unknown"
        if target.const is not MISSING:
            return _json(target.const)
        if target.enum is not None:
            shown = [_json(value) for value in target.enum[:ENUM_SHOWN]]
            more = len(target.enum) - ENUM_SHOWN
            return " or ".join(shown + ([f"{more} more"] if more > 0 else []))
        if target.is_array:
            item = target.items
            if item is None:
                return "array of unknown"
            item_target = self.api.resolve(item)
            if item_target.name and (item_target.is_object or item_target.all_of):
                return f"array of {item_target.name}"
            return f"array of {self.summary(item, depth + 1)}"
        properties = self.properties(target)
        if properties or target.is_object:
            if not properties and isinstance(target.additional_properties, Schema):
                return f"map[{self.summary(target.additional_properties, depth + 1)}]"
            names = ", ".join(p.name for p in properties)
            return f"object {{ {names} }}" if names else "object"
        branches = target.one_of or target.any_of
        if branches:
            return " or ".join(
                self.api.resolve(b).name or self.summary(b, depth + 1) for b in branches
            )
        if not target.types:
            return "unknown"
        return " or ".join(_TYPE_NAMES.get(t, t) for t in target.types)

    # -- examples ------------------------------------------------------------

    def example_value(self, schema: Schema | None, name: str | None = None) -> Any:
        """An example value for ``schema``, as shown in docs and used by the generated tests."""
        return None if schema is None else self.example(schema, name, (), [EXAMPLE_BUDGET])

    def example(
        self, schema: Schema, name: str | None, stack: tuple[str, ...], budget: list[int]
    ) -> Any:
        """Built from the schema's examples and formats.

        Examples stay valid (required fields are always there) but bounded: past a budget
        of nodes, or deep down, optional fields are left out, and a schema nested in itself
        stops at an empty value.
        """
        budget[0] -= 1
        if schema.examples:
            return schema.examples[0]
        target = self.api.resolve(schema)
        if target.examples:
            return target.examples[0]
        if target.const is not MISSING:
            return target.const
        if target.enum:
            return target.enum[0]
        kind = target.types[0] if target.types else None
        if target.pointer in stack:  # a schema inside itself: stop here
            return [] if kind == "array" else None
        if len(stack) > MAX_EXAMPLE_DEPTH:  # a chain of distinct schemas, each holding the next
            return [] if kind == "array" else {} if kind == "object" else self.scalar(target, name)
        full = budget[0] > 0 and len(stack) <= MAX_DEPTH
        stack = (*stack, target.pointer)
        properties = self.properties(target)
        if properties:
            return {
                p.name: self.example(p.schema, p.name, stack, budget)
                for p in properties
                if full or p.required
            }
        branches = target.one_of or target.any_of
        if branches:
            return self.example(branches[0], name, stack, budget)
        if kind == "array":
            if target.items is None or self.api.resolve(target.items).pointer in stack:
                return []  # a tree's children: an empty list ends it
            return [self.example(target.items, None, stack, budget)]
        return self.scalar(target, name)

    @staticmethod
    def scalar(target: Schema, name: str | None) -> Any:
        kind = target.types[0] if target.types else None
        if kind == "string":
            text = _FORMAT_EXAMPLES.get(target.format or "", name or "string")
            if target.min_length is not None and len(text) < target.min_length:
                text = text.ljust(target.min_length, "x")
            return text
        if kind in ("integer", "number"):
            return _number_example(target, integer=kind == "integer")
        if kind == "boolean":
            return True
        if kind == "object":
            return {}
        return None


def _number_example(schema: Schema, *, integer: bool) -> int | float:
    """0, or the nearest value the bounds allow."""
    value: float = 0
    step = 1 if integer else 0.5
    low, high = schema.minimum, schema.maximum
    if low is not None and (value < low or (value == low and schema.exclusive_minimum)):
        value = math.ceil(low) if integer else low
        if value == low and schema.exclusive_minimum:
            value += step
    if high is not None and (value > high or (value == high and schema.exclusive_maximum)):
        value = math.floor(high) if integer else high
        if value == high and schema.exclusive_maximum:
            value -= step
    return int(value) if integer or value == int(value) else value


_TYPE_NAMES = {
    "integer": "number",
    "number": "number",
    "string": "string",
    "boolean": "boolean",
    "null": "null",
}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _flags(method: MethodView) -> dict[tuple[str, str], str]:
    """Each argument's CLI flag, by (where it goes, wire name); body fields go "body"."""
    return {
        ("body" if arg.kind in ("body_field", "file") else arg.kind, arg.wire_name): arg.cli_flag
        for arg in method.args
    }
