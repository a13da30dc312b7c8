"""Operations on reports."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from auth_api._base_client import RequestOptions
from auth_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from auth_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from auth_api.types.schemas import Status

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

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Status:
        """Reports (an OAuth 2 token)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Status

        return self._client._request(
            RequestOptions(
                method="get",
                path="/reports",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                security=(("oauth",),),
            ),
            cast_to=Status,
        )


class ReportsResourceWithRawResponse:
    def __init__(self, resource: ReportsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class ReportsResourceWithStreamingResponse:
    def __init__(self, resource: ReportsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from auth_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


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

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Status:
        """Reports (an OAuth 2 token)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Status

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/reports",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                security=(("oauth",),),
            ),
            cast_to=Status,
        )


class AsyncReportsResourceWithRawResponse:
    def __init__(self, resource: AsyncReportsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncReportsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncReportsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from auth_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
