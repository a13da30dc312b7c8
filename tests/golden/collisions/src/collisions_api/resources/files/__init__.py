from ._files import (
    AsyncFilesResource,
    AsyncFilesResourceWithRawResponse,
    FilesResource,
    FilesResourceWithRawResponse,
)

__all__ = [
    "FilesResource",
    "AsyncFilesResource",
    "FilesResourceWithRawResponse",
    "AsyncFilesResourceWithRawResponse",
]
