"""Operations on subscriptions."""

from __future__ import annotations

from functools import cached_property
from types import NoneType

from realworld_api._base_client import RequestOptions
from realworld_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from realworld_api._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = [
    "SubscriptionsResource",
    "AsyncSubscriptionsResource",
    "SubscriptionsResourceWithRawResponse",
    "AsyncSubscriptionsResourceWithRawResponse",
    "SubscriptionsResourceWithStreamingResponse",
    "AsyncSubscriptionsResourceWithStreamingResponse",
]


class SubscriptionsResource(SyncAPIResource):
    """Operations on subscriptions."""

    @cached_property
    def with_raw_response(self) -> SubscriptionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return SubscriptionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SubscriptionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return SubscriptionsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        url: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /subscriptions

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="post",
                path="/subscriptions",
                json_body={
                    "url": url,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class SubscriptionsResourceWithRawResponse:
    def __init__(self, resource: SubscriptionsResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class SubscriptionsResourceWithStreamingResponse:
    def __init__(self, resource: SubscriptionsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncSubscriptionsResource(AsyncAPIResource):
    """Operations on subscriptions."""

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncSubscriptionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSubscriptionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncSubscriptionsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        url: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /subscriptions

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="post",
                path="/subscriptions",
                json_body={
                    "url": url,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class AsyncSubscriptionsResourceWithRawResponse:
    def __init__(self, resource: AsyncSubscriptionsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncSubscriptionsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncSubscriptionsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
