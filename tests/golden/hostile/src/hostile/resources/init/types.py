"""Operations on init.types."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from hostile._base_client import RequestOptions
from hostile._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from hostile._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from hostile.types.schemas import Init

__all__ = [
    "InitTypesResource",
    "AsyncInitTypesResource",
    "InitTypesResourceWithRawResponse",
    "AsyncInitTypesResourceWithRawResponse",
    "InitTypesResourceWithStreamingResponse",
    "AsyncInitTypesResourceWithStreamingResponse",
]


class InitTypesResource(SyncAPIResource):
    """Operations on init.types."""

    @cached_property
    def with_raw_response(self) -> InitTypesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return InitTypesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InitTypesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return InitTypesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Init]:
        """zqxj a resource named __init__ with a child named types

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from hostile.types.schemas import Init

        return self._client._request(
            RequestOptions(
                method="get",
                path="/__init__/types",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Init],
        )


class InitTypesResourceWithRawResponse:
    def __init__(self, resource: InitTypesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class InitTypesResourceWithStreamingResponse:
    def __init__(self, resource: InitTypesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncInitTypesResource(AsyncAPIResource):
    """Operations on init.types."""

    @cached_property
    def with_raw_response(self) -> AsyncInitTypesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncInitTypesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInitTypesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncInitTypesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Init]:
        """zqxj a resource named __init__ with a child named types

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from hostile.types.schemas import Init

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/__init__/types",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Init],
        )


class AsyncInitTypesResourceWithRawResponse:
    def __init__(self, resource: AsyncInitTypesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncInitTypesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncInitTypesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
