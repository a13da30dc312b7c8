from ._a import (
    AResource,
    AResourceWithRawResponse,
    AResourceWithStreamingResponse,
    AsyncAResource,
    AsyncAResourceWithRawResponse,
    AsyncAResourceWithStreamingResponse,
)

__all__ = [
    "AResource",
    "AsyncAResource",
    "AResourceWithRawResponse",
    "AsyncAResourceWithRawResponse",
    "AResourceWithStreamingResponse",
    "AsyncAResourceWithStreamingResponse",
]
