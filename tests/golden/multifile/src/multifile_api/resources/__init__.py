"""The API's resources, each reachable as an attribute of the client."""

from .owners import (
    AsyncOwnersResource,
    AsyncOwnersResourceWithRawResponse,
    OwnersResource,
    OwnersResourceWithRawResponse,
)
from .pets import (
    AsyncPetsResource,
    AsyncPetsResourceWithRawResponse,
    PetsResource,
    PetsResourceWithRawResponse,
)

__all__ = [
    "PetsResource",
    "AsyncPetsResource",
    "PetsResourceWithRawResponse",
    "AsyncPetsResourceWithRawResponse",
    "OwnersResource",
    "AsyncOwnersResource",
    "OwnersResourceWithRawResponse",
    "AsyncOwnersResourceWithRawResponse",
]
