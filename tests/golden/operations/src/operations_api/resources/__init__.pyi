# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .batches import AsyncBatchesResource as AsyncBatchesResource
from .batches import AsyncBatchesResourceWithRawResponse as AsyncBatchesResourceWithRawResponse
from .batches import BatchesResource as BatchesResource
from .batches import BatchesResourceWithRawResponse as BatchesResourceWithRawResponse
from .files import AsyncFilesResource as AsyncFilesResource
from .files import AsyncFilesResourceWithRawResponse as AsyncFilesResourceWithRawResponse
from .files import FilesResource as FilesResource
from .files import FilesResourceWithRawResponse as FilesResourceWithRawResponse
from .jobs import AsyncJobsResource as AsyncJobsResource
from .jobs import AsyncJobsResourceWithRawResponse as AsyncJobsResourceWithRawResponse
from .jobs import JobsResource as JobsResource
from .jobs import JobsResourceWithRawResponse as JobsResourceWithRawResponse
from .repos import AsyncReposResource as AsyncReposResource
from .repos import AsyncReposResourceWithRawResponse as AsyncReposResourceWithRawResponse
from .repos import ReposResource as ReposResource
from .repos import ReposResourceWithRawResponse as ReposResourceWithRawResponse

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
