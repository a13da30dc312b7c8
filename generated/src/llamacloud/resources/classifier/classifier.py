"""Operations on classifier."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from llamacloud._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from llamacloud.resources.classifier.jobs import (
        AsyncJobsResource,
        AsyncJobsResourceWithRawResponse,
        AsyncJobsResourceWithStreamingResponse,
        JobsResource,
        JobsResourceWithRawResponse,
        JobsResourceWithStreamingResponse,
    )

__all__ = [
    "ClassifierResource",
    "AsyncClassifierResource",
    "ClassifierResourceWithRawResponse",
    "AsyncClassifierResourceWithRawResponse",
    "ClassifierResourceWithStreamingResponse",
    "AsyncClassifierResourceWithStreamingResponse",
]


class ClassifierResource(SyncAPIResource):
    """Operations on classifier."""

    @cached_property
    def jobs(self) -> JobsResource:
        from llamacloud.resources.classifier.jobs import JobsResource

        return JobsResource(self._client)

    @cached_property
    def with_raw_response(self) -> ClassifierResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return ClassifierResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClassifierResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return ClassifierResourceWithStreamingResponse(self)


class ClassifierResourceWithRawResponse:
    def __init__(self, resource: ClassifierResource) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> JobsResourceWithRawResponse:
        from llamacloud.resources.classifier.jobs import JobsResourceWithRawResponse

        return JobsResourceWithRawResponse(self._resource.jobs)


class ClassifierResourceWithStreamingResponse:
    def __init__(self, resource: ClassifierResource) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> JobsResourceWithStreamingResponse:
        from llamacloud.resources.classifier.jobs import JobsResourceWithStreamingResponse

        return JobsResourceWithStreamingResponse(self._resource.jobs)


class AsyncClassifierResource(AsyncAPIResource):
    """Operations on classifier."""

    @cached_property
    def jobs(self) -> AsyncJobsResource:
        from llamacloud.resources.classifier.jobs import AsyncJobsResource

        return AsyncJobsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncClassifierResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncClassifierResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClassifierResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncClassifierResourceWithStreamingResponse(self)


class AsyncClassifierResourceWithRawResponse:
    def __init__(self, resource: AsyncClassifierResource) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> AsyncJobsResourceWithRawResponse:
        from llamacloud.resources.classifier.jobs import AsyncJobsResourceWithRawResponse

        return AsyncJobsResourceWithRawResponse(self._resource.jobs)


class AsyncClassifierResourceWithStreamingResponse:
    def __init__(self, resource: AsyncClassifierResource) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> AsyncJobsResourceWithStreamingResponse:
        from llamacloud.resources.classifier.jobs import AsyncJobsResourceWithStreamingResponse

        return AsyncJobsResourceWithStreamingResponse(self._resource.jobs)
