"""Pages of results, and iteration over every item of every page.

Iterating a page fetches the following pages lazily, one at a time::

    for item in client.accounts.messages.list():
        ...

A walk that would fetch a page it already fetched, because the server sent a
cursor again, stops with RepeatedCursorError instead of going round forever; one
the server sends to another host stops with CrossOriginNextPageError.

The page classes of this API are here, what they share in ``_paging``.
"""

from __future__ import annotations

from typing import ClassVar

from ._paging import AsyncPage, AsyncPaginator, ItemT, NextUrlPaging, PageItems, Paging, SyncPage

__all__ = [
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
    "SyncNextUrlPage",
    "AsyncNextUrlPage",
]


class SyncNextUrlPage(SyncPage[ItemT]):
    """A page of a list whose next page is the URL in ``next_page_uri``."""

    _paging: ClassVar[Paging] = NextUrlPaging(items="messages", next_url="next_page_uri")

    messages: PageItems[ItemT]
    next_page_uri: str | None = None


class AsyncNextUrlPage(AsyncPage[ItemT]):
    """A page of a list whose next page is the URL in ``next_page_uri``."""

    _paging: ClassVar[Paging] = NextUrlPaging(items="messages", next_url="next_page_uri")

    messages: PageItems[ItemT]
    next_page_uri: str | None = None
