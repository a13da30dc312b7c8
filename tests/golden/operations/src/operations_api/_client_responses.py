"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncOperationsAPI, OperationsAPI
    from .resources.batches import (
        AsyncBatchesResourceWithRawResponse,
        AsyncBatchesResourceWithStreamingResponse,
        BatchesResourceWithRawResponse,
        BatchesResourceWithStreamingResponse,
    )
    from .resources.files import (
        AsyncFilesResourceWithRawResponse,
        AsyncFilesResourceWithStreamingResponse,
        FilesResourceWithRawResponse,
        FilesResourceWithStreamingResponse,
    )
    from .resources.jobs import (
        AsyncJobsResourceWithRawResponse,
        AsyncJobsResourceWithStreamingResponse,
        JobsResourceWithRawResponse,
        JobsResourceWithStreamingResponse,
    )
    from .resources.repos import (
        AsyncReposResourceWithRawResponse,
        AsyncReposResourceWithStreamingResponse,
        ReposResourceWithRawResponse,
        ReposResourceWithStreamingResponse,
    )

__all__ = [
    "OperationsAPIWithRawResponse",
    "AsyncOperationsAPIWithRawResponse",
    "OperationsAPIWithStreamingResponse",
    "AsyncOperationsAPIWithStreamingResponse",
]


class OperationsAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: OperationsAPI) -> None:
        self._client = client

    @cached_property
    def files(self) -> FilesResourceWithRawResponse:
        return self._client.files.with_raw_response

    @cached_property
    def jobs(self) -> JobsResourceWithRawResponse:
        return self._client.jobs.with_raw_response

    @cached_property
    def batches(self) -> BatchesResourceWithRawResponse:
        return self._client.batches.with_raw_response

    @cached_property
    def repos(self) -> ReposResourceWithRawResponse:
        return self._client.repos.with_raw_response


class OperationsAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: OperationsAPI) -> None:
        self._client = client

    @cached_property
    def files(self) -> FilesResourceWithStreamingResponse:
        return self._client.files.with_streaming_response

    @cached_property
    def jobs(self) -> JobsResourceWithStreamingResponse:
        return self._client.jobs.with_streaming_response

    @cached_property
    def batches(self) -> BatchesResourceWithStreamingResponse:
        return self._client.batches.with_streaming_response

    @cached_property
    def repos(self) -> ReposResourceWithStreamingResponse:
        return self._client.repos.with_streaming_response


class AsyncOperationsAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncOperationsAPI) -> None:
        self._client = client

    @cached_property
    def files(self) -> AsyncFilesResourceWithRawResponse:
        return self._client.files.with_raw_response

    @cached_property
    def jobs(self) -> AsyncJobsResourceWithRawResponse:
        return self._client.jobs.with_raw_response

    @cached_property
    def batches(self) -> AsyncBatchesResourceWithRawResponse:
        return self._client.batches.with_raw_response

    @cached_property
    def repos(self) -> AsyncReposResourceWithRawResponse:
        return self._client.repos.with_raw_response


class AsyncOperationsAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncOperationsAPI) -> None:
        self._client = client

    @cached_property
    def files(self) -> AsyncFilesResourceWithStreamingResponse:
        return self._client.files.with_streaming_response

    @cached_property
    def jobs(self) -> AsyncJobsResourceWithStreamingResponse:
        return self._client.jobs.with_streaming_response

    @cached_property
    def batches(self) -> AsyncBatchesResourceWithStreamingResponse:
        return self._client.batches.with_streaming_response

    @cached_property
    def repos(self) -> AsyncReposResourceWithStreamingResponse:
        return self._client.repos.with_streaming_response
