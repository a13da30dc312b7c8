"""Operations on jobs."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from streaming_api._base_client import RequestOptions
from streaming_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from streaming_api._streaming import AsyncStream, Stream
from streaming_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from streaming_api.types.schemas import JobFinished, JobProgress

__all__ = [
    "JobsResource",
    "AsyncJobsResource",
    "JobsResourceWithRawResponse",
    "AsyncJobsResourceWithRawResponse",
    "JobsResourceWithStreamingResponse",
    "AsyncJobsResourceWithStreamingResponse",
]


class JobsResource(SyncAPIResource):
    """Operations on jobs."""

    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return JobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> JobsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return JobsResourceWithStreamingResponse(self)

    def events(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[JobProgress | JobFinished]:
        """Follow a job

        The job's progress, as server-sent events; an answer that is always a stream.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from streaming_api.types.schemas import JobFinished, JobProgress

        return self._client._request_stream(
            RequestOptions(
                method="get",
                path="/jobs/{job_id}/events",
                path_params={
                    "job_id": job_id,
                },
                headers={
                    "Accept": "text/event-stream",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=cast("type[JobProgress | JobFinished]", JobProgress | JobFinished),
        )


class JobsResourceWithRawResponse:
    def __init__(self, resource: JobsResource) -> None:
        self._resource = resource
        self.events = to_raw_response_wrapper(resource.events)


class JobsResourceWithStreamingResponse:
    def __init__(self, resource: JobsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.events = to_streamed_response_wrapper(resource.events)


class AsyncJobsResource(AsyncAPIResource):
    """Operations on jobs."""

    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncJobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncJobsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncJobsResourceWithStreamingResponse(self)

    async def events(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[JobProgress | JobFinished]:
        """Follow a job

        The job's progress, as server-sent events; an answer that is always a stream.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from streaming_api.types.schemas import JobFinished, JobProgress

        return await self._client._request_stream(
            RequestOptions(
                method="get",
                path="/jobs/{job_id}/events",
                path_params={
                    "job_id": job_id,
                },
                headers={
                    "Accept": "text/event-stream",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=cast("type[JobProgress | JobFinished]", JobProgress | JobFinished),
        )


class AsyncJobsResourceWithRawResponse:
    def __init__(self, resource: AsyncJobsResource) -> None:
        self._resource = resource
        self.events = async_to_raw_response_wrapper(resource.events)


class AsyncJobsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncJobsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.events = async_to_streamed_response_wrapper(resource.events)
