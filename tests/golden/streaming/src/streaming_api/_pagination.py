"""Pages of results, and iteration over every item of every page.

Iterating a page fetches the following pages lazily, one at a time.

A walk that would fetch a page it already fetched, because the server sent a
cursor again, stops with RepeatedCursorError instead of going round forever; one
the server sends to another host stops with CrossOriginNextPageError.

The page classes of this API are here, what they share in ``_paging``.
"""

from __future__ import annotations

from ._paging import AsyncPage, AsyncPaginator, SyncPage

__all__ = [
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
]
