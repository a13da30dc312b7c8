"""Operations on shapes."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from schemas_api._base_client import RequestOptions
from schemas_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from schemas_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from schemas_api.types.circle import Circle
    from schemas_api.types.square import Square

__all__ = [
    "ShapesResource",
    "AsyncShapesResource",
    "ShapesResourceWithRawResponse",
    "AsyncShapesResourceWithRawResponse",
    "ShapesResourceWithStreamingResponse",
    "AsyncShapesResourceWithStreamingResponse",
]


class ShapesResource(SyncAPIResource):
    """Operations on shapes."""

    @cached_property
    def with_raw_response(self) -> ShapesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return ShapesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ShapesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return ShapesResourceWithStreamingResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Circle | Square:
        """A shape, without a discriminator

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.circle import Circle
        from schemas_api.types.square import Square

        return self._client._request(
            RequestOptions(
                method="get",
                path="/shapes/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=cast("type[Circle | Square]", Circle | Square),
        )


class ShapesResourceWithRawResponse:
    def __init__(self, resource: ShapesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class ShapesResourceWithStreamingResponse:
    def __init__(self, resource: ShapesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from schemas_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncShapesResource(AsyncAPIResource):
    """Operations on shapes."""

    @cached_property
    def with_raw_response(self) -> AsyncShapesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncShapesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncShapesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncShapesResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Circle | Square:
        """A shape, without a discriminator

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.circle import Circle
        from schemas_api.types.square import Square

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/shapes/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=cast("type[Circle | Square]", Circle | Square),
        )


class AsyncShapesResourceWithRawResponse:
    def __init__(self, resource: AsyncShapesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncShapesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncShapesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from schemas_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
