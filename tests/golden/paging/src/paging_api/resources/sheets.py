"""Operations on sheets."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from paging_api._base_client import RequestOptions
from paging_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from paging_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from paging_api._pagination import (
        AsyncPaginator,
        AsyncRowsPageNumberPage,
        SyncRowsPageNumberPage,
    )
    from paging_api.types.schemas import Item

__all__ = [
    "SheetsResource",
    "AsyncSheetsResource",
    "SheetsResourceWithRawResponse",
    "AsyncSheetsResourceWithRawResponse",
    "SheetsResourceWithStreamingResponse",
    "AsyncSheetsResourceWithStreamingResponse",
]


class SheetsResource(SyncAPIResource):
    """Operations on sheets."""

    @cached_property
    def with_raw_response(self) -> SheetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return SheetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SheetsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return SheetsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        p: int | None = None,
        size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncRowsPageNumberPage[Item]:
        """Page numbers from 0, under another name

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import SyncRowsPageNumberPage
        from paging_api.types.schemas import Item

        return self._client._request_page(
            SyncRowsPageNumberPage[Item],
            RequestOptions(
                method="get",
                path="/sheets",
                params={
                    "p": p,
                    "size": size,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class SheetsResourceWithRawResponse:
    def __init__(self, resource: SheetsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class SheetsResourceWithStreamingResponse:
    def __init__(self, resource: SheetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncSheetsResource(AsyncAPIResource):
    """Operations on sheets."""

    @cached_property
    def with_raw_response(self) -> AsyncSheetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncSheetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSheetsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncSheetsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        p: int | None = None,
        size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Item, AsyncRowsPageNumberPage[Item]]:
        """Page numbers from 0, under another name

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import AsyncPaginator, AsyncRowsPageNumberPage
        from paging_api.types.schemas import Item

        return AsyncPaginator(
            self._client,
            AsyncRowsPageNumberPage[Item],
            RequestOptions(
                method="get",
                path="/sheets",
                params={
                    "p": p,
                    "size": size,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncSheetsResourceWithRawResponse:
    def __init__(self, resource: AsyncSheetsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncSheetsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncSheetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
