# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .a import AResource as AResource
from .a import AResourceWithRawResponse as AResourceWithRawResponse
from .a import AsyncAResource as AsyncAResource
from .a import AsyncAResourceWithRawResponse as AsyncAResourceWithRawResponse
from .a_b import AB2Resource as AB2Resource
from .a_b import AB2ResourceWithRawResponse as AB2ResourceWithRawResponse
from .a_b import AsyncAB2Resource as AsyncAB2Resource
from .a_b import AsyncAB2ResourceWithRawResponse as AsyncAB2ResourceWithRawResponse
from .files import AsyncFilesResource as AsyncFilesResource
from .files import AsyncFilesResourceWithRawResponse as AsyncFilesResourceWithRawResponse
from .files import FilesResource as FilesResource
from .files import FilesResourceWithRawResponse as FilesResourceWithRawResponse
from .things import AsyncThingsResource as AsyncThingsResource
from .things import AsyncThingsResourceWithRawResponse as AsyncThingsResourceWithRawResponse
from .things import ThingsResource as ThingsResource
from .things import ThingsResourceWithRawResponse as ThingsResourceWithRawResponse

__all__ = [
    "FilesResource",
    "AsyncFilesResource",
    "FilesResourceWithRawResponse",
    "AsyncFilesResourceWithRawResponse",
    "AResource",
    "AsyncAResource",
    "AResourceWithRawResponse",
    "AsyncAResourceWithRawResponse",
    "AB2Resource",
    "AsyncAB2Resource",
    "AB2ResourceWithRawResponse",
    "AsyncAB2ResourceWithRawResponse",
    "ThingsResource",
    "AsyncThingsResource",
    "ThingsResourceWithRawResponse",
    "AsyncThingsResourceWithRawResponse",
]
