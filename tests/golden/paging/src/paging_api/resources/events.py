"""Operations on events."""

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
    from paging_api._pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
    from paging_api.types.schemas import Item

__all__ = [
    "EventsResource",
    "AsyncEventsResource",
    "EventsResourceWithRawResponse",
    "AsyncEventsResourceWithRawResponse",
    "EventsResourceWithStreamingResponse",
    "AsyncEventsResourceWithStreamingResponse",
]


class EventsResource(SyncAPIResource):
    """Operations on events."""

    @cached_property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return EventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EventsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return EventsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[Item]:
        """Offset and limit, with a total

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import SyncOffsetPage
        from paging_api.types.schemas import Item

        return self._client._request_page(
            SyncOffsetPage[Item],
            RequestOptions(
                method="get",
                path="/events",
                params={
                    "offset": offset,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class EventsResourceWithRawResponse:
    def __init__(self, resource: EventsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class EventsResourceWithStreamingResponse:
    def __init__(self, resource: EventsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncEventsResource(AsyncAPIResource):
    """Operations on events."""

    @cached_property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncEventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEventsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncEventsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Item, AsyncOffsetPage[Item]]:
        """Offset and limit, with a total

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import AsyncOffsetPage, AsyncPaginator
        from paging_api.types.schemas import Item

        return AsyncPaginator(
            self._client,
            AsyncOffsetPage[Item],
            RequestOptions(
                method="get",
                path="/events",
                params={
                    "offset": offset,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncEventsResourceWithRawResponse:
    def __init__(self, resource: AsyncEventsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncEventsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncEventsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
