# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .pets import AsyncPetsResource as AsyncPetsResource
from .pets import AsyncPetsResourceWithRawResponse as AsyncPetsResourceWithRawResponse
from .pets import AsyncPetsResourceWithStreamingResponse as AsyncPetsResourceWithStreamingResponse
from .pets import PetsResource as PetsResource
from .pets import PetsResourceWithRawResponse as PetsResourceWithRawResponse
from .pets import PetsResourceWithStreamingResponse as PetsResourceWithStreamingResponse

__all__ = [
    "PetsResource",
    "AsyncPetsResource",
    "PetsResourceWithRawResponse",
    "AsyncPetsResourceWithRawResponse",
    "PetsResourceWithStreamingResponse",
    "AsyncPetsResourceWithStreamingResponse",
]
