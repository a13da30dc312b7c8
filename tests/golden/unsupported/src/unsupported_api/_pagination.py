"""Pages of results, and iteration over every item of every page.

Iterating a page fetches the following pages lazily, one at a time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Generator, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

from pydantic import PrivateAttr

from ._base_client import RequestOptions
from ._models import BaseModel

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient


__all__ = [
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
]

ItemT = TypeVar("ItemT")
AsyncPageT = TypeVar("AsyncPageT", bound="AsyncPage[Any]")


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
        return bool(self._page_items()) and bool(self._next_cursor())

    def get_next_page(self) -> Self:
        cursor = self._next_cursor()
        if not cursor:
            raise RuntimeError("This is the last page; check has_next_page() first.")
        return self._client._request_page(
            type(self), self._options.with_params(**{self._cursor_param: cursor})
        )

    def iter_pages(self) -> Iterator[Self]:
        """This page and every following one, fetched as you go."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[ItemT]:  # type: ignore[override]
        for page in self.iter_pages():
            yield from page._page_items()


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
        return bool(self._page_items()) and bool(self._next_cursor())

    async def get_next_page(self) -> Self:
        cursor = self._next_cursor()
        if not cursor:
            raise RuntimeError("This is the last page; check has_next_page() first.")
        options = self._options.with_params(**{self._cursor_param: cursor})
        return await self._client._request_page(type(self), options)

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page and every following one, fetched as you go."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page._page_items():
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

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self
        async for item in page:
            yield item
