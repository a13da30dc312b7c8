# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .batches import AsyncBatchesResource as AsyncBatchesResource
from .batches import AsyncBatchesResourceWithRawResponse as AsyncBatchesResourceWithRawResponse
from .batches import (
    AsyncBatchesResourceWithStreamingResponse as AsyncBatchesResourceWithStreamingResponse,
)
from .batches import BatchesResource as BatchesResource
from .batches import BatchesResourceWithRawResponse as BatchesResourceWithRawResponse
from .batches import BatchesResourceWithStreamingResponse as BatchesResourceWithStreamingResponse
from .files import AsyncFilesResource as AsyncFilesResource
from .files import AsyncFilesResourceWithRawResponse as AsyncFilesResourceWithRawResponse
from .files import (
    AsyncFilesResourceWithStreamingResponse as AsyncFilesResourceWithStreamingResponse,
)
from .files import FilesResource as FilesResource
from .files import FilesResourceWithRawResponse as FilesResourceWithRawResponse
from .files import FilesResourceWithStreamingResponse as FilesResourceWithStreamingResponse
from .jobs import AsyncJobsResource as AsyncJobsResource
from .jobs import AsyncJobsResourceWithRawResponse as AsyncJobsResourceWithRawResponse
from .jobs import AsyncJobsResourceWithStreamingResponse as AsyncJobsResourceWithStreamingResponse
from .jobs import JobsResource as JobsResource
from .jobs import JobsResourceWithRawResponse as JobsResourceWithRawResponse
from .jobs import JobsResourceWithStreamingResponse as JobsResourceWithStreamingResponse
from .repos import AsyncReposResource as AsyncReposResource
from .repos import AsyncReposResourceWithRawResponse as AsyncReposResourceWithRawResponse
from .repos import (
    AsyncReposResourceWithStreamingResponse as AsyncReposResourceWithStreamingResponse,
)
from .repos import ReposResource as ReposResource
from .repos import ReposResourceWithRawResponse as ReposResourceWithRawResponse
from .repos import ReposResourceWithStreamingResponse as ReposResourceWithStreamingResponse

__all__ = [
    "FilesResource",
    "AsyncFilesResource",
    "FilesResourceWithRawResponse",
    "AsyncFilesResourceWithRawResponse",
    "FilesResourceWithStreamingResponse",
    "AsyncFilesResourceWithStreamingResponse",
    "JobsResource",
    "AsyncJobsResource",
    "JobsResourceWithRawResponse",
    "AsyncJobsResourceWithRawResponse",
    "JobsResourceWithStreamingResponse",
    "AsyncJobsResourceWithStreamingResponse",
    "BatchesResource",
    "AsyncBatchesResource",
    "BatchesResourceWithRawResponse",
    "AsyncBatchesResourceWithRawResponse",
    "BatchesResourceWithStreamingResponse",
    "AsyncBatchesResourceWithStreamingResponse",
    "ReposResource",
    "AsyncReposResource",
    "ReposResourceWithRawResponse",
    "AsyncReposResourceWithRawResponse",
    "ReposResourceWithStreamingResponse",
    "AsyncReposResourceWithStreamingResponse",
]
