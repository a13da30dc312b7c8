"""Operations on routes."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from realworld_api._base_client import RequestOptions
from realworld_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from realworld_api._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from realworld_api.types.schemas import Route

__all__ = [
    "RoutesResource",
    "AsyncRoutesResource",
    "RoutesResourceWithRawResponse",
    "AsyncRoutesResourceWithRawResponse",
    "RoutesResourceWithStreamingResponse",
    "AsyncRoutesResourceWithStreamingResponse",
]


class RoutesResource(SyncAPIResource):
    """Operations on routes."""

    @cached_property
    def with_raw_response(self) -> RoutesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return RoutesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RoutesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return RoutesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        start: tuple[float, float],
        end: tuple[float, float],
        waypoints: Sequence[tuple[float, float]] | NotGiven = NOT_GIVEN,
        tags: Sequence[Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Route:
        """POST /routes

        Args:
          start: Latitude and longitude.

          end: Latitude and longitude.

          tags: Open-ended, so a list, not a tuple.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import Route

        return self._client._request(
            RequestOptions(
                method="post",
                path="/routes",
                json_body={
                    "start": start,
                    "end": end,
                    "waypoints": waypoints,
                    "tags": tags,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Route,
        )


class RoutesResourceWithRawResponse:
    def __init__(self, resource: RoutesResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class RoutesResourceWithStreamingResponse:
    def __init__(self, resource: RoutesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncRoutesResource(AsyncAPIResource):
    """Operations on routes."""

    @cached_property
    def with_raw_response(self) -> AsyncRoutesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncRoutesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRoutesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncRoutesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        start: tuple[float, float],
        end: tuple[float, float],
        waypoints: Sequence[tuple[float, float]] | NotGiven = NOT_GIVEN,
        tags: Sequence[Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Route:
        """POST /routes

        Args:
          start: Latitude and longitude.

          end: Latitude and longitude.

          tags: Open-ended, so a list, not a tuple.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import Route

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/routes",
                json_body={
                    "start": start,
                    "end": end,
                    "waypoints": waypoints,
                    "tags": tags,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Route,
        )


class AsyncRoutesResourceWithRawResponse:
    def __init__(self, resource: AsyncRoutesResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncRoutesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncRoutesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
