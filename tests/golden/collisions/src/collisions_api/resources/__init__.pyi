# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .a import AResource as AResource
from .a import AResourceWithRawResponse as AResourceWithRawResponse
from .a import AResourceWithStreamingResponse as AResourceWithStreamingResponse
from .a import AsyncAResource as AsyncAResource
from .a import AsyncAResourceWithRawResponse as AsyncAResourceWithRawResponse
from .a import AsyncAResourceWithStreamingResponse as AsyncAResourceWithStreamingResponse
from .a_b import AB2Resource as AB2Resource
from .a_b import AB2ResourceWithRawResponse as AB2ResourceWithRawResponse
from .a_b import AB2ResourceWithStreamingResponse as AB2ResourceWithStreamingResponse
from .a_b import AsyncAB2Resource as AsyncAB2Resource
from .a_b import AsyncAB2ResourceWithRawResponse as AsyncAB2ResourceWithRawResponse
from .a_b import AsyncAB2ResourceWithStreamingResponse as AsyncAB2ResourceWithStreamingResponse
from .files import AsyncFilesResource as AsyncFilesResource
from .files import AsyncFilesResourceWithRawResponse as AsyncFilesResourceWithRawResponse
from .files import (
    AsyncFilesResourceWithStreamingResponse as AsyncFilesResourceWithStreamingResponse,
)
from .files import FilesResource as FilesResource
from .files import FilesResourceWithRawResponse as FilesResourceWithRawResponse
from .files import FilesResourceWithStreamingResponse as FilesResourceWithStreamingResponse
from .things import AsyncThingsResource as AsyncThingsResource
from .things import AsyncThingsResourceWithRawResponse as AsyncThingsResourceWithRawResponse
from .things import (
    AsyncThingsResourceWithStreamingResponse as AsyncThingsResourceWithStreamingResponse,
)
from .things import ThingsResource as ThingsResource
from .things import ThingsResourceWithRawResponse as ThingsResourceWithRawResponse
from .things import ThingsResourceWithStreamingResponse as ThingsResourceWithStreamingResponse

__all__ = [
    "FilesResource",
    "AsyncFilesResource",
    "FilesResourceWithRawResponse",
    "AsyncFilesResourceWithRawResponse",
    "FilesResourceWithStreamingResponse",
    "AsyncFilesResourceWithStreamingResponse",
    "AResource",
    "AsyncAResource",
    "AResourceWithRawResponse",
    "AsyncAResourceWithRawResponse",
    "AResourceWithStreamingResponse",
    "AsyncAResourceWithStreamingResponse",
    "AB2Resource",
    "AsyncAB2Resource",
    "AB2ResourceWithRawResponse",
    "AsyncAB2ResourceWithRawResponse",
    "AB2ResourceWithStreamingResponse",
    "AsyncAB2ResourceWithStreamingResponse",
    "ThingsResource",
    "AsyncThingsResource",
    "ThingsResourceWithRawResponse",
    "AsyncThingsResourceWithRawResponse",
    "ThingsResourceWithStreamingResponse",
    "AsyncThingsResourceWithStreamingResponse",
]
