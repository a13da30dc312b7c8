"""Operations on classifier.jobs."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from llamacloud._base_client import RequestOptions
from llamacloud._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from llamacloud._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from llamacloud._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
    from llamacloud.types.schemas import ClassifyJob

__all__ = [
    "JobsResource",
    "AsyncJobsResource",
    "JobsResourceWithRawResponse",
    "AsyncJobsResourceWithRawResponse",
    "JobsResourceWithStreamingResponse",
    "AsyncJobsResourceWithStreamingResponse",
]


class JobsResource(SyncAPIResource):
    """Operations on classifier.jobs."""

    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return JobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> JobsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return JobsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        project_id: str | None = None,
        organization_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ClassifyJob]:
        """List Classify Jobs

        List classify jobs.
        Experimental: This endpoint is not yet ready for production use and is subject to change at any time.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from llamacloud._pagination import SyncCursorPage
        from llamacloud.types.schemas import ClassifyJob

        return self._client._request_page(
            SyncCursorPage[ClassifyJob],
            RequestOptions(
                method="get",
                path="/api/v1/classifier/jobs",
                params={
                    "project_id": project_id,
                    "organization_id": organization_id,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class JobsResourceWithRawResponse:
    def __init__(self, resource: JobsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class JobsResourceWithStreamingResponse:
    def __init__(self, resource: JobsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from llamacloud._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncJobsResource(AsyncAPIResource):
    """Operations on classifier.jobs."""

    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncJobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncJobsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncJobsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        project_id: str | None = None,
        organization_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ClassifyJob, AsyncCursorPage[ClassifyJob]]:
        """List Classify Jobs

        List classify jobs.
        Experimental: This endpoint is not yet ready for production use and is subject to change at any time.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from llamacloud._pagination import AsyncCursorPage, AsyncPaginator
        from llamacloud.types.schemas import ClassifyJob

        return AsyncPaginator(
            self._client,
            AsyncCursorPage[ClassifyJob],
            RequestOptions(
                method="get",
                path="/api/v1/classifier/jobs",
                params={
                    "project_id": project_id,
                    "organization_id": organization_id,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncJobsResourceWithRawResponse:
    def __init__(self, resource: AsyncJobsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncJobsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncJobsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from llamacloud._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
