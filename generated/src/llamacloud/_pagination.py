"""Pages of results, and iteration over every item of every page.

Iterating a page fetches the following pages lazily, one at a time::

    for item in client.classifier.jobs.list():
        ...

A walk that would fetch a page it already fetched, because the server sent a
cursor again, stops with RepeatedCursorError instead of going round forever; one
the server sends to another host stops with CrossOriginNextPageError.

The page classes of this API are here, what they share in ``_paging``.
"""

from __future__ import annotations

from typing import ClassVar

from ._paging import AsyncPage, AsyncPaginator, CursorPaging, ItemT, PageItems, Paging, SyncPage

__all__ = [
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
    "SyncCursorPage",
    "AsyncCursorPage",
]


class SyncCursorPage(SyncPage[ItemT]):
    """A page of a list paginated by the ``page_token`` cursor."""

    _paging: ClassVar[Paging] = CursorPaging(
        items="items", param="page_token", next_cursor="next_page_token"
    )

    items: PageItems[ItemT]
    next_page_token: str | None = None
    total_size: int | None = None


class AsyncCursorPage(AsyncPage[ItemT]):
    """A page of a list paginated by the ``page_token`` cursor."""

    _paging: ClassVar[Paging] = CursorPaging(
        items="items", param="page_token", next_cursor="next_page_token"
    )

    items: PageItems[ItemT]
    next_page_token: str | None = None
    total_size: int | None = None
