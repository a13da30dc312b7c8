from .abs import (
    AbsResource,
    AbsResourceWithRawResponse,
    AbsResourceWithStreamingResponse,
    AsyncAbsResource,
    AsyncAbsResourceWithRawResponse,
    AsyncAbsResourceWithStreamingResponse,
)

__all__ = [
    "AbsResource",
    "AsyncAbsResource",
    "AbsResourceWithRawResponse",
    "AsyncAbsResourceWithRawResponse",
    "AbsResourceWithStreamingResponse",
    "AsyncAbsResourceWithStreamingResponse",
]
