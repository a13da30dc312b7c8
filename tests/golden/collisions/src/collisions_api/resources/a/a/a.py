"""Operations on a.a."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from collisions_api._base_client import RequestOptions
from collisions_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from collisions_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from collisions_api.resources.a.a.b import (
        AABResource,
        AABResourceWithRawResponse,
        AABResourceWithStreamingResponse,
        AsyncAABResource,
        AsyncAABResourceWithRawResponse,
        AsyncAABResourceWithStreamingResponse,
    )
    from collisions_api.types.schemas import Thing

__all__ = [
    "AAResource",
    "AsyncAAResource",
    "AAResourceWithRawResponse",
    "AsyncAAResourceWithRawResponse",
    "AAResourceWithStreamingResponse",
    "AsyncAAResourceWithStreamingResponse",
]


class AAResource(SyncAPIResource):
    """Operations on a.a."""

    @cached_property
    def b(self) -> AABResource:
        from collisions_api.resources.a.a.b import AABResource

        return AABResource(self._client)

    @cached_property
    def with_raw_response(self) -> AAResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AAResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AAResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AAResourceWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """List a.a (a child named like its parent, with a child of its own)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return self._client._request(
            RequestOptions(
                method="get",
                path="/a/a",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class AAResourceWithRawResponse:
    def __init__(self, resource: AAResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def b(self) -> AABResourceWithRawResponse:
        from collisions_api.resources.a.a.b import AABResourceWithRawResponse

        return AABResourceWithRawResponse(self._resource.b)


class AAResourceWithStreamingResponse:
    def __init__(self, resource: AAResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def b(self) -> AABResourceWithStreamingResponse:
        from collisions_api.resources.a.a.b import AABResourceWithStreamingResponse

        return AABResourceWithStreamingResponse(self._resource.b)


class AsyncAAResource(AsyncAPIResource):
    """Operations on a.a."""

    @cached_property
    def b(self) -> AsyncAABResource:
        from collisions_api.resources.a.a.b import AsyncAABResource

        return AsyncAABResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAAResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncAAResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAAResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncAAResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """List a.a (a child named like its parent, with a child of its own)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/a/a",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class AsyncAAResourceWithRawResponse:
    def __init__(self, resource: AsyncAAResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def b(self) -> AsyncAABResourceWithRawResponse:
        from collisions_api.resources.a.a.b import AsyncAABResourceWithRawResponse

        return AsyncAABResourceWithRawResponse(self._resource.b)


class AsyncAAResourceWithStreamingResponse:
    def __init__(self, resource: AsyncAAResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def b(self) -> AsyncAABResourceWithStreamingResponse:
        from collisions_api.resources.a.a.b import AsyncAABResourceWithStreamingResponse

        return AsyncAABResourceWithStreamingResponse(self._resource.b)
