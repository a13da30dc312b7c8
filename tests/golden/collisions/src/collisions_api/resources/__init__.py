"""The API's resources, each reachable as an attribute of the client."""

from .a import (
    AResource,
    AResourceWithRawResponse,
    AsyncAResource,
    AsyncAResourceWithRawResponse,
)
from .a_b import (
    AB2Resource,
    AB2ResourceWithRawResponse,
    AsyncAB2Resource,
    AsyncAB2ResourceWithRawResponse,
)
from .files import (
    AsyncFilesResource,
    AsyncFilesResourceWithRawResponse,
    FilesResource,
    FilesResourceWithRawResponse,
)
from .things import (
    AsyncThingsResource,
    AsyncThingsResourceWithRawResponse,
    ThingsResource,
    ThingsResourceWithRawResponse,
)

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
