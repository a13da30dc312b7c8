from ._a import (
    AResource,
    AResourceWithRawResponse,
    AsyncAResource,
    AsyncAResourceWithRawResponse,
)

__all__ = [
    "AResource",
    "AsyncAResource",
    "AResourceWithRawResponse",
    "AsyncAResourceWithRawResponse",
]
