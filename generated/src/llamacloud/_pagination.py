"""Pages of results, and iteration over every item of every page.

Iterating a page fetches the following pages lazily, one at a time::

    for item in client.classifier.jobs.list():
        ...

A walk that would fetch a page it already fetched, because the server sent a
cursor again, stops with RepeatedCursorError instead of going round forever.

The page classes of this API are here, what they share in ``_paging``.
"""

from __future__ import annotations

from typing import ClassVar

from ._paging import AsyncPage, AsyncPaginator, ItemT, SyncPage

__all__ = [
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
    "SyncCursorPage",
    "AsyncCursorPage",
]


class SyncCursorPage(SyncPage[ItemT]):
    """A page of a list paginated by the ``page_token`` cursor."""

    _cursor_param: ClassVar[str] = "page_token"

    items: list[ItemT]
    next_page_token: str | None = None
    total_size: int | None = None

    def _page_items(self) -> list[ItemT]:
        return self.items

    def _next_cursor(self) -> str | None:
        return self.next_page_token


class AsyncCursorPage(AsyncPage[ItemT]):
    """A page of a list paginated by the ``page_token`` cursor."""

    _cursor_param: ClassVar[str] = "page_token"

    items: list[ItemT]
    next_page_token: str | None = None
    total_size: int | None = None

    def _page_items(self) -> list[ItemT]:
        return self.items

    def _next_cursor(self) -> str | None:
        return self.next_page_token
