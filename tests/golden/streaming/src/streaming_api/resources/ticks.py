"""Operations on ticks."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from streaming_api._base_client import RequestOptions
from streaming_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from streaming_api._streaming import AsyncStream, Stream
from streaming_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from streaming_api.types.schemas import Tick

__all__ = [
    "TicksResource",
    "AsyncTicksResource",
    "TicksResourceWithRawResponse",
    "AsyncTicksResourceWithRawResponse",
    "TicksResourceWithStreamingResponse",
    "AsyncTicksResourceWithStreamingResponse",
]


class TicksResource(SyncAPIResource):
    """Operations on ticks."""

    @cached_property
    def with_raw_response(self) -> TicksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return TicksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TicksResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return TicksResourceWithStreamingResponse(self)

    def stream(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[Tick]:
        """Stream ticks

        Each event described by OpenAPI 3.2's itemSchema, its data by contentSchema.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from streaming_api.types.schemas import Tick

        return self._client._request_stream(
            RequestOptions(
                method="get",
                path="/ticks",
                headers={
                    "Accept": "text/event-stream",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Tick,
        )


class TicksResourceWithRawResponse:
    def __init__(self, resource: TicksResource) -> None:
        self._resource = resource
        self.stream = to_raw_response_wrapper(resource.stream)


class TicksResourceWithStreamingResponse:
    def __init__(self, resource: TicksResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.stream = to_streamed_response_wrapper(resource.stream)


class AsyncTicksResource(AsyncAPIResource):
    """Operations on ticks."""

    @cached_property
    def with_raw_response(self) -> AsyncTicksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncTicksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTicksResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncTicksResourceWithStreamingResponse(self)

    async def stream(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[Tick]:
        """Stream ticks

        Each event described by OpenAPI 3.2's itemSchema, its data by contentSchema.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from streaming_api.types.schemas import Tick

        return await self._client._request_stream(
            RequestOptions(
                method="get",
                path="/ticks",
                headers={
                    "Accept": "text/event-stream",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Tick,
        )


class AsyncTicksResourceWithRawResponse:
    def __init__(self, resource: AsyncTicksResource) -> None:
        self._resource = resource
        self.stream = async_to_raw_response_wrapper(resource.stream)


class AsyncTicksResourceWithStreamingResponse:
    def __init__(self, resource: AsyncTicksResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.stream = async_to_streamed_response_wrapper(resource.stream)
