"""Operations on a_b."""

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
    from collisions_api.types.schemas import Thing

__all__ = [
    "AB2Resource",
    "AsyncAB2Resource",
    "AB2ResourceWithRawResponse",
    "AsyncAB2ResourceWithRawResponse",
    "AB2ResourceWithStreamingResponse",
    "AsyncAB2ResourceWithStreamingResponse",
]


class AB2Resource(SyncAPIResource):
    """Operations on a_b."""

    @cached_property
    def with_raw_response(self) -> AB2ResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AB2ResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AB2ResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AB2ResourceWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """List a_b (named like a.b once the dot is an underscore)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return self._client._request(
            RequestOptions(
                method="get",
                path="/a_b",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class AB2ResourceWithRawResponse:
    def __init__(self, resource: AB2Resource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AB2ResourceWithStreamingResponse:
    def __init__(self, resource: AB2Resource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncAB2Resource(AsyncAPIResource):
    """Operations on a_b."""

    @cached_property
    def with_raw_response(self) -> AsyncAB2ResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncAB2ResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAB2ResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncAB2ResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """List a_b (named like a.b once the dot is an underscore)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/a_b",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class AsyncAB2ResourceWithRawResponse:
    def __init__(self, resource: AsyncAB2Resource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncAB2ResourceWithStreamingResponse:
    def __init__(self, resource: AsyncAB2Resource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
