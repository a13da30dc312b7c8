"""The API's resources, each reachable as an attribute of the client and imported on first use."""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .batches import (
        AsyncBatchesResource as AsyncBatchesResource,
    )
    from .batches import (
        AsyncBatchesResourceWithRawResponse as AsyncBatchesResourceWithRawResponse,
    )
    from .batches import (
        BatchesResource as BatchesResource,
    )
    from .batches import (
        BatchesResourceWithRawResponse as BatchesResourceWithRawResponse,
    )
    from .files import (
        AsyncFilesResource as AsyncFilesResource,
    )
    from .files import (
        AsyncFilesResourceWithRawResponse as AsyncFilesResourceWithRawResponse,
    )
    from .files import (
        FilesResource as FilesResource,
    )
    from .files import (
        FilesResourceWithRawResponse as FilesResourceWithRawResponse,
    )
    from .jobs import (
        AsyncJobsResource as AsyncJobsResource,
    )
    from .jobs import (
        AsyncJobsResourceWithRawResponse as AsyncJobsResourceWithRawResponse,
    )
    from .jobs import (
        JobsResource as JobsResource,
    )
    from .jobs import (
        JobsResourceWithRawResponse as JobsResourceWithRawResponse,
    )
    from .repos import (
        AsyncReposResource as AsyncReposResource,
    )
    from .repos import (
        AsyncReposResourceWithRawResponse as AsyncReposResourceWithRawResponse,
    )
    from .repos import (
        ReposResource as ReposResource,
    )
    from .repos import (
        ReposResourceWithRawResponse as ReposResourceWithRawResponse,
    )

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "FilesResource": "files",
    "AsyncFilesResource": "files",
    "FilesResourceWithRawResponse": "files",
    "AsyncFilesResourceWithRawResponse": "files",
    "JobsResource": "jobs",
    "AsyncJobsResource": "jobs",
    "JobsResourceWithRawResponse": "jobs",
    "AsyncJobsResourceWithRawResponse": "jobs",
    "BatchesResource": "batches",
    "AsyncBatchesResource": "batches",
    "BatchesResourceWithRawResponse": "batches",
    "AsyncBatchesResourceWithRawResponse": "batches",
    "ReposResource": "repos",
    "AsyncReposResource": "repos",
    "ReposResourceWithRawResponse": "repos",
    "AsyncReposResourceWithRawResponse": "repos",
}

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


def __getattr__(name: str) -> _typing.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
