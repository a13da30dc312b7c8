"""The API's resources, each reachable as an attribute of the client."""

from .accounts import (
    AccountsResource,
    AccountsResourceWithRawResponse,
    AsyncAccountsResource,
    AsyncAccountsResourceWithRawResponse,
)
from .pets import (
    AsyncPetsResource,
    AsyncPetsResourceWithRawResponse,
    PetsResource,
    PetsResourceWithRawResponse,
)
from .shapes import (
    AsyncShapesResource,
    AsyncShapesResourceWithRawResponse,
    ShapesResource,
    ShapesResourceWithRawResponse,
)
from .trees import (
    AsyncTreesResource,
    AsyncTreesResourceWithRawResponse,
    TreesResource,
    TreesResourceWithRawResponse,
)

__all__ = [
    "PetsResource",
    "AsyncPetsResource",
    "PetsResourceWithRawResponse",
    "AsyncPetsResourceWithRawResponse",
    "ShapesResource",
    "AsyncShapesResource",
    "ShapesResourceWithRawResponse",
    "AsyncShapesResourceWithRawResponse",
    "TreesResource",
    "AsyncTreesResource",
    "TreesResourceWithRawResponse",
    "AsyncTreesResourceWithRawResponse",
    "AccountsResource",
    "AsyncAccountsResource",
    "AccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithRawResponse",
]
