"""What the templates are handed: each view computed once, here, before any template runs.

A resource's view holds its class names, its methods (signatures, CLI flags) and the
imports its module needs; the CLI commands, the SDK's tests and the reference pages
read the same method views, so a flag is spelt the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..ir.model import Api, Operation, Pagination, Property, Resource
from ..names.credentials import credential_flags
from ..names.resources import ResourceClasses, resource_classes
from .methods import MethodView, method_view
from .pytypes import ImportSet, PyType, TypeMapper


@dataclass(frozen=True, slots=True)
class ResourceView:
    resource: Resource
    classes: ResourceClasses
    methods: tuple[MethodView, ...]
    imports: ImportSet  # what the methods' annotations need; read-only once built
    children: tuple[ResourceView, ...]


class Views:
    """Every resource's and every operation's view, built once."""

    def __init__(self, api: Api, types: TypeMapper, model_names: Iterable[str]) -> None:
        classes = resource_classes(api, model_names)
        self._resources: dict[tuple[str, ...], ResourceView] = {}
        self._methods: dict[str, MethodView] = {}
        # The CLI takes credentials with flags of its own: no API parameter may take them.
        flags = credential_flags(
            (credential.cli_flag, credential.secret)
            for scheme in api.security_schemes
            for credential in scheme.credentials
        )

        def build(resource: Resource) -> ResourceView:
            imports = ImportSet()
            methods = tuple(method_view(op, types, imports, flags) for op in resource.operations)
            for operation, method in zip(resource.operations, methods, strict=True):
                self._methods[operation.pointer] = method
            view = ResourceView(
                resource,
                classes[resource.path],
                methods,
                imports,
                tuple(build(child) for child in resource.children),
            )
            self._resources[resource.path] = view
            return view

        self.top = tuple(build(resource) for resource in api.resources)
        self.pages, self.page_imports = page_views(api, types)

    def resource(self, resource: Resource) -> ResourceView:
        return self._resources[resource.path]

    def method(self, operation: Operation) -> MethodView:
        return self._methods[operation.pointer]

    def all(self) -> tuple[ResourceView, ...]:
        """Every resource's view, parents before their children."""
        found: list[ResourceView] = []
        pending = list(reversed(self.top))
        while pending:
            view = pending.pop()
            found.append(view)
            pending.extend(reversed(view.children))
        return tuple(found)


@dataclass(frozen=True, slots=True)
class PageField:
    prop: Property
    annotation: PyType


@dataclass(frozen=True, slots=True)
class PageView:
    """A page class: its cursor, items and next-cursor fields, and the other fields it keeps."""

    pagination: Pagination
    fields: tuple[PageField, ...]


def page_views(api: Api, types: TypeMapper) -> tuple[tuple[PageView, ...], ImportSet]:
    """The page classes, and what their fields' annotations import."""
    imports = ImportSet()
    views = tuple(
        PageView(
            pagination,
            tuple(
                PageField(prop, imports.add(types.annotation(prop.schema, "out", nullable=True)))
                for prop in pagination.extra
            ),
        )
        for pagination in api.paginations
    )
    return views, imports
