"""Operations on reports."""

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
    from paging_api.types.schemas import ReportsGetResponse

__all__ = [
    "ReportsResource",
    "AsyncReportsResource",
    "ReportsResourceWithRawResponse",
    "AsyncReportsResourceWithRawResponse",
    "ReportsResourceWithStreamingResponse",
    "AsyncReportsResourceWithStreamingResponse",
]


class ReportsResource(SyncAPIResource):
    """Operations on reports."""

    @cached_property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return ReportsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReportsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return ReportsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ReportsGetResponse:
        """Offset and limit over a table

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api.types.schemas import ReportsGetResponse

        return self._client._request(
            RequestOptions(
                method="get",
                path="/reports",
                params={
                    "offset": offset,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=ReportsGetResponse,
        )


class ReportsResourceWithRawResponse:
    def __init__(self, resource: ReportsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class ReportsResourceWithStreamingResponse:
    def __init__(self, resource: ReportsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncReportsResource(AsyncAPIResource):
    """Operations on reports."""

    @cached_property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncReportsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReportsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncReportsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ReportsGetResponse:
        """Offset and limit over a table

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api.types.schemas import ReportsGetResponse

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/reports",
                params={
                    "offset": offset,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=ReportsGetResponse,
        )


class AsyncReportsResourceWithRawResponse:
    def __init__(self, resource: AsyncReportsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncReportsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncReportsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
