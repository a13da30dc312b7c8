"""Operations on batches."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from operations_api._base_client import RequestOptions, path_value
from operations_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from operations_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from operations_api.types.schemas import Job

__all__ = [
    "BatchesResource",
    "AsyncBatchesResource",
    "BatchesResourceWithRawResponse",
    "AsyncBatchesResourceWithRawResponse",
    "BatchesResourceWithStreamingResponse",
    "AsyncBatchesResourceWithStreamingResponse",
]


class BatchesResource(SyncAPIResource):
    """Operations on batches."""

    @cached_property
    def with_raw_response(self) -> BatchesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return BatchesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return BatchesResourceWithStreamingResponse(self)

    def retrieve(
        self,
        ids: Sequence[int],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[Job]:
        """Get several batches at once

        Args:
          ids: A list in the path, 1,2,3.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Job

        return self._client._request(
            RequestOptions(
                method="get",
                path="/batches/{ids}",
                path_params={
                    "ids": path_value(ids),
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Job],
        )


class BatchesResourceWithRawResponse:
    def __init__(self, resource: BatchesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class BatchesResourceWithStreamingResponse:
    def __init__(self, resource: BatchesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from operations_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncBatchesResource(AsyncAPIResource):
    """Operations on batches."""

    @cached_property
    def with_raw_response(self) -> AsyncBatchesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncBatchesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncBatchesResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        ids: Sequence[int],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[Job]:
        """Get several batches at once

        Args:
          ids: A list in the path, 1,2,3.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Job

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/batches/{ids}",
                path_params={
                    "ids": path_value(ids),
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Job],
        )


class AsyncBatchesResourceWithRawResponse:
    def __init__(self, resource: AsyncBatchesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncBatchesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncBatchesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from operations_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
