"""Pagination: which list operations return pages, how each asks for the next, and the page
classes they share.

A list operation is paginated when it says so, with ``x-sdkgen-pagination`` or an entry of
``[tool.sdkgen.pagination.operations]`` (which wins), or when its shape leaves no doubt. The
schemes, in the order a shape is matched against them (those where the server names the next
page come before those where the client works it out):

- ``cursor``: the configured cursor: a query parameter (``page_token``), the items and the next
  cursor (``next_page_token``) in the body;
- ``after_id``: ``starting_after`` in the query, ``has_more`` in the body and items with an
  ``id``: the next page starts after the last item (Stripe);
- ``next_url``: a field holding the next page's URL (``next_page_uri``, ``next_url``, ``next``
  with ``format: uri``...; Twilio, Django REST framework);
- ``link``: a declared ``Link`` response header, whose ``rel="next"`` URL is the next page (GitHub);
- ``offset``: ``offset`` and ``limit`` in the query; the next offset is this one plus the items
  read, up to a ``total`` the body may give;
- ``page``: ``page`` and a page size (``per_page``, ``page_size``...) in the query; the next
  page is this one plus one, up to a ``total_pages`` the body may give.

The items are the body (an array), or its only array field (``data`` or ``items`` when it has
several). Each distinct page shape gets one page class, named after its scheme.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from ..errors import Location, SdkgenError, UsageError
from ..names.identifiers import class_name
from ..names.pins import did_you_mean, operation_key
from ..spec.extensions import EXTENSION_PREFIX
from ..spec.pointers import join_pointer
from .context import Context
from .model import Pagination, PagingScheme, Property, Response, Schema
from .operations import Draft
from .schemas import SchemaBuilder

_EXTENSION = EXTENSION_PREFIX + "pagination"

# The page class of each scheme; a second shape of a scheme is named after its items too.
PAGE_CLASSES: Mapping[str, str] = {
    "cursor": "CursorPage",
    "after_id": "AfterIdPage",
    "next_url": "NextUrlPage",
    "link": "LinkHeaderPage",
    "offset": "OffsetPage",
    "page": "PageNumberPage",
}
SCHEMES: tuple[str, ...] = get_args(PagingScheme)

# The keys a declaration of each scheme takes, besides ``scheme`` and ``items``.
_KEYS: Mapping[str, tuple[str, ...]] = {
    "cursor": ("request_param", "next_cursor"),
    "after_id": ("request_param", "has_more", "id"),
    "next_url": ("next_url",),
    "link": (),
    "offset": ("request_param", "total"),
    "page": ("request_param", "total_pages", "first_page"),
}
_PARAMETERS = {"after_id": "starting_after", "offset": "offset", "page": "page"}
# What a shape is recognised by, besides its scheme's parameter.
_NEXT_URL_FIELDS = (
    "next_page_uri",
    "next_page_url",
    "next_url",
    "next_uri",
    "next_link",
    "nextLink",
)
_PAGE_SIZES = ("per_page", "page_size", "perPage", "pageSize", "limit")
_TOTALS = {
    "offset": ("total", "total_count", "totalCount", "count"),
    "page": ("total_pages", "totalPages"),
}


class _Mismatch(Exception):
    """A declaration that does not fit the operation; the message says what is missing."""


@dataclass(frozen=True, slots=True)
class _Declaration:
    values: dict[str, Any]
    fail: Callable[[str], SdkgenError]  # an error naming the place it is written


@dataclass(frozen=True, slots=True)
class _Shape:
    """What an operation offers a page: its query parameters, its response body and headers."""

    query: Mapping[str, Any]  # wire name -> Parameter
    body: Schema
    properties: Mapping[str, Property]
    headers: frozenset[str]  # the success response's declared headers, lower case


class PageShapes:
    """Recognises paginated lists; each distinct page shape gets one page class."""

    def __init__(self, schemas: SchemaBuilder) -> None:
        self.schemas = schemas
        self.ctx: Context = schemas
        self._page_classes: dict[tuple[Any, ...], str] = {}  # pagination shape -> page class name
        self._declared_in_config = dict(self.ctx.config.pagination.operations)

    def pagination(self, draft: Draft, success: Response | None) -> Pagination | None:
        """The pagination of ``draft``: declared, else recognised by its shape."""
        declaration = self._declaration(draft)
        if declaration is False:
            return None
        if success is None or success.schema is None:
            if declaration is not None:
                raise declaration.fail(
                    "declared pagination, but the operation returns no JSON body"
                )
            return None
        shape = self._shape(draft, success)
        if declaration is None:
            for scheme in SCHEMES:
                try:
                    return self._named(self._fit(scheme, None, shape), shape)
                except _Mismatch:
                    continue
            return None
        values = dict(declaration.values)
        scheme = values.pop("scheme", "cursor")
        if scheme not in SCHEMES:
            raise declaration.fail(
                f"unknown pagination scheme {scheme!r}; one of {', '.join(SCHEMES)}"
            )
        unknown = sorted(set(values) - {"items", *_KEYS[scheme]})
        if unknown:
            raise declaration.fail(
                f"unknown key {unknown[0]!r} for the {scheme} scheme"
                f"{did_you_mean(unknown[0], ('items', *_KEYS[scheme]))}"
            )
        try:
            return self._named(self._fit(scheme, values, shape), shape)
        except _Mismatch as mismatch:
            raise declaration.fail(
                f"declared {scheme} pagination does not fit: {mismatch}"
            ) from None

    def unmatched(self) -> list[UsageError]:
        """Entries of ``[tool.sdkgen.pagination.operations]`` no operation took."""
        return [
            UsageError(f"the spec has no operation {key}", self._config_entry(key))
            for key in self._declared_in_config
        ]

    def _config_entry(self, key: str) -> Location:
        return Location(
            self.ctx.config.pagination.file,
            join_pointer("/tool/sdkgen/pagination/operations", key),
        )

    # -- reading a declaration ---------------------------------------------------------

    def _declaration(self, draft: Draft) -> _Declaration | Literal[False] | None:
        """The operation's declaration: False (not paginated), a mapping, or None (none)."""
        key = operation_key(draft.http_method, draft.path)
        if key in self._declared_in_config:
            value = self._declared_in_config.pop(key)
            where = self._config_entry(key)

            def fail_in_config(message: str) -> SdkgenError:
                return UsageError(message, where)

            return self._read(value, fail_in_config)
        where_in_spec = join_pointer(draft.pointer, _EXTENSION)

        def fail_in_spec(message: str) -> SdkgenError:
            return self.ctx.error(message, where_in_spec)

        return self._read(draft.node.get(_EXTENSION), fail_in_spec)

    def _read(
        self, value: Any, fail: Callable[[str], SdkgenError]
    ) -> _Declaration | Literal[False] | None:
        if value is None or value is True:
            return None
        if value is False:
            return False
        if not isinstance(value, dict) or not all(
            isinstance(v, (str, int)) for v in value.values()
        ):
            raise fail(
                "must be false or a mapping of scheme, items and the scheme's fields "
                "(request_param, next_cursor, next_url, has_more, id, total, total_pages, first_page)"
            )
        return _Declaration(dict(value), fail)

    # -- matching a scheme -----------------------------------------------------------------

    def _shape(self, draft: Draft, success: Response) -> _Shape:
        assert success.schema is not None
        body = self.schemas.resolved(success.schema)
        node: Any = draft.node.get("responses", {}).get(success.status)
        node, _ = self.ctx.deref(node, join_pointer(draft.pointer, "responses", success.status))
        headers = node.get("headers") if isinstance(node, dict) else None
        return _Shape(
            query={p.name: p for p in draft.parameters if p.location == "query"},
            body=body,
            properties={p.name: p for p in body.properties},
            headers=frozenset(str(h).lower() for h in headers or ()),
        )

    def _fit(self, scheme: str, declaration: dict[str, Any] | None, shape: _Shape) -> Pagination:
        """The pagination ``scheme`` makes of ``shape``, with the field names declared (None:
        recognising a shape, which asks for more); raises _Mismatch, naming what is missing,
        when it does not fit."""
        defaults = self.ctx.config.pagination
        detecting = declaration is None
        declared = declaration or {}
        items, in_body = self._items(declared.get("items"), shape, scheme)
        if scheme == "cursor":
            param = self._param(declared.get("request_param", defaults.request_param), shape)
            return Pagination(
                page_class="",
                scheme="cursor",
                items=items,
                request_param=param,
                next_cursor=self._field(
                    declared.get("next_cursor", defaults.next_field), shape, None
                ),
                items_in_body=in_body,
            )
        if scheme == "after_id":
            param = self._param(declared.get("request_param", _PARAMETERS[scheme]), shape)
            item = self.schemas.resolved(items.schema).items
            item_fields = (
                {p.name: p for p in self.schemas.resolved(item).properties} if item else {}
            )
            id_name = str(declared.get("id", "id"))
            if id_name not in item_fields:
                raise _Mismatch(f"its items have no {id_name!r} field to send as {param!r}")
            return Pagination(
                page_class="",
                scheme="after_id",
                items=items,
                request_param=param,
                has_more=self._field(declared.get("has_more", "has_more"), shape, "boolean"),
                item_id=item_fields[id_name],
                items_in_body=in_body,
            )
        if scheme == "next_url":
            name = declared.get("next_url") or next(
                (n for n in _NEXT_URL_FIELDS if n in shape.properties), None
            )
            if name is None:
                uri = shape.properties.get("next")
                name = (
                    "next"
                    if uri is not None and uri.schema.format in ("uri", "uri-reference")
                    else None
                )
            if name is None:
                raise _Mismatch("the response has no field holding the next page's URL (next_url)")
            return Pagination(
                page_class="",
                scheme="next_url",
                items=items,
                next_cursor=self._field(name, shape, "string"),
                items_in_body=in_body,
            )
        if scheme == "link":
            if detecting and "link" not in shape.headers:
                raise _Mismatch("the response declares no Link header")
            return Pagination(page_class="", scheme="link", items=items, items_in_body=in_body)
        param = self._param(declared.get("request_param", _PARAMETERS[scheme]), shape)
        types = self.schemas.resolved(shape.query[param].schema).types
        if "integer" not in types and (detecting or types):  # a string page is a cursor (Stripe's)
            raise _Mismatch(f"the query parameter {param!r} is not an integer")
        if detecting and scheme == "offset" and "limit" not in shape.query:
            raise _Mismatch("no limit parameter")
        if detecting and scheme == "page" and not any(n in shape.query for n in _PAGE_SIZES):
            raise _Mismatch("no page size parameter")
        total_key = "total" if scheme == "offset" else "total_pages"
        total_name = declared.get(total_key) or next(
            (n for n in _TOTALS[scheme] if n in shape.properties), None
        )
        total = None if total_name is None else self._field(total_name, shape, "integer")
        first_page = declared.get("first_page", self._first_page(shape.query[param].schema))
        if not isinstance(first_page, int):
            raise _Mismatch(f"first_page must be an integer, not {first_page!r}")
        return Pagination(
            page_class="",
            scheme="offset" if scheme == "offset" else "page",
            items=items,
            request_param=param,
            total=total,
            first_page=first_page if scheme == "page" else 1,
            items_in_body=in_body,
        )

    def _items(self, declared: Any, shape: _Shape, scheme: str) -> tuple[Property, bool]:
        """The array of items: the declared field, else the body, else its only array field."""
        if declared is None and shape.body.is_array:
            body = Property(name="items", python_name="items", schema=shape.body, required=True)
            return body, True
        arrays = [p for p in shape.body.properties if self.schemas.resolved(p.schema).is_array]
        if declared is None:
            if scheme == "cursor":
                declared = self.ctx.config.pagination.items_field
            elif len(arrays) == 1:
                declared = arrays[0].name
            else:
                declared = next((n for n in ("data", "items") if n in shape.properties), None)
        prop = shape.properties.get(str(declared)) if declared is not None else None
        if prop is None or prop not in arrays:
            if declared is None:
                raise _Mismatch("no array of items: the body, its only array field, data or items")
            raise _Mismatch(f"the response has no array field {declared!r}")
        return prop, False

    def _param(self, name: Any, shape: _Shape) -> str:
        if name not in shape.query:
            raise _Mismatch(f"there is no query parameter {name!r}")
        return str(name)

    def _field(self, name: Any, shape: _Shape, json_type: str | None) -> Property:
        prop = shape.properties.get(str(name))
        if prop is None:
            raise _Mismatch(f"the response has no field {name!r}")
        types = self.schemas.resolved(prop.schema).types
        if json_type is not None and types and json_type not in types:
            raise _Mismatch(f"the response field {name!r} is not a {json_type}")
        return prop

    def _first_page(self, schema: Schema) -> int:
        """The page a list starts at, when no page number is sent: the parameter's default or
        minimum, else 1."""
        schema = self.schemas.resolved(schema)
        for value in (schema.default, schema.minimum):
            if (
                isinstance(value, (int, float))
                and not isinstance(value, bool)
                and value == int(value)
            ):
                return int(value)
        return 1

    # -- naming the page classes ---------------------------------------------------------

    def _named(self, pagination: Pagination, shape: _Shape) -> Pagination:
        """``pagination`` with its page class, its other fields and the type of its items."""
        own = {p.name for p in pagination.scheme_fields}
        extra = (
            ()
            if pagination.items_in_body
            else tuple(p for p in shape.body.properties if p.name not in own)
        )
        key = (
            pagination.scheme,
            pagination.request_param,
            pagination.items_in_body,
            tuple(p.name for p in pagination.scheme_fields),
            pagination.item_id.name if pagination.item_id else None,
            pagination.first_page,
            tuple((p.name, p.schema.types, p.schema.ref, p.schema.format) for p in extra),
        )
        if key not in self._page_classes:
            self._page_classes[key] = self._class_name(pagination)
        return replace(
            pagination,
            page_class=self._page_classes[key],
            extra=extra,
            item_schema=self.schemas.resolved(pagination.items.schema).items,
        )

    def _class_name(self, pagination: Pagination) -> str:
        """The scheme's class; for a second shape, that name after its items, else numbered."""
        taken = set(self._page_classes.values())
        base = PAGE_CLASSES[pagination.scheme]
        candidates = [base]
        if not pagination.items_in_body:
            candidates.append(class_name(pagination.items.name, fallback="") + base)
        for candidate in candidates:
            if candidate not in taken:
                return candidate
        number = 2
        while f"{base}{number}" in taken:
            number += 1
        return f"{base}{number}"
