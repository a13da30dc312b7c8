"""Operations on logs."""

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
    from paging_api._pagination import AsyncEntriesOffsetPage, AsyncPaginator, SyncEntriesOffsetPage
    from paging_api.types.schemas import Item

__all__ = [
    "LogsResource",
    "AsyncLogsResource",
    "LogsResourceWithRawResponse",
    "AsyncLogsResourceWithRawResponse",
    "LogsResourceWithStreamingResponse",
    "AsyncLogsResourceWithStreamingResponse",
]


class LogsResource(SyncAPIResource):
    """Operations on logs."""

    @cached_property
    def with_raw_response(self) -> LogsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return LogsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LogsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return LogsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | None = None,
        top: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncEntriesOffsetPage[Item]:
        """Offset and limit under other names

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import SyncEntriesOffsetPage
        from paging_api.types.schemas import Item

        return self._client._request_page(
            SyncEntriesOffsetPage[Item],
            RequestOptions(
                method="get",
                path="/logs",
                params={
                    "skip": skip,
                    "top": top,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class LogsResourceWithRawResponse:
    def __init__(self, resource: LogsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class LogsResourceWithStreamingResponse:
    def __init__(self, resource: LogsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncLogsResource(AsyncAPIResource):
    """Operations on logs."""

    @cached_property
    def with_raw_response(self) -> AsyncLogsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncLogsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLogsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncLogsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | None = None,
        top: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Item, AsyncEntriesOffsetPage[Item]]:
        """Offset and limit under other names

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import AsyncEntriesOffsetPage, AsyncPaginator
        from paging_api.types.schemas import Item

        return AsyncPaginator(
            self._client,
            AsyncEntriesOffsetPage[Item],
            RequestOptions(
                method="get",
                path="/logs",
                params={
                    "skip": skip,
                    "top": top,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncLogsResourceWithRawResponse:
    def __init__(self, resource: AsyncLogsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncLogsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncLogsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
