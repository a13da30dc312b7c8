# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .accounts import AccountsResource as AccountsResource
from .accounts import AccountsResourceWithRawResponse as AccountsResourceWithRawResponse
from .accounts import AccountsResourceWithStreamingResponse as AccountsResourceWithStreamingResponse
from .accounts import AsyncAccountsResource as AsyncAccountsResource
from .accounts import AsyncAccountsResourceWithRawResponse as AsyncAccountsResourceWithRawResponse
from .accounts import (
    AsyncAccountsResourceWithStreamingResponse as AsyncAccountsResourceWithStreamingResponse,
)
from .pets import AsyncPetsResource as AsyncPetsResource
from .pets import AsyncPetsResourceWithRawResponse as AsyncPetsResourceWithRawResponse
from .pets import AsyncPetsResourceWithStreamingResponse as AsyncPetsResourceWithStreamingResponse
from .pets import PetsResource as PetsResource
from .pets import PetsResourceWithRawResponse as PetsResourceWithRawResponse
from .pets import PetsResourceWithStreamingResponse as PetsResourceWithStreamingResponse
from .shapes import AsyncShapesResource as AsyncShapesResource
from .shapes import AsyncShapesResourceWithRawResponse as AsyncShapesResourceWithRawResponse
from .shapes import (
    AsyncShapesResourceWithStreamingResponse as AsyncShapesResourceWithStreamingResponse,
)
from .shapes import ShapesResource as ShapesResource
from .shapes import ShapesResourceWithRawResponse as ShapesResourceWithRawResponse
from .shapes import ShapesResourceWithStreamingResponse as ShapesResourceWithStreamingResponse
from .trees import AsyncTreesResource as AsyncTreesResource
from .trees import AsyncTreesResourceWithRawResponse as AsyncTreesResourceWithRawResponse
from .trees import (
    AsyncTreesResourceWithStreamingResponse as AsyncTreesResourceWithStreamingResponse,
)
from .trees import TreesResource as TreesResource
from .trees import TreesResourceWithRawResponse as TreesResourceWithRawResponse
from .trees import TreesResourceWithStreamingResponse as TreesResourceWithStreamingResponse

__all__ = [
    "PetsResource",
    "AsyncPetsResource",
    "PetsResourceWithRawResponse",
    "AsyncPetsResourceWithRawResponse",
    "PetsResourceWithStreamingResponse",
    "AsyncPetsResourceWithStreamingResponse",
    "ShapesResource",
    "AsyncShapesResource",
    "ShapesResourceWithRawResponse",
    "AsyncShapesResourceWithRawResponse",
    "ShapesResourceWithStreamingResponse",
    "AsyncShapesResourceWithStreamingResponse",
    "TreesResource",
    "AsyncTreesResource",
    "TreesResourceWithRawResponse",
    "AsyncTreesResourceWithRawResponse",
    "TreesResourceWithStreamingResponse",
    "AsyncTreesResourceWithStreamingResponse",
    "AccountsResource",
    "AsyncAccountsResource",
    "AccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithRawResponse",
    "AccountsResourceWithStreamingResponse",
    "AsyncAccountsResourceWithStreamingResponse",
]
