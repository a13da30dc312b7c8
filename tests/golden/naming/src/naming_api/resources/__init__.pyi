# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .records import AsyncRecordsApiResource as AsyncRecordsApiResource
from .records import (
    AsyncRecordsApiResourceWithRawResponse as AsyncRecordsApiResourceWithRawResponse,
)
from .records import (
    AsyncRecordsApiResourceWithStreamingResponse as AsyncRecordsApiResourceWithStreamingResponse,
)
from .records import RecordsApiResource as RecordsApiResource
from .records import RecordsApiResourceWithRawResponse as RecordsApiResourceWithRawResponse
from .records import (
    RecordsApiResourceWithStreamingResponse as RecordsApiResourceWithStreamingResponse,
)
from .records_resource import AsyncRecordsResourceResource as AsyncRecordsResourceResource
from .records_resource import (
    AsyncRecordsResourceResourceWithRawResponse as AsyncRecordsResourceResourceWithRawResponse,
)
from .records_resource import (
    AsyncRecordsResourceResourceWithStreamingResponse as AsyncRecordsResourceResourceWithStreamingResponse,
)
from .records_resource import RecordsResourceResource as RecordsResourceResource
from .records_resource import (
    RecordsResourceResourceWithRawResponse as RecordsResourceResourceWithRawResponse,
)
from .records_resource import (
    RecordsResourceResourceWithStreamingResponse as RecordsResourceResourceWithStreamingResponse,
)
from .v2 import AsyncV2Resource as AsyncV2Resource
from .v2 import AsyncV2ResourceWithRawResponse as AsyncV2ResourceWithRawResponse
from .v2 import AsyncV2ResourceWithStreamingResponse as AsyncV2ResourceWithStreamingResponse
from .v2 import V2Resource as V2Resource
from .v2 import V2ResourceWithRawResponse as V2ResourceWithRawResponse
from .v2 import V2ResourceWithStreamingResponse as V2ResourceWithStreamingResponse

__all__ = [
    "RecordsApiResource",
    "AsyncRecordsApiResource",
    "RecordsApiResourceWithRawResponse",
    "AsyncRecordsApiResourceWithRawResponse",
    "RecordsApiResourceWithStreamingResponse",
    "AsyncRecordsApiResourceWithStreamingResponse",
    "V2Resource",
    "AsyncV2Resource",
    "V2ResourceWithRawResponse",
    "AsyncV2ResourceWithRawResponse",
    "V2ResourceWithStreamingResponse",
    "AsyncV2ResourceWithStreamingResponse",
    "RecordsResourceResource",
    "AsyncRecordsResourceResource",
    "RecordsResourceResourceWithRawResponse",
    "AsyncRecordsResourceResourceWithRawResponse",
    "RecordsResourceResourceWithStreamingResponse",
    "AsyncRecordsResourceResourceWithStreamingResponse",
]
