"""What the templates are handed: each view computed once, here, before any template runs.

A resource's view holds its class names, its methods (signatures, CLI flags) and the
imports its module needs; the CLI commands, the SDK's tests and the reference pages
read the same method views, so a flag is spelt the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..escaping import pyrepr
from ..ir.model import Api, Operation, Pagination, Property, Resource, Webhook
from ..models.modules import ONE_MODULE, TypeModules
from ..names.credentials import credential_flags
from ..names.resources import ResourceClasses, resource_classes, webhooks_attribute
from .methods import MethodView, method_view
from .pytypes import ImportSet, PyType, TypeMapper, union_of


@dataclass(frozen=True, slots=True)
class ResourceView:
    resource: Resource
    classes: ResourceClasses
    methods: tuple[MethodView, ...]
    imports: ImportSet  # what the methods' annotations need; read-only once built
    children: tuple[ResourceView, ...]


class Views:
    """Every resource's and every operation's view, built once."""

    def __init__(
        self,
        api: Api,
        types: TypeMapper,
        model_names: Iterable[str],
        type_modules: TypeModules | None = None,
    ) -> None:
        model_names = tuple(model_names)
        # Where each class is defined: types/schemas.py, or its own module (models/modules.py).
        self.types = type_modules or TypeModules({}, dict.fromkeys(model_names, ONE_MODULE))
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
        self.webhooks = webhooks_view(api, types)
        self.page_runtime_imports = page_runtime_imports(self.pages)

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
    annotation: PyType | str
    required: bool = False  # the items: every page has them


# The runtime class that knows how each scheme finds the next page, and the page attributes
# (the response fields, by role) it is told about.
_PAGING_CLASSES = {
    "cursor": "CursorPaging",
    "offset": "OffsetPaging",
    "page": "PageNumberPaging",
    "link": "LinkHeaderPaging",
    "next_url": "NextUrlPaging",
    "after_id": "AfterIdPaging",
}


@dataclass(frozen=True, slots=True)
class PageView:
    """A page class: how it finds the next page, the fields its scheme reads, the others it keeps."""

    pagination: Pagination
    fields: tuple[PageField, ...]  # the response fields the scheme does not read

    @property
    def paging_class(self) -> str:
        return _PAGING_CLASSES[self.pagination.scheme]

    @property
    def paging(self) -> str:
        """The ``_paging`` of the class: e.g. ``CursorPaging(items="items", param=...)``."""
        p = self.pagination
        arguments: list[tuple[str, object]] = [("items", p.items.python_name)]
        if p.request_param is not None:
            arguments.append(("param", p.request_param))
        if p.scheme == "cursor" and p.next_cursor is not None:
            arguments.append(("next_cursor", p.next_cursor.python_name))
        if p.scheme == "next_url" and p.next_cursor is not None:
            arguments.append(("next_url", p.next_cursor.python_name))
        if p.has_more is not None:
            arguments.append(("has_more", p.has_more.python_name))
        if p.item_id is not None and p.item_id.python_name != "id":
            arguments.append(("item_id", p.item_id.python_name))
        if p.scheme == "page" and p.first_page != 1:
            arguments.append(("first_page", p.first_page))
        if p.total is not None:
            arguments.append(
                ("total" if p.scheme == "offset" else "total_pages", p.total.python_name)
            )
        listed = ", ".join(f"{key}={pyrepr(value)}" for key, value in arguments)
        return f"{self.paging_class}({listed})"

    @property
    def own_fields(self) -> tuple[PageField, ...]:
        """Every field the class declares: its items, the fields its scheme reads, the others."""
        p = self.pagination
        read: list[PageField] = [PageField(p.items, "PageItems[ItemT]", required=True)]
        if p.next_cursor is not None:
            read.append(PageField(p.next_cursor, "str | None"))
        if p.has_more is not None:
            read.append(PageField(p.has_more, "bool | None"))
        if p.total is not None:
            read.append(PageField(p.total, "int | None"))
        return (*read, *self.fields)


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


@dataclass(frozen=True, slots=True)
class WebhookEventView:
    webhook: Webhook
    annotation: PyType  # the payload's type


@dataclass(frozen=True, slots=True)
class WebhooksView:
    """The client's webhook helper: the attribute that holds it and the events it parses."""

    attribute: str  # ``client.webhooks``, unless a resource has that name
    events: tuple[WebhookEventView, ...]
    union: PyType  # every event's payload type, each once
    imports: ImportSet


def webhooks_view(api: Api, types: TypeMapper) -> WebhooksView | None:
    if not api.webhooks:
        return None
    imports = ImportSet()
    events = tuple(
        WebhookEventView(webhook, imports.add(types.annotation(webhook.payload, "out")))
        for webhook in api.webhooks
    )
    return WebhooksView(
        attribute=webhooks_attribute(resource.name for resource in api.resources),
        events=events,
        union=union_of(event.annotation for event in events),
        imports=imports,
    )


def page_runtime_imports(pages: Iterable[PageView]) -> list[str]:
    """What ``_pagination`` imports from ``_paging``: the page bases and the schemes it uses."""
    schemes = {page.paging_class for page in pages}
    names = {"AsyncPage", "AsyncPaginator", "ItemT", "SyncPage"}
    if schemes:
        names |= {"PageItems", "Paging"}
    return sorted(names | schemes)
