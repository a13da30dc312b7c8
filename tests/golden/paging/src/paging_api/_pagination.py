"""Pages of results, and iteration over every item of every page.

Iterating a page fetches the following pages lazily, one at a time::

    for item in client.tokens.list():
        ...

A walk that would fetch a page it already fetched, because the server sent a
cursor again, stops with RepeatedCursorError instead of going round forever; one
the server sends to another host stops with CrossOriginNextPageError.

The page classes of this API are here, what they share in ``_paging``.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from ._paging import (
    AfterIdPaging,
    AsyncPage,
    AsyncPaginator,
    CursorPaging,
    ItemT,
    LinkHeaderPaging,
    NextUrlPaging,
    OffsetPaging,
    PageItems,
    PageNumberPaging,
    Paging,
    SyncPage,
)

__all__ = [
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
    "SyncCursorPage",
    "AsyncCursorPage",
    "SyncOffsetPage",
    "AsyncOffsetPage",
    "SyncPageNumberPage",
    "AsyncPageNumberPage",
    "SyncLinkHeaderPage",
    "AsyncLinkHeaderPage",
    "SyncNextUrlPage",
    "AsyncNextUrlPage",
    "SyncAfterIdPage",
    "AsyncAfterIdPage",
    "SyncEntriesOffsetPage",
    "AsyncEntriesOffsetPage",
    "SyncRowsPageNumberPage",
    "AsyncRowsPageNumberPage",
    "SyncResultsNextUrlPage",
    "AsyncResultsNextUrlPage",
    "SyncDataAfterIdPage",
    "AsyncDataAfterIdPage",
]


class SyncCursorPage(SyncPage[ItemT]):
    """A page of a list paginated by the ``page_token`` cursor."""

    _paging: ClassVar[Paging] = CursorPaging(
        items="items", param="page_token", next_cursor="next_page_token"
    )

    items: PageItems[ItemT]
    next_page_token: str | None = None


class AsyncCursorPage(AsyncPage[ItemT]):
    """A page of a list paginated by the ``page_token`` cursor."""

    _paging: ClassVar[Paging] = CursorPaging(
        items="items", param="page_token", next_cursor="next_page_token"
    )

    items: PageItems[ItemT]
    next_page_token: str | None = None


class SyncOffsetPage(SyncPage[ItemT]):
    """A page of a list paginated by offset: the next page's ``offset`` is past this page's items."""

    _paging: ClassVar[Paging] = OffsetPaging(items="data", param="offset", total="total")

    data: PageItems[ItemT]
    total: int | None = None


class AsyncOffsetPage(AsyncPage[ItemT]):
    """A page of a list paginated by offset: the next page's ``offset`` is past this page's items."""

    _paging: ClassVar[Paging] = OffsetPaging(items="data", param="offset", total="total")

    data: PageItems[ItemT]
    total: int | None = None


class SyncPageNumberPage(SyncPage[ItemT]):
    """A page of a list paginated by page number: ``page``, from 1."""

    _paging: ClassVar[Paging] = PageNumberPaging(
        items="results", param="page", total_pages="total_pages"
    )

    results: PageItems[ItemT]
    total_pages: int | None = None


class AsyncPageNumberPage(AsyncPage[ItemT]):
    """A page of a list paginated by page number: ``page``, from 1."""

    _paging: ClassVar[Paging] = PageNumberPaging(
        items="results", param="page", total_pages="total_pages"
    )

    results: PageItems[ItemT]
    total_pages: int | None = None


class SyncLinkHeaderPage(SyncPage[ItemT]):
    """A page of a list whose next page is the ``rel="next"`` URL of its ``Link`` header."""

    _paging: ClassVar[Paging] = LinkHeaderPaging(items="items")

    items: PageItems[ItemT]


class AsyncLinkHeaderPage(AsyncPage[ItemT]):
    """A page of a list whose next page is the ``rel="next"`` URL of its ``Link`` header."""

    _paging: ClassVar[Paging] = LinkHeaderPaging(items="items")

    items: PageItems[ItemT]


class SyncNextUrlPage(SyncPage[ItemT]):
    """A page of a list whose next page is the URL in ``next_page_uri``."""

    _paging: ClassVar[Paging] = NextUrlPaging(items="messages", next_url="next_page_uri")

    messages: PageItems[ItemT]
    next_page_uri: str | None = None
    page: int | None = None
    page_size: int | None = None


class AsyncNextUrlPage(AsyncPage[ItemT]):
    """A page of a list whose next page is the URL in ``next_page_uri``."""

    _paging: ClassVar[Paging] = NextUrlPaging(items="messages", next_url="next_page_uri")

    messages: PageItems[ItemT]
    next_page_uri: str | None = None
    page: int | None = None
    page_size: int | None = None


class SyncAfterIdPage(SyncPage[ItemT]):
    """A page of a list that goes on after its last item (its ``id`` sent as ``starting_after``) while ``has_more`` is true."""

    _paging: ClassVar[Paging] = AfterIdPaging(
        items="data", param="starting_after", has_more="has_more"
    )

    data: PageItems[ItemT]
    has_more: bool | None = None
    object: Literal["list"] | None = None
    url: str | None = None


class AsyncAfterIdPage(AsyncPage[ItemT]):
    """A page of a list that goes on after its last item (its ``id`` sent as ``starting_after``) while ``has_more`` is true."""

    _paging: ClassVar[Paging] = AfterIdPaging(
        items="data", param="starting_after", has_more="has_more"
    )

    data: PageItems[ItemT]
    has_more: bool | None = None
    object: Literal["list"] | None = None
    url: str | None = None


class SyncEntriesOffsetPage(SyncPage[ItemT]):
    """A page of a list paginated by offset: the next page's ``skip`` is past this page's items."""

    _paging: ClassVar[Paging] = OffsetPaging(items="entries", param="skip", total="count")

    entries: PageItems[ItemT]
    count: int | None = None


class AsyncEntriesOffsetPage(AsyncPage[ItemT]):
    """A page of a list paginated by offset: the next page's ``skip`` is past this page's items."""

    _paging: ClassVar[Paging] = OffsetPaging(items="entries", param="skip", total="count")

    entries: PageItems[ItemT]
    count: int | None = None


class SyncRowsPageNumberPage(SyncPage[ItemT]):
    """A page of a list paginated by page number: ``p``, from 0."""

    _paging: ClassVar[Paging] = PageNumberPaging(items="rows", param="p", first_page=0)

    rows: PageItems[ItemT]


class AsyncRowsPageNumberPage(AsyncPage[ItemT]):
    """A page of a list paginated by page number: ``p``, from 0."""

    _paging: ClassVar[Paging] = PageNumberPaging(items="rows", param="p", first_page=0)

    rows: PageItems[ItemT]


class SyncResultsNextUrlPage(SyncPage[ItemT]):
    """A page of a list whose next page is the URL in ``next``."""

    _paging: ClassVar[Paging] = NextUrlPaging(items="results", next_url="next")

    results: PageItems[ItemT]
    next: str | None = None
    count: int | None = None
    previous: str | None = None


class AsyncResultsNextUrlPage(AsyncPage[ItemT]):
    """A page of a list whose next page is the URL in ``next``."""

    _paging: ClassVar[Paging] = NextUrlPaging(items="results", next_url="next")

    results: PageItems[ItemT]
    next: str | None = None
    count: int | None = None
    previous: str | None = None


class SyncDataAfterIdPage(SyncPage[ItemT]):
    """A page of a list that goes on after its last item (its ``id`` sent as ``after``) while ``has_more`` is true."""

    _paging: ClassVar[Paging] = AfterIdPaging(items="data", param="after", has_more="has_more")

    data: PageItems[ItemT]
    has_more: bool | None = None


class AsyncDataAfterIdPage(AsyncPage[ItemT]):
    """A page of a list that goes on after its last item (its ``id`` sent as ``after``) while ``has_more`` is true."""

    _paging: ClassVar[Paging] = AfterIdPaging(items="data", param="after", has_more="has_more")

    data: PageItems[ItemT]
    has_more: bool | None = None
