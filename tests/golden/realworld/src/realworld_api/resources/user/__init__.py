from .user import (
    AsyncUserResource,
    AsyncUserResourceWithRawResponse,
    UserResource,
    UserResourceWithRawResponse,
)

__all__ = [
    "UserResource",
    "AsyncUserResource",
    "UserResourceWithRawResponse",
    "AsyncUserResourceWithRawResponse",
]
