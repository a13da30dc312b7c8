"""What every page class shares: walking the pages, and the items on them.

Each API's page classes, with its field names, are in ``_pagination``. Each says in a
``Paging`` how its list names the next page: a cursor in the body (``CursorPaging``), an offset
(``OffsetPaging``), a page number (``PageNumberPaging``), a ``Link`` header
(``LinkHeaderPaging``), a URL in the body (``NextUrlPaging``), or the last item's id while the
body says there is more (``AfterIdPaging``).

A walk ends on a page without a next page, or on an empty page (whatever it says of more). It
stops with ``RepeatedCursorError`` where the server names a page it fetched already, and with
``CrossOriginNextPageError`` where it names one on another origin: a next-page URL is followed
only where the client's credentials may go.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Generator, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Generic, Self, TypeVar

import httpx
from pydantic import FailFast, PrivateAttr, model_validator

from ._base_client import RequestOptions
from ._exceptions import CrossOriginNextPageError, RepeatedCursorError
from ._models import BaseModel
from ._redirects import same_origin
from ._types import NotGiven, is_json_array, is_json_object

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AfterIdPaging",
    "AsyncPage",
    "AsyncPaginator",
    "CursorPaging",
    "LinkHeaderPaging",
    "NextUrlPaging",
    "OffsetPaging",
    "PageItems",
    "PageNumberPaging",
    "Paging",
    "SyncPage",
]

ItemT = TypeVar("ItemT")
SyncPageT = TypeVar("SyncPageT", bound="SyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="AsyncPage[Any]")

# The items of a page. Validating them stops at the first item that does not match the API
# description: a client that reads responses tolerantly then reads the page item by item, and
# a whole failed pass over thousands of items first would double its time.
PageItems = Annotated[list[ItemT], FailFast()]

_LAST_PAGE = "This is the last page; check has_next_page() before get_next_page()."


# -- how a list names its next page ---------------------------------------------------


@dataclass(frozen=True)
class NextPage:
    """Where the next page is: query parameters to send in place of this page's, or a URL."""

    params: Mapping[str, object] | None = None
    url: str | None = None


@dataclass(frozen=True)
class Paging:
    """How a list names its next page; ``items`` is the page's attribute holding its items."""

    items: str
    kind: ClassVar[str] = "URL"  # what a position is, for RepeatedCursorError

    def next_page(self, page: BasePage[Any]) -> NextPage | None:
        """Where the page after ``page`` is, if there is one; ``page`` is not empty."""
        raise NotImplementedError

    def position(self, options: RequestOptions) -> str | None:
        """What tells the page ``options`` fetch from the others, to notice a walk that repeats."""
        return options.url


@dataclass(frozen=True)
class _ParamPaging(Paging):
    """A scheme that moves on by changing one query parameter, ``param``."""

    param: str
    kind: ClassVar[str] = "cursor"

    def position(self, options: RequestOptions) -> str | None:
        value = options.params.get(self.param)
        if value is None or isinstance(value, NotGiven) or value == "":
            return None
        return str(value)


@dataclass(frozen=True)
class CursorPaging(_ParamPaging):
    """The body's ``next_cursor`` is sent as ``param`` for the next page."""

    next_cursor: str

    def next_page(self, page: BasePage[Any]) -> NextPage | None:
        cursor = getattr(page, self.next_cursor)
        return NextPage(params={self.param: cursor}) if cursor else None


@dataclass(frozen=True)
class OffsetPaging(_ParamPaging):
    """The next page starts after the items read so far: at this offset plus this page's items,
    as long as that is below the ``total`` the body gives (if it does)."""

    total: str | None = None

    def next_page(self, page: BasePage[Any]) -> NextPage | None:
        offset = _integer(page._options.params.get(self.param), 0) + len(page._page_items())
        total = getattr(page, self.total) if self.total is not None else None
        if isinstance(total, int) and offset >= total:
            return None
        return NextPage(params={self.param: offset})


@dataclass(frozen=True)
class PageNumberPaging(_ParamPaging):
    """The next page is this one's number plus one (the first is ``first_page``), as long as
    that is within the ``total_pages`` the body gives (if it does)."""

    first_page: int = 1
    total_pages: str | None = None

    def next_page(self, page: BasePage[Any]) -> NextPage | None:
        number = _integer(page._options.params.get(self.param), self.first_page)
        total = getattr(page, self.total_pages) if self.total_pages is not None else None
        if isinstance(total, int) and number >= total:
            return None
        return NextPage(params={self.param: number + 1})


@dataclass(frozen=True)
class AfterIdPaging(_ParamPaging):
    """While the body's ``has_more`` is true, the next page starts after this page's last item:
    its ``item_id`` is sent as ``param`` (``starting_after``)."""

    has_more: str
    item_id: str = "id"

    def next_page(self, page: BasePage[Any]) -> NextPage | None:
        if not getattr(page, self.has_more):
            return None
        last = page._page_items()[-1]
        value = last.get(self.item_id) if is_json_object(last) else getattr(last, self.item_id)
        return NextPage(params={self.param: value}) if value else None


@dataclass(frozen=True)
class LinkHeaderPaging(Paging):
    """The next page is the URL of the response's ``Link`` header with ``rel="next"``."""

    def next_page(self, page: BasePage[Any]) -> NextPage | None:
        url = next_link(page._headers.get_list("link"))
        return NextPage(url=url) if url else None


@dataclass(frozen=True)
class NextUrlPaging(Paging):
    """The next page is the URL in the body's ``next_url`` field."""

    next_url: str

    def next_page(self, page: BasePage[Any]) -> NextPage | None:
        url = getattr(page, self.next_url)
        return NextPage(url=url) if url else None


def _integer(value: object, default: int) -> int:
    """An offset or page number as the caller gave it, else ``default``."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return default


# One link of a Link header (RFC 8288): <target> then its parameters, up to the next link.
_LINK = re.compile(r'<([^>]*)>((?:\s*;\s*[^;,"=\s]+\s*(?:=\s*(?:"[^"]*"|[^;,]*))?)*)')
_REL = re.compile(r'(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))', re.IGNORECASE)


def next_link(headers: list[str]) -> str | None:
    """The target of the ``rel="next"`` link in these ``Link`` headers, if there is one."""
    for header in headers:
        for match in _LINK.finditer(header):
            rel = _REL.search(match[2])
            if rel is not None and "next" in (rel[1] or rel[2]).lower().split():
                return match[1].strip()
    return None


# -- pages -------------------------------------------------------------------------


class _Trail:
    """Where a walk has fetched pages (see ``Paging.position``), to notice one that comes back.

    Only hashes are kept, with the page each fetched: some hundred bytes a page, however long
    the cursors are.
    """

    def __init__(self, first: str | None, kind: str = "cursor") -> None:
        self._kind = kind
        self._pages: dict[int, int] = {}  # hash of a position -> the page fetched at it
        self._last_page = 1
        if first:
            self._pages[hash(first)] = 1

    def follow(self, position: str | None) -> None:
        """Note where the next page is; raise if a page was fetched there."""
        page = self._last_page + 1
        if position:
            earlier = self._pages.setdefault(hash(position), page)
            if earlier != page:
                raise RepeatedCursorError(
                    position, page=self._last_page, first_page=earlier, kind=self._kind
                )
        self._last_page = page


class BasePage(BaseModel, Generic[ItemT]):
    """What a page knows of where it came from, and how it finds the next one."""

    _paging: ClassVar[Paging]
    _options: RequestOptions = PrivateAttr()
    _url: httpx.URL = PrivateAttr()  # the URL this page came from, redirects followed
    _headers: httpx.Headers = PrivateAttr()
    _base_url: httpx.URL = PrivateAttr()

    @model_validator(mode="before")
    @classmethod
    def _tolerant_input(cls, data: Any) -> Any:
        # A list answered with an array: the array is the page's items. (Also what
        # ``_tolerant`` reads, for a page that does not match the API description.)
        return {cls._paging.items: data} if is_json_array(data) else data

    def _set_response(
        self, options: RequestOptions, response: httpx.Response, base_url: httpx.URL
    ) -> None:
        self._options = options
        self._url = response.request.url
        self._headers = response.headers
        self._base_url = base_url

    def _trail(self) -> _Trail:
        """A trail for a walk from this page, which it holds: its position, else its URL."""
        return _Trail(self._paging.position(self._options) or str(self._url), self._paging.kind)

    def _page_items(self) -> list[ItemT]:
        items: list[ItemT] = getattr(self, self._paging.items)
        return items

    def has_next_page(self) -> bool:
        """False on the last page: one that names no next page, or an empty one."""
        return bool(self._page_items()) and self._paging.next_page(self) is not None

    def _next_page_options(self) -> RequestOptions | None:
        if not self._page_items():  # an empty page ends a walk, whatever it says of more
            return None
        step = self._paging.next_page(self)
        if step is None:
            return None
        if step.url is None:
            return self._options.with_params(**(step.params or {}))
        url = self._url.join(step.url)  # a relative URL is relative to this page's
        if not same_origin(url, self._base_url):
            raise CrossOriginNextPageError(str(url), base_url=str(self._base_url))
        return replace(self._options, url=str(url))


class SyncPage(BasePage[ItemT]):
    """One page of a list; iterate it to walk every item of every page."""

    _client: SyncAPIClient = PrivateAttr()

    def _set_context(
        self, client: SyncAPIClient, options: RequestOptions, response: httpx.Response
    ) -> None:
        self._client = client
        self._set_response(options, response, client.base_url)

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
    trail = page._trail()
    while True:
        yield page
        options = page._next_page_options()
        if options is None:
            return
        trail.follow(page._paging.position(options))
        client, page_cls = page._client, type(page)
        del page  # before fetching the next one
        page = client._request_page(page_cls, options)


def _items_of(pages: Iterator[SyncPage[ItemT]]) -> Iterator[ItemT]:
    for page in pages:
        items = iter(page._page_items())
        del page  # only _walk_pages decides how long a page lives
        yield from items


class AsyncPage(BasePage[ItemT]):
    """One page of a list; ``async for`` over it walks every item of every page."""

    _client: AsyncAPIClient = PrivateAttr()

    def _set_context(
        self, client: AsyncAPIClient, options: RequestOptions, response: httpx.Response
    ) -> None:
        self._client = client
        self._set_response(options, response, client.base_url)

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
    trail: _Trail | None = None
    while True:
        if page is None:
            page = await client._request_page(page_cls, options)
        if trail is None:
            trail = page._trail()
        yield page
        next_options = page._next_page_options()
        if next_options is None:
            return
        trail.follow(page_cls._paging.position(next_options))
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
