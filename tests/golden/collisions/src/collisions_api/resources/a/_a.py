"""Operations on a."""

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
    from collisions_api.resources.a.a import (
        AAResource,
        AAResourceWithRawResponse,
        AAResourceWithStreamingResponse,
        AsyncAAResource,
        AsyncAAResourceWithRawResponse,
        AsyncAAResourceWithStreamingResponse,
    )
    from collisions_api.resources.a.b import (
        ABResource,
        ABResourceWithRawResponse,
        ABResourceWithStreamingResponse,
        AsyncABResource,
        AsyncABResourceWithRawResponse,
        AsyncABResourceWithStreamingResponse,
    )
    from collisions_api.types.schemas import Thing

__all__ = [
    "AResource",
    "AsyncAResource",
    "AResourceWithRawResponse",
    "AsyncAResourceWithRawResponse",
    "AResourceWithStreamingResponse",
    "AsyncAResourceWithStreamingResponse",
]


class AResource(SyncAPIResource):
    """Operations on a."""

    @cached_property
    def b(self) -> ABResource:
        from collisions_api.resources.a.b import ABResource

        return ABResource(self._client)

    @cached_property
    def a(self) -> AAResource:
        from collisions_api.resources.a.a import AAResource

        return AAResource(self._client)

    @cached_property
    def with_raw_response(self) -> AResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AResourceWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """List a

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return self._client._request(
            RequestOptions(
                method="get",
                path="/a",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class AResourceWithRawResponse:
    def __init__(self, resource: AResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def b(self) -> ABResourceWithRawResponse:
        from collisions_api.resources.a.b import ABResourceWithRawResponse

        return ABResourceWithRawResponse(self._resource.b)

    @cached_property
    def a(self) -> AAResourceWithRawResponse:
        from collisions_api.resources.a.a import AAResourceWithRawResponse

        return AAResourceWithRawResponse(self._resource.a)


class AResourceWithStreamingResponse:
    def __init__(self, resource: AResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def b(self) -> ABResourceWithStreamingResponse:
        from collisions_api.resources.a.b import ABResourceWithStreamingResponse

        return ABResourceWithStreamingResponse(self._resource.b)

    @cached_property
    def a(self) -> AAResourceWithStreamingResponse:
        from collisions_api.resources.a.a import AAResourceWithStreamingResponse

        return AAResourceWithStreamingResponse(self._resource.a)


class AsyncAResource(AsyncAPIResource):
    """Operations on a."""

    @cached_property
    def b(self) -> AsyncABResource:
        from collisions_api.resources.a.b import AsyncABResource

        return AsyncABResource(self._client)

    @cached_property
    def a(self) -> AsyncAAResource:
        from collisions_api.resources.a.a import AsyncAAResource

        return AsyncAAResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncAResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncAResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """List a

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/a",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class AsyncAResourceWithRawResponse:
    def __init__(self, resource: AsyncAResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def b(self) -> AsyncABResourceWithRawResponse:
        from collisions_api.resources.a.b import AsyncABResourceWithRawResponse

        return AsyncABResourceWithRawResponse(self._resource.b)

    @cached_property
    def a(self) -> AsyncAAResourceWithRawResponse:
        from collisions_api.resources.a.a import AsyncAAResourceWithRawResponse

        return AsyncAAResourceWithRawResponse(self._resource.a)


class AsyncAResourceWithStreamingResponse:
    def __init__(self, resource: AsyncAResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def b(self) -> AsyncABResourceWithStreamingResponse:
        from collisions_api.resources.a.b import AsyncABResourceWithStreamingResponse

        return AsyncABResourceWithStreamingResponse(self._resource.b)

    @cached_property
    def a(self) -> AsyncAAResourceWithStreamingResponse:
        from collisions_api.resources.a.a import AsyncAAResourceWithStreamingResponse

        return AsyncAAResourceWithStreamingResponse(self._resource.a)
