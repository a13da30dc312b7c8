"""Operations on feed."""

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
    "FeedResource",
    "AsyncFeedResource",
    "FeedResourceWithRawResponse",
    "AsyncFeedResourceWithRawResponse",
    "FeedResourceWithStreamingResponse",
    "AsyncFeedResourceWithStreamingResponse",
]


class FeedResource(SyncAPIResource):
    """Operations on feed."""

    @cached_property
    def with_raw_response(self) -> FeedResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return FeedResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FeedResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return FeedResourceWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Status:
        """The feed (authentication optional, a session cookie)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Status

        return self._client._request(
            RequestOptions(
                method="get",
                path="/feed",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                security=((), ("sessionCookie",)),
            ),
            cast_to=Status,
        )


class FeedResourceWithRawResponse:
    def __init__(self, resource: FeedResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class FeedResourceWithStreamingResponse:
    def __init__(self, resource: FeedResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from auth_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncFeedResource(AsyncAPIResource):
    """Operations on feed."""

    @cached_property
    def with_raw_response(self) -> AsyncFeedResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncFeedResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFeedResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncFeedResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Status:
        """The feed (authentication optional, a session cookie)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Status

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/feed",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                security=((), ("sessionCookie",)),
            ),
            cast_to=Status,
        )


class AsyncFeedResourceWithRawResponse:
    def __init__(self, resource: AsyncFeedResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncFeedResourceWithStreamingResponse:
    def __init__(self, resource: AsyncFeedResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from auth_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
