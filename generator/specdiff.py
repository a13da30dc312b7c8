"""What changed between two versions of a spec, and which changes break SDK users.

Both versions are read into the intermediate representation and compared
there, so the report speaks in the terms users see: operations, parameters,
fields, enum values and types. A change breaks users when code written
against the old SDK can stop working: something they call or read is
removed, a type changes, a parameter becomes required, an enum value goes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .ir.model import MISSING, Api, Operation, Property, Schema


@dataclass(frozen=True, slots=True)
class Change:
    where: str  # e.g. "GET /pets" or "schema Pet"
    what: str
    breaking: bool

    def __str__(self) -> str:
        return f"{self.where}: {self.what}" + (" [breaking]" if self.breaking else "")


def diff_apis(old: Api, new: Api) -> list[Change]:
    return list(_Differ(old, new).changes())


def format_report(changes: list[Change]) -> str:
    if not changes:
        return "No API changes.\n"
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines: list[str] = []
    if breaking:
        lines.append(f"Breaking changes ({len(breaking)}):")
        lines.extend(f"  - {change}" for change in breaking)
    if other:
        if lines:
            lines.append("")
        lines.append(f"Other changes ({len(other)}):")
        lines.extend(f"  - {change}" for change in other)
    return "\n".join(lines) + "\n"


def _operation_key(operation: Operation) -> str:
    return f"{operation.http_method.upper()} {operation.path}"


class _Differ:
    def __init__(self, old: Api, new: Api) -> None:
        self.old = old
        self.new = new

    def changes(self) -> Iterator[Change]:
        old_ops = {_operation_key(op): op for op in self.old.operations}
        new_ops = {_operation_key(op): op for op in self.new.operations}
        for key in sorted(old_ops.keys() - new_ops.keys()):
            yield Change(key, "operation removed", True)
        for key in sorted(new_ops.keys() - old_ops.keys()):
            yield Change(key, "operation added", False)
        for key in sorted(old_ops.keys() & new_ops.keys()):
            yield from self.operation(key, old_ops[key], new_ops[key])
        yield from self.named_schemas()

    # -- operations ----------------------------------------------------------

    def operation(self, key: str, old: Operation, new: Operation) -> Iterator[Change]:
        old_name = ".".join((*old.resource_path, old.method_name))
        new_name = ".".join((*new.resource_path, new.method_name))
        if old_name != new_name:
            yield Change(key, f"method renamed from {old_name}() to {new_name}()", True)
        old_params = {(p.location, p.name): p for p in old.parameters}
        new_params = {(p.location, p.name): p for p in new.parameters}
        for location, name in sorted(old_params.keys() - new_params.keys()):
            yield Change(key, f"{location} parameter {name!r} removed", True)
        for location, name in sorted(new_params.keys() - old_params.keys()):
            required = new_params[(location, name)].required
            yield Change(
                key,
                f"{'required' if required else 'optional'} {location} parameter {name!r} added",
                required,
            )
        for param_key in sorted(old_params.keys() & new_params.keys()):
            before, after = old_params[param_key], new_params[param_key]
            label = f"{param_key[0]} parameter {param_key[1]!r}"
            if not before.required and after.required:
                yield Change(key, f"{label} became required", True)
            elif before.required and not after.required:
                yield Change(key, f"{label} became optional", False)
            yield from self.schema_change(key, label, before.schema, after.schema, direction="in")
        yield from self.body(key, old, new)
        old_ok = old.success.schema if old.success else None
        new_ok = new.success.schema if new.success else None
        if old_ok is not None and new_ok is not None:
            yield from self.schema_change(key, "response", old_ok, new_ok, direction="out")
        elif old_ok is not None and new_ok is None:
            yield Change(key, "response body removed", True)
        if (old.pagination is None) != (new.pagination is None):
            yield Change(
                key, "pagination " + ("removed" if new.pagination is None else "added"), True
            )

    def body(self, key: str, old: Operation, new: Operation) -> Iterator[Change]:
        before, after = old.request_body, new.request_body
        if before is None and after is None:
            return
        if before is None:
            assert after is not None
            yield Change(
                key,
                "request body added" + (" (required)" if after.required else ""),
                after.required,
            )
            return
        if after is None:
            yield Change(key, "request body removed", True)
            return
        if before.media_type != after.media_type:
            yield Change(
                key, f"request body changed from {before.media_type} to {after.media_type}", True
            )
        old_fields = {f.name: f for f in before.fields}
        new_fields = {f.name: f for f in after.fields}
        for name in sorted(old_fields.keys() - new_fields.keys()):
            yield Change(key, f"body field {name!r} removed", True)
        for name in sorted(new_fields.keys() - old_fields.keys()):
            required = new_fields[name].required
            yield Change(
                key, f"{'required' if required else 'optional'} body field {name!r} added", required
            )
        for name in sorted(old_fields.keys() & new_fields.keys()):
            if not old_fields[name].required and new_fields[name].required:
                yield Change(key, f"body field {name!r} became required", True)
            yield from self.schema_change(
                key,
                f"body field {name!r}",
                old_fields[name].schema,
                new_fields[name].schema,
                direction="in",
            )

    # -- schemas ---------------------------------------------------------------

    def named_schemas(self) -> Iterator[Change]:
        old = {s.name: s for s in self.old.schemas.values() if s.name}
        new = {s.name: s for s in self.new.schemas.values() if s.name}
        for name in sorted(old.keys() - new.keys()):
            yield Change(f"schema {name}", "removed", True)
        for name in sorted(new.keys() - old.keys()):
            yield Change(f"schema {name}", "added", False)
        for name in sorted(old.keys() & new.keys()):
            yield from self.schema_body(f"schema {name}", old[name], new[name])

    def schema_change(
        self, where: str, label: str, old: Schema, new: Schema, *, direction: str
    ) -> Iterator[Change]:
        """Compare two schemas in one place: named ones by name (their contents are diffed once, as schemas)."""
        old_sig, new_sig = self.signature(old, self.old), self.signature(new, self.new)
        if old_sig != new_sig:
            yield Change(where, f"{label} changed type from {old_sig} to {new_sig}", True)
            return
        if old.ref is None and new.ref is None:
            yield from self.schema_body(f"{where} {label}", old, new)
        if direction == "out" and old.nullable is False and new.nullable is True:
            yield Change(where, f"{label} may now be null", True)

    def schema_body(self, where: str, old: Schema, new: Schema) -> Iterator[Change]:
        old, new = self.old.resolve(old), self.new.resolve(new)
        if old.enum is not None and new.enum is not None:
            for value in old.enum:
                if value not in new.enum:
                    yield Change(where, f"enum value {value!r} removed", True)
            for value in new.enum:
                if value not in old.enum:
                    yield Change(where, f"enum value {value!r} added", False)
        old_props = _properties(old, self.old)
        new_props = _properties(new, self.new)
        for name in sorted(old_props.keys() - new_props.keys()):
            yield Change(where, f"field {name!r} removed", True)
        for name in sorted(new_props.keys() - old_props.keys()):
            required = new_props[name].required
            yield Change(
                where, f"{'required' if required else 'optional'} field {name!r} added", False
            )
        for name in sorted(old_props.keys() & new_props.keys()):
            before, after = old_props[name], new_props[name]
            if before.required and not after.required:
                yield Change(where, f"field {name!r} became optional", True)
            elif not before.required and after.required:
                yield Change(where, f"field {name!r} became required", True)
            old_sig, new_sig = (
                self.signature(before.schema, self.old),
                self.signature(after.schema, self.new),
            )
            if old_sig != new_sig:
                yield Change(
                    where, f"field {name!r} changed type from {old_sig} to {new_sig}", True
                )
            elif before.schema.ref is None and after.schema.ref is None:
                yield from self.schema_body(f"{where}.{name}", before.schema, after.schema)

    def signature(self, schema: Schema, api: Api, depth: int = 0) -> str:
        """A short type description; equal signatures mean the generated type did not change."""
        if schema.ref is not None:
            target = api.schemas.get(schema.ref)
            if target is not None and target.name:
                return target.name
            return self.signature(api.resolve(schema), api, depth + 1) if depth < 8 else "recursive"
        if schema.const is not MISSING:
            return f"const {schema.const!r}"
        if schema.enum is not None:
            return "enum"
        branches = schema.one_of or schema.any_of
        if branches and depth < 8:
            return " | ".join(sorted(self.signature(b, api, depth + 1) for b in branches))
        if schema.all_of and depth < 8:
            return " & ".join(self.signature(b, api, depth + 1) for b in schema.all_of)
        if schema.is_array:
            item = (
                self.signature(schema.items, api, depth + 1)
                if schema.items is not None and depth < 8
                else "any"
            )
            return f"array of {item}"
        if not schema.types:
            return "object" if schema.properties else "any"
        kinds = "|".join(schema.types)
        if (
            schema.format
            and kinds == "string"
            and schema.format in ("date-time", "date", "binary", "byte")
        ):
            return f"string ({schema.format})"
        return kinds


def _properties(schema: Schema, api: Api) -> dict[str, Property]:
    found: dict[str, Property] = {}
    for part in schema.all_of:
        found.update(_properties(api.resolve(part), api))
    found.update((p.name, p) for p in schema.properties)
    return found
