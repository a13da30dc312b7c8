from .init import (
    AsyncInitResource,
    AsyncInitResourceWithRawResponse,
    InitResource,
    InitResourceWithRawResponse,
)

__all__ = [
    "InitResource",
    "AsyncInitResource",
    "InitResourceWithRawResponse",
    "AsyncInitResourceWithRawResponse",
]
