from .user import (
    AsyncUserResource,
    AsyncUserResourceWithRawResponse,
    AsyncUserResourceWithStreamingResponse,
    UserResource,
    UserResourceWithRawResponse,
    UserResourceWithStreamingResponse,
)

__all__ = [
    "UserResource",
    "AsyncUserResource",
    "UserResourceWithRawResponse",
    "AsyncUserResourceWithRawResponse",
    "UserResourceWithStreamingResponse",
    "AsyncUserResourceWithStreamingResponse",
]
