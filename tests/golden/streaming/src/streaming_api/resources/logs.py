"""Operations on logs."""

from __future__ import annotations

from functools import cached_property

from streaming_api._base_client import RequestOptions
from streaming_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from streaming_api._streaming import AsyncStream, ServerSentEvent, Stream
from streaming_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

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

    def tail(
        self,
        *,
        level: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[ServerSentEvent]:
        """Tail the logs

        Log lines as server-sent events, with no schema for their data.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request_stream(
            RequestOptions(
                method="get",
                path="/logs",
                params={
                    "level": level,
                },
                headers={
                    "Accept": "text/event-stream",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=ServerSentEvent,
        )


class LogsResourceWithRawResponse:
    def __init__(self, resource: LogsResource) -> None:
        self._resource = resource
        self.tail = to_raw_response_wrapper(resource.tail)


class LogsResourceWithStreamingResponse:
    def __init__(self, resource: LogsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.tail = to_streamed_response_wrapper(resource.tail)


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

    async def tail(
        self,
        *,
        level: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ServerSentEvent]:
        """Tail the logs

        Log lines as server-sent events, with no schema for their data.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request_stream(
            RequestOptions(
                method="get",
                path="/logs",
                params={
                    "level": level,
                },
                headers={
                    "Accept": "text/event-stream",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=ServerSentEvent,
        )


class AsyncLogsResourceWithRawResponse:
    def __init__(self, resource: AsyncLogsResource) -> None:
        self._resource = resource
        self.tail = async_to_raw_response_wrapper(resource.tail)


class AsyncLogsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncLogsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.tail = async_to_streamed_response_wrapper(resource.tail)
