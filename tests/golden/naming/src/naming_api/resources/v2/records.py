"""Operations on v2.records."""

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
    from naming_api.types.schemas import Record

__all__ = [
    "V2RecordsResource",
    "AsyncV2RecordsResource",
    "V2RecordsResourceWithRawResponse",
    "AsyncV2RecordsResourceWithRawResponse",
    "V2RecordsResourceWithStreamingResponse",
    "AsyncV2RecordsResourceWithStreamingResponse",
]


class V2RecordsResource(SyncAPIResource):
    """Operations on v2.records."""

    @cached_property
    def with_raw_response(self) -> V2RecordsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return V2RecordsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> V2RecordsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return V2RecordsResourceWithStreamingResponse(self)

    def retrieve(
        self,
        record_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Record:
        """Get a record, version 2 (a second version is a namespace)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import Record

        return self._client._request(
            RequestOptions(
                method="get",
                path="/api/v2/records/{record-id}",
                path_params={
                    "record-id": record_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Record,
        )


class V2RecordsResourceWithRawResponse:
    def __init__(self, resource: V2RecordsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class V2RecordsResourceWithStreamingResponse:
    def __init__(self, resource: V2RecordsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from naming_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncV2RecordsResource(AsyncAPIResource):
    """Operations on v2.records."""

    @cached_property
    def with_raw_response(self) -> AsyncV2RecordsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncV2RecordsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncV2RecordsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncV2RecordsResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        record_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Record:
        """Get a record, version 2 (a second version is a namespace)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import Record

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/api/v2/records/{record-id}",
                path_params={
                    "record-id": record_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Record,
        )


class AsyncV2RecordsResourceWithRawResponse:
    def __init__(self, resource: AsyncV2RecordsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncV2RecordsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncV2RecordsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from naming_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
