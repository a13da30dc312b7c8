# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .records import AsyncRecordsApiResource as AsyncRecordsApiResource
from .records import (
    AsyncRecordsApiResourceWithRawResponse as AsyncRecordsApiResourceWithRawResponse,
)
from .records import RecordsApiResource as RecordsApiResource
from .records import RecordsApiResourceWithRawResponse as RecordsApiResourceWithRawResponse
from .records_resource import AsyncRecordsResourceResource as AsyncRecordsResourceResource
from .records_resource import (
    AsyncRecordsResourceResourceWithRawResponse as AsyncRecordsResourceResourceWithRawResponse,
)
from .records_resource import RecordsResourceResource as RecordsResourceResource
from .records_resource import (
    RecordsResourceResourceWithRawResponse as RecordsResourceResourceWithRawResponse,
)
from .v2 import AsyncV2Resource as AsyncV2Resource
from .v2 import AsyncV2ResourceWithRawResponse as AsyncV2ResourceWithRawResponse
from .v2 import V2Resource as V2Resource
from .v2 import V2ResourceWithRawResponse as V2ResourceWithRawResponse

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
