"""The API's resources, each reachable as an attribute of the client."""

from .batches import (
    AsyncBatchesResource,
    AsyncBatchesResourceWithRawResponse,
    BatchesResource,
    BatchesResourceWithRawResponse,
)
from .files import (
    AsyncFilesResource,
    AsyncFilesResourceWithRawResponse,
    FilesResource,
    FilesResourceWithRawResponse,
)
from .jobs import (
    AsyncJobsResource,
    AsyncJobsResourceWithRawResponse,
    JobsResource,
    JobsResourceWithRawResponse,
)
from .repos import (
    AsyncReposResource,
    AsyncReposResourceWithRawResponse,
    ReposResource,
    ReposResourceWithRawResponse,
)

__all__ = [
    "FilesResource",
    "AsyncFilesResource",
    "FilesResourceWithRawResponse",
    "AsyncFilesResourceWithRawResponse",
    "JobsResource",
    "AsyncJobsResource",
    "JobsResourceWithRawResponse",
    "AsyncJobsResourceWithRawResponse",
    "BatchesResource",
    "AsyncBatchesResource",
    "BatchesResourceWithRawResponse",
    "AsyncBatchesResourceWithRawResponse",
    "ReposResource",
    "AsyncReposResource",
    "ReposResourceWithRawResponse",
    "AsyncReposResourceWithRawResponse",
]
