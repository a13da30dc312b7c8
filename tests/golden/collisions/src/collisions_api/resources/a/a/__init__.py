from .a import (
    AAResource,
    AAResourceWithRawResponse,
    AsyncAAResource,
    AsyncAAResourceWithRawResponse,
)

__all__ = [
    "AAResource",
    "AsyncAAResource",
    "AAResourceWithRawResponse",
    "AsyncAAResourceWithRawResponse",
]
