"""Operations, their parameters, bodies and responses, and the named schemas, compared.

Operations are matched by method and path, path parameters by their place in the path (so
renaming ``{id}`` to ``{pet_id}`` is a renamed argument, not a removed operation). Inline
schemas are compared where they sit, on the operation's side; named schemas once each, on
the sides the old version used them (see ``reach``). A named schema that disappears while
one with another name and the same shape appears was renamed.
"""

from __future__ import annotations

import re

from ..ir.model import Api, Operation, Parameter, Schema
from ..models import ModelSet
from .changes import BOTH, Change, Changes
from .classes import compare_classes
from .reach import Reach
from .schemas import SchemaDiff, Site, kinds


def _key(operation: Operation) -> str:
    return f"{operation.http_method.upper()} {re.sub(r'{[^}]*}', '{}', operation.path)}"


def _path_position(operation: Operation, parameter: Parameter) -> int:
    names = re.findall(r"{([^}]*)}", operation.path)
    return names.index(parameter.name) if parameter.name in names else len(names)


def _parameters(operation: Operation) -> dict[tuple[str, str], Parameter]:
    """Parameters by location and name; path parameters by their place in the path."""
    found: dict[tuple[str, str], Parameter] = {}
    for parameter in operation.parameters:
        name = parameter.name
        if parameter.location == "path":
            name = f"#{_path_position(operation, parameter)}"
        found[(parameter.location, name)] = parameter
    return found


class ApiDiff:
    def __init__(self, old: Api, new: Api, models: tuple[ModelSet, ModelSet] | None = None) -> None:
        self.old = old
        self.new = new
        self.models = models
        self.out = Changes()
        self.schemas = SchemaDiff(old, new, self.out)
        self.renamed: dict[str, str] = {}  # old component name -> new one, same shape
        self.reach = Reach.of(old)

    def run(self) -> list[Change]:
        old_ops = {_key(op): op for op in self.old.operations}
        new_ops = {_key(op): op for op in self.new.operations}
        for key, operation in old_ops.items():
            if key not in new_ops:
                self.out.add(
                    "operation-removed",
                    self.subject(operation),
                    f"operation removed (method {self.method(operation)}())",
                    ("sdk",),
                    operation.pointer,
                    "old",
                )
        for key, operation in new_ops.items():
            if key not in old_ops:
                self.out.add(
                    "operation-added",
                    self.subject(operation),
                    f"operation added (method {self.method(operation)}())",
                    ("sdk",),
                    operation.pointer,
                )
        for key, operation in old_ops.items():
            if key in new_ops:
                self.operation(operation, new_ops[key])
        self.named_schemas()
        self.resources()
        if self.models is not None:
            names = {schema.name for schema in self.new.schemas.values()}
            gone = {s.pointer for s in self.old.schemas.values() if s.name not in names}
            compare_classes(*self.models, self.out, explained=gone, used=self.reach.used)
        return self.out.found

    @staticmethod
    def subject(operation: Operation) -> str:
        return f"{operation.http_method.upper()} {operation.path}"

    @staticmethod
    def method(operation: Operation) -> str:
        return ".".join((*operation.resource_path, operation.method_name))

    # -- one operation ------------------------------------------------------------------

    def operation(self, old: Operation, new: Operation) -> None:
        subject = self.subject(new)
        if new.deprecated and not old.deprecated:
            self.out.add("operation-deprecated", subject, "deprecated", ("sdk",), new.pointer)
        if self.method(old) != self.method(new):
            detail = f"method renamed from {self.method(old)}() to {self.method(new)}()"
            self.out.add("method-renamed", subject, detail, ("sdk",), new.pointer)
        self.parameters(subject, old, new)
        self.body(subject, old, new)
        self.response(subject, old, new)
        if (old.pagination is None) != (new.pagination is None):
            kind = "pagination-added" if new.pagination else "pagination-removed"
            detail = "pagination " + ("added" if new.pagination else "removed")
            self.out.add(kind, subject, detail, ("sdk",), new.pointer)

    def parameters(self, subject: str, old: Operation, new: Operation) -> None:
        before, after = _parameters(old), _parameters(new)
        for key, parameter in before.items():
            if key not in after:
                where = f"{subject} {parameter.location} parameter {parameter.name!r}"
                self.out.add(
                    "parameter-removed", where, "removed", ("request",), parameter.pointer, "old"
                )
        for key, parameter in after.items():
            if key not in before:
                where = f"{subject} {parameter.location} parameter {parameter.name!r}"
                required = "required" if parameter.required else "optional"
                self.out.add(
                    f"{required}-parameter-added",
                    where,
                    f"{required} parameter added",
                    ("request",),
                    parameter.pointer,
                )
        for key, was in before.items():
            if key not in after:
                continue
            now = after[key]
            where = f"{subject} {now.location} parameter {now.name!r}"
            if was.required != now.required:
                kind = "parameter-required" if now.required else "parameter-optional"
                detail = "became required" if now.required else "became optional"
                self.out.add(kind, where, detail, ("request",), now.pointer)
            if was.python_name != now.python_name:
                detail = f"keyword argument renamed from {was.python_name} to {now.python_name}"
                self.out.add("argument-renamed", where, detail, ("sdk",), now.pointer)
            self.schemas.compare(was.schema, now.schema, Site(where, ("request",)))

    def body(self, subject: str, old: Operation, new: Operation) -> None:
        before, after = old.request_body, new.request_body
        pointer = f"{new.pointer}/requestBody"
        if before is None and after is None:
            return
        if before is None or after is None:
            if after is not None:
                required = "required" if after.required else "optional"
                detail = f"{required} request body added"
                self.out.add(
                    f"{required}-request-body-added", subject, detail, ("request",), pointer
                )
            else:
                self.out.add(
                    "request-body-removed",
                    subject,
                    "request body removed",
                    ("request",),
                    f"{old.pointer}/requestBody",
                    "old",
                )
            return
        if before.media_type != after.media_type:
            detail = f"request body changed from {before.media_type} to {after.media_type}"
            self.out.add("request-body-media-type-changed", subject, detail, ("request",), pointer)
        if before.required != after.required:
            kind = "request-body-required" if after.required else "request-body-optional"
            detail = "request body became " + ("required" if after.required else "optional")
            self.out.add(kind, subject, detail, ("request",), pointer)
        keywords = {field.name: field.python_name for field in before.fields}
        for field in after.fields:
            was = keywords.get(field.name)
            if was is not None and was != field.python_name:
                detail = f"keyword argument renamed from {was} to {field.python_name}"
                self.out.add(
                    "argument-renamed", f"{subject} body.{field.name}", detail, ("sdk",), pointer
                )
        self.schemas.compare(before.schema, after.schema, Site(f"{subject} body", ("request",)))

    def response(self, subject: str, old: Operation, new: Operation) -> None:
        before, after = old.success, new.success
        pointer = f"{new.pointer}/responses"
        old_kind = before.kind if before else "empty"
        new_kind = after.kind if after else "empty"
        if old_kind != new_kind:
            if new_kind == "empty":
                kind, detail = "response-body-removed", "response body removed"
            elif old_kind == "empty":
                kind, detail = "response-body-added", "response body added"
            else:
                kind, detail = (
                    "response-kind-changed",
                    f"response changed from {old_kind} to {new_kind}",
                )
            self.out.add(kind, subject, detail, ("response",), pointer)
            return
        if before is not None and after is not None:
            if before.schema is not None and after.schema is not None:
                site = Site(f"{subject} response", ("response",))
                self.schemas.compare(before.schema, after.schema, site)

    # -- named schemas and resources -------------------------------------------------------

    def named_schemas(self) -> None:
        old = {s.name: s for s in self.old.schemas.values() if s.name}
        new = {s.name: s for s in self.new.schemas.values() if s.name}
        removed = [name for name in old if name not in new]
        added = [name for name in new if name not in old]
        self.renamed = self.renames({n: old[n] for n in removed}, {n: new[n] for n in added})
        for name in removed:
            pointer = old[name].pointer
            if name in self.renamed:
                now = new[self.renamed[name]].pointer
                detail = f"renamed to {self.renamed[name]} (same shape)"
                detail += self.class_names(pointer, now)
                self.out.add("schema-renamed", f"schema {name}", detail, ("sdk",), now)
            else:
                detail = "removed" + self.class_names(pointer, None)
                self.out.add("schema-removed", f"schema {name}", detail, ("sdk",), pointer, "old")
        taken = set(self.renamed.values())
        for name in added:
            if name not in taken:
                self.out.add("schema-added", f"schema {name}", "added", ("sdk",), new[name].pointer)
        for name, schema in old.items():
            if name in new:
                site = Site(f"schema {name}", self.reach.sides(schema.pointer), in_model=True)
                self.schemas.compare(schema, new[name], site)

    def class_names(self, old_pointer: str, new_pointer: str | None) -> str:
        """`` (class A)`` or `` (class A, now B)``, when the models were built."""
        if self.models is None:
            return ""
        was = self.models[0].classes.get(old_pointer)
        now = self.models[1].classes.get(new_pointer) if new_pointer else None
        if was is None:
            return ""
        if now is None or now.name == was.name:
            return f" (class {was.name})"
        return f" (class {was.name}, now {now.name})"

    def renames(self, removed: dict[str, Schema], added: dict[str, Schema]) -> dict[str, str]:
        """Removed schemas matched to added ones of the same shape (the first, in spec order)."""
        found: dict[str, str] = {}
        if not removed or not added:
            return found
        print_of = {name: self.fingerprint(s, self.new) for name, s in added.items()}
        for name, schema in removed.items():
            mark = self.fingerprint(schema, self.old)
            for candidate, candidate_mark in print_of.items():
                if candidate_mark != mark or candidate in found.values():
                    continue
                scratch = Changes()
                SchemaDiff(self.old, self.new, scratch).compare(
                    schema, added[candidate], Site("", BOTH)
                )
                if not scratch.found:
                    found[name] = candidate
                    break
        return found

    def fingerprint(self, schema: Schema, api: Api) -> tuple[object, ...]:
        fields, _ = self.schemas.fields_of(schema, api, None)
        return (
            kinds(schema, api),
            tuple(sorted(fields)),
            schema.enum,
            len(schema.one_of or schema.any_of),
        )

    def resources(self) -> None:
        old = {r.path: r for r in self.old.all_resources()}
        for resource in self.new.all_resources():
            was = old.get(resource.path)
            if was is not None and was.class_name != resource.class_name:
                pointer = resource.operations[0].pointer if resource.operations else ""
                self.out.add(
                    "resource-class-renamed",
                    f"client.{'.'.join(resource.path)}",
                    f"resource class renamed from {was.class_name} to {resource.class_name}",
                    ("sdk",),
                    pointer,
                )
