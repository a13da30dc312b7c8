from .abs import (
    AbsResource,
    AbsResourceWithRawResponse,
    AsyncAbsResource,
    AsyncAbsResourceWithRawResponse,
)

__all__ = [
    "AbsResource",
    "AsyncAbsResource",
    "AbsResourceWithRawResponse",
    "AsyncAbsResourceWithRawResponse",
]
