from ._files import (
    AsyncFilesResource,
    AsyncFilesResourceWithRawResponse,
    AsyncFilesResourceWithStreamingResponse,
    FilesResource,
    FilesResourceWithRawResponse,
    FilesResourceWithStreamingResponse,
)

__all__ = [
    "FilesResource",
    "AsyncFilesResource",
    "FilesResourceWithRawResponse",
    "AsyncFilesResourceWithRawResponse",
    "FilesResourceWithStreamingResponse",
    "AsyncFilesResourceWithStreamingResponse",
]
