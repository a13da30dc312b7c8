"""Operations on records_resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from naming_api._base_client import RequestOptions
from naming_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from naming_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from naming_api.types.schemas import RecordsResource

__all__ = [
    "RecordsResourceResource",
    "AsyncRecordsResourceResource",
    "RecordsResourceResourceWithRawResponse",
    "AsyncRecordsResourceResourceWithRawResponse",
    "RecordsResourceResourceWithStreamingResponse",
    "AsyncRecordsResourceResourceWithStreamingResponse",
]


class RecordsResourceResource(SyncAPIResource):
    """Operations on records_resource."""

    @cached_property
    def with_raw_response(self) -> RecordsResourceResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return RecordsResourceResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RecordsResourceResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return RecordsResourceResourceWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RecordsResource:
        """A resource whose class would be called like a schema

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import RecordsResource

        return self._client._request(
            RequestOptions(
                method="get",
                path="/api/v1/records-resource",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=RecordsResource,
        )


class RecordsResourceResourceWithRawResponse:
    def __init__(self, resource: RecordsResourceResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class RecordsResourceResourceWithStreamingResponse:
    def __init__(self, resource: RecordsResourceResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from naming_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncRecordsResourceResource(AsyncAPIResource):
    """Operations on records_resource."""

    @cached_property
    def with_raw_response(self) -> AsyncRecordsResourceResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncRecordsResourceResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRecordsResourceResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncRecordsResourceResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> RecordsResource:
        """A resource whose class would be called like a schema

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import RecordsResource

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/api/v1/records-resource",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=RecordsResource,
        )


class AsyncRecordsResourceResourceWithRawResponse:
    def __init__(self, resource: AsyncRecordsResourceResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncRecordsResourceResourceWithStreamingResponse:
    def __init__(self, resource: AsyncRecordsResourceResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from naming_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
