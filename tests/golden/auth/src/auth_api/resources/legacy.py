"""Operations on legacy."""

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
    "LegacyResource",
    "AsyncLegacyResource",
    "LegacyResourceWithRawResponse",
    "AsyncLegacyResourceWithRawResponse",
    "LegacyResourceWithStreamingResponse",
    "AsyncLegacyResourceWithStreamingResponse",
]


class LegacyResource(SyncAPIResource):
    """Operations on legacy."""

    @cached_property
    def with_raw_response(self) -> LegacyResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return LegacyResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LegacyResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return LegacyResourceWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Status:
        """Legacy (HTTP Digest, which the SDK leaves to the http_client)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Status

        return self._client._request(
            RequestOptions(
                method="get",
                path="/legacy",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                security=((),),
            ),
            cast_to=Status,
        )


class LegacyResourceWithRawResponse:
    def __init__(self, resource: LegacyResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class LegacyResourceWithStreamingResponse:
    def __init__(self, resource: LegacyResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from auth_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncLegacyResource(AsyncAPIResource):
    """Operations on legacy."""

    @cached_property
    def with_raw_response(self) -> AsyncLegacyResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncLegacyResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLegacyResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncLegacyResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Status:
        """Legacy (HTTP Digest, which the SDK leaves to the http_client)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Status

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/legacy",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                security=((),),
            ),
            cast_to=Status,
        )


class AsyncLegacyResourceWithRawResponse:
    def __init__(self, resource: AsyncLegacyResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncLegacyResourceWithStreamingResponse:
    def __init__(self, resource: AsyncLegacyResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from auth_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
