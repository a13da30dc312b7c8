"""The API's resources, each reachable as an attribute of the client."""

from .records import (
    AsyncRecordsApiResource,
    AsyncRecordsApiResourceWithRawResponse,
    RecordsApiResource,
    RecordsApiResourceWithRawResponse,
)
from .records_resource import (
    AsyncRecordsResourceResource,
    AsyncRecordsResourceResourceWithRawResponse,
    RecordsResourceResource,
    RecordsResourceResourceWithRawResponse,
)
from .v2 import (
    AsyncV2Resource,
    AsyncV2ResourceWithRawResponse,
    V2Resource,
    V2ResourceWithRawResponse,
)

__all__ = [
    "RecordsApiResource",
    "AsyncRecordsApiResource",
    "RecordsApiResourceWithRawResponse",
    "AsyncRecordsApiResourceWithRawResponse",
    "V2Resource",
    "AsyncV2Resource",
    "V2ResourceWithRawResponse",
    "AsyncV2ResourceWithRawResponse",
    "RecordsResourceResource",
    "AsyncRecordsResourceResource",
    "RecordsResourceResourceWithRawResponse",
    "AsyncRecordsResourceResourceWithRawResponse",
]
