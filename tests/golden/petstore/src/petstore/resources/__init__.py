"""The API's resources, each reachable as an attribute of the client."""

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
]
