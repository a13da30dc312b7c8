from .init import (
    AsyncInitResource,
    AsyncInitResourceWithRawResponse,
    AsyncInitResourceWithStreamingResponse,
    InitResource,
    InitResourceWithRawResponse,
    InitResourceWithStreamingResponse,
)

__all__ = [
    "InitResource",
    "AsyncInitResource",
    "InitResourceWithRawResponse",
    "AsyncInitResourceWithRawResponse",
    "InitResourceWithStreamingResponse",
    "AsyncInitResourceWithStreamingResponse",
]
