# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .accounts import AccountsResource as AccountsResource
from .accounts import AccountsResourceWithRawResponse as AccountsResourceWithRawResponse
from .accounts import AsyncAccountsResource as AsyncAccountsResource
from .accounts import AsyncAccountsResourceWithRawResponse as AsyncAccountsResourceWithRawResponse
from .pets import AsyncPetsResource as AsyncPetsResource
from .pets import AsyncPetsResourceWithRawResponse as AsyncPetsResourceWithRawResponse
from .pets import PetsResource as PetsResource
from .pets import PetsResourceWithRawResponse as PetsResourceWithRawResponse
from .shapes import AsyncShapesResource as AsyncShapesResource
from .shapes import AsyncShapesResourceWithRawResponse as AsyncShapesResourceWithRawResponse
from .shapes import ShapesResource as ShapesResource
from .shapes import ShapesResourceWithRawResponse as ShapesResourceWithRawResponse
from .trees import AsyncTreesResource as AsyncTreesResource
from .trees import AsyncTreesResourceWithRawResponse as AsyncTreesResourceWithRawResponse
from .trees import TreesResource as TreesResource
from .trees import TreesResourceWithRawResponse as TreesResourceWithRawResponse

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
