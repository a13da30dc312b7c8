"""Pagination: which list operations return pages, and the page classes they share."""

from __future__ import annotations

from typing import Any

from ..spec.extensions import EXTENSION_PREFIX
from ..spec.pointers import join_pointer
from .context import Context
from .model import (
    Pagination,
    Response,
)
from .operations import Draft
from .schemas import SchemaBuilder


class PageShapes:
    """Recognises paginated lists; each distinct page shape gets one page class."""

    def __init__(self, schemas: SchemaBuilder) -> None:
        self.schemas = schemas
        self.ctx: Context = schemas
        self._page_classes: dict[tuple[Any, ...], str] = {}  # pagination shape -> page class name

    def pagination(self, draft: Draft, success: Response | None) -> Pagination | None:
        """Recognise a cursor-paginated list by its shape, or by x-sdkgen-pagination."""
        declared = draft.node.get(EXTENSION_PREFIX + "pagination")
        if declared is False or success is None or success.schema is None:
            return None
        defaults = self.ctx.config.pagination
        request_param, items_field, next_field = (
            defaults.request_param,
            defaults.items_field,
            defaults.next_field,
        )
        where = join_pointer(draft.pointer, EXTENSION_PREFIX + "pagination")
        if isinstance(declared, dict):
            request_param = str(declared.get("request_param", request_param))
            items_field = str(declared.get("items", items_field))
            next_field = str(declared.get("next_cursor", next_field))
        elif declared not in (None, True):
            raise self.ctx.error(
                "must be false or a mapping with request_param, items and next_cursor", where
            )
        body = self.schemas.resolved(success.schema)
        by_name = {p.name: p for p in body.properties}
        query = {p.name for p in draft.parameters if p.location == "query"}
        items = by_name.get(items_field)
        shape_ok = (
            request_param in query
            and items is not None
            and self.schemas.resolved(items.schema).is_array
            and next_field in by_name
        )
        if not shape_ok:
            if declared is not None:
                raise self.ctx.error(
                    f"declared pagination does not fit: needs query parameter {request_param!r} and response "
                    f"fields {items_field!r} (array) and {next_field!r}",
                    where,
                )
            return None
        assert items is not None
        extra = tuple(p for p in body.properties if p.name not in (items_field, next_field))
        shape = (
            request_param,
            items_field,
            next_field,
            tuple((p.name, p.schema.types, p.schema.ref, p.schema.format) for p in extra),
        )
        if shape not in self._page_classes:
            self._page_classes[shape] = "CursorPage" + (
                str(len(self._page_classes) + 1) if self._page_classes else ""
            )
        return Pagination(
            page_class=self._page_classes[shape],
            request_param=request_param,
            items=items,
            next_cursor=by_name[next_field],
            extra=extra,
            item_schema=self.schemas.resolved(items.schema).items,
        )
