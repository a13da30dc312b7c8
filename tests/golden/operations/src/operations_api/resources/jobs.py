"""Operations on jobs."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from operations_api._base_client import RequestOptions
from operations_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from operations_api._types import NOT_GIVEN, FileTypes, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from operations_api.types.schemas import Job

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

    def create(
        self,
        *,
        name: str,
        priority: int | NotGiven = NOT_GIVEN,
        input: FileTypes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Start a job (multipart, the file optional)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Job

        return self._client._request(
            RequestOptions(
                method="post",
                path="/jobs",
                form={
                    "name": name,
                    "priority": priority,
                },
                files={
                    "input": input,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="X-Job-Key",
            ),
            cast_to=Job,
        )

    def retrieve(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Get a job

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Job

        return self._client._request(
            RequestOptions(
                method="get",
                path="/jobs/{job_id}",
                path_params={
                    "job_id": job_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Job,
        )

    def trace(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """Trace a job request

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="trace",
                path="/jobs/{job_id}",
                path_params={
                    "job_id": job_id,
                },
                headers={
                    "Accept": "text/plain",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=str,
        )

    def cancel(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Cancel a job (a static segment after an item is an action)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Job

        return self._client._request(
            RequestOptions(
                method="post",
                path="/jobs/{job_id}/cancel",
                path_params={
                    "job_id": job_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=Job,
        )


class JobsResourceWithRawResponse:
    def __init__(self, resource: JobsResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.trace = to_raw_response_wrapper(resource.trace)
        self.cancel = to_raw_response_wrapper(resource.cancel)


class JobsResourceWithStreamingResponse:
    def __init__(self, resource: JobsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from operations_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.trace = to_streamed_response_wrapper(resource.trace)
        self.cancel = to_streamed_response_wrapper(resource.cancel)


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

    async def create(
        self,
        *,
        name: str,
        priority: int | NotGiven = NOT_GIVEN,
        input: FileTypes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Start a job (multipart, the file optional)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Job

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/jobs",
                form={
                    "name": name,
                    "priority": priority,
                },
                files={
                    "input": input,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="X-Job-Key",
            ),
            cast_to=Job,
        )

    async def retrieve(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Get a job

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Job

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/jobs/{job_id}",
                path_params={
                    "job_id": job_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Job,
        )

    async def trace(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """Trace a job request

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="trace",
                path="/jobs/{job_id}",
                path_params={
                    "job_id": job_id,
                },
                headers={
                    "Accept": "text/plain",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=str,
        )

    async def cancel(
        self,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Cancel a job (a static segment after an item is an action)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Job

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/jobs/{job_id}/cancel",
                path_params={
                    "job_id": job_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=Job,
        )


class AsyncJobsResourceWithRawResponse:
    def __init__(self, resource: AsyncJobsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.trace = async_to_raw_response_wrapper(resource.trace)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)


class AsyncJobsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncJobsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from operations_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.trace = async_to_streamed_response_wrapper(resource.trace)
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)
