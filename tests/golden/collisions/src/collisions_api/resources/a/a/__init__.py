from .a import (
    AAResource,
    AAResourceWithRawResponse,
    AAResourceWithStreamingResponse,
    AsyncAAResource,
    AsyncAAResourceWithRawResponse,
    AsyncAAResourceWithStreamingResponse,
)

__all__ = [
    "AAResource",
    "AsyncAAResource",
    "AAResourceWithRawResponse",
    "AsyncAAResourceWithRawResponse",
    "AAResourceWithStreamingResponse",
    "AsyncAAResourceWithStreamingResponse",
]
