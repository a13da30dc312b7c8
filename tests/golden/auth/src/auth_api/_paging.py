"""What every page class shares: walking the pages, and the items on them.

Each API's page classes, with its field names, are in ``_pagination``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Generator, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

from pydantic import PrivateAttr

from ._base_client import RequestOptions
from ._exceptions import RepeatedCursorError
from ._models import BaseModel

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["SyncPage", "AsyncPage", "AsyncPaginator"]

ItemT = TypeVar("ItemT")
SyncPageT = TypeVar("SyncPageT", bound="SyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="AsyncPage[Any]")

_LAST_PAGE = "This is the last page; check has_next_page() before get_next_page()."


class _Trail:
    """The cursors a walk has followed, to notice one that comes back.

    Only their hashes are kept, with the page each fetched: some hundred bytes
    a page, however long the cursors are.
    """

    def __init__(self, first: RequestOptions, cursor_param: str) -> None:
        self._cursor_param = cursor_param
        self._pages: dict[int, int] = {}  # hash of a cursor -> the page fetched with it
        self._last_page = 1
        cursor = first.params.get(cursor_param)
        if isinstance(cursor, str) and cursor:
            self._pages[hash(cursor)] = 1

    def follow(self, options: RequestOptions) -> None:
        """Note the cursor in ``options``, for the next page; raise if a page was fetched with it."""
        cursor = str(options.params[self._cursor_param])
        page = self._last_page + 1
        earlier = self._pages.setdefault(hash(cursor), page)
        if earlier != page:
            raise RepeatedCursorError(cursor, page=self._last_page, first_page=earlier)
        self._last_page = page


class SyncPage(BaseModel, Generic[ItemT]):
    """One page of a list; iterate it to walk every item of every page."""

    _cursor_param: ClassVar[str]
    _client: SyncAPIClient = PrivateAttr()
    _options: RequestOptions = PrivateAttr()

    def _set_context(self, client: SyncAPIClient, options: RequestOptions) -> None:
        self._client = client
        self._options = options

    def _page_items(self) -> list[ItemT]:
        raise NotImplementedError

    def _next_cursor(self) -> str | None:
        raise NotImplementedError

    def has_next_page(self) -> bool:
        """False on the last page: one without a next cursor, or an empty one."""
        return bool(self._page_items()) and bool(self._next_cursor())

    def _next_page_options(self) -> RequestOptions | None:
        cursor = self._next_cursor()
        if not self._page_items() or not cursor:
            return None
        return self._options.with_params(**{self._cursor_param: cursor})

    def get_next_page(self) -> Self:
        options = self._next_page_options()
        if options is None:
            raise RuntimeError(_LAST_PAGE)
        return self._client._request_page(type(self), options)

    def iter_pages(self) -> Iterator[Self]:
        """This page and every following one, fetched as you go."""
        return _walk_pages(self)

    def __iter__(self) -> Iterator[ItemT]:  # type: ignore[override]
        return _items_of(_walk_pages(self))


def _walk_pages(page: SyncPageT) -> Iterator[SyncPageT]:
    # A module-level generator, so that no frame keeps a page once it is done:
    # only the page being read is in memory.
    trail = _Trail(page._options, page._cursor_param)
    while True:
        yield page
        options = page._next_page_options()
        if options is None:
            return
        trail.follow(options)
        client, page_cls = page._client, type(page)
        del page  # before fetching the next one
        page = client._request_page(page_cls, options)


def _items_of(pages: Iterator[SyncPage[ItemT]]) -> Iterator[ItemT]:
    for page in pages:
        items = iter(page._page_items())
        del page  # only _walk_pages decides how long a page lives
        yield from items


class AsyncPage(BaseModel, Generic[ItemT]):
    """One page of a list; ``async for`` over it walks every item of every page."""

    _cursor_param: ClassVar[str]
    _client: AsyncAPIClient = PrivateAttr()
    _options: RequestOptions = PrivateAttr()

    def _set_context(self, client: AsyncAPIClient, options: RequestOptions) -> None:
        self._client = client
        self._options = options

    def _page_items(self) -> list[ItemT]:
        raise NotImplementedError

    def _next_cursor(self) -> str | None:
        raise NotImplementedError

    def has_next_page(self) -> bool:
        """False on the last page: one without a next cursor, or an empty one."""
        return bool(self._page_items()) and bool(self._next_cursor())

    def _next_page_options(self) -> RequestOptions | None:
        cursor = self._next_cursor()
        if not self._page_items() or not cursor:
            return None
        return self._options.with_params(**{self._cursor_param: cursor})

    async def get_next_page(self) -> Self:
        options = self._next_page_options()
        if options is None:
            raise RuntimeError(_LAST_PAGE)
        return await self._client._request_page(type(self), options)

    def iter_pages(self) -> AsyncIterator[Self]:
        """This page and every following one, fetched as you go."""
        return _async_walk_pages(self, self._client, type(self), self._options)

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return _async_items_of(self.iter_pages())


async def _async_walk_pages(
    page: AsyncPageT | None,
    client: AsyncAPIClient,
    page_cls: type[AsyncPageT],
    options: RequestOptions,
) -> AsyncIterator[AsyncPageT]:
    """The pages from the one ``options`` asks for on; ``page`` is that one, if it was fetched already."""
    trail = _Trail(options, page_cls._cursor_param)
    while True:
        if page is None:
            page = await client._request_page(page_cls, options)
        yield page
        next_options = page._next_page_options()
        if next_options is None:
            return
        trail.follow(next_options)
        options, page = next_options, None  # before fetching the next one


async def _async_items_of(pages: AsyncIterator[AsyncPage[ItemT]]) -> AsyncIterator[ItemT]:
    async for page in pages:
        items = iter(page._page_items())
        del page  # only _async_walk_pages decides how long a page lives
        for item in items:
            yield item


class AsyncPaginator(Generic[ItemT, AsyncPageT]):
    """What an async list method returns: ``await`` it for the first page, or ``async for`` every item."""

    def __init__(
        self, client: AsyncAPIClient, page_cls: type[AsyncPageT], options: RequestOptions
    ) -> None:
        self._client = client
        self._page_cls = page_cls
        self._options = options

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        first_page: Awaitable[AsyncPageT] = self._client._request_page(
            self._page_cls, self._options
        )
        return first_page.__await__()

    def __aiter__(self) -> AsyncIterator[ItemT]:
        pages = _async_walk_pages(None, self._client, self._page_cls, self._options)
        return _async_items_of(pages)
