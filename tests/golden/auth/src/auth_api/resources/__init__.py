"""The API's resources, each reachable as an attribute of the client."""

from .feed import (
    AsyncFeedResource,
    AsyncFeedResourceWithRawResponse,
    FeedResource,
    FeedResourceWithRawResponse,
)
from .health import (
    AsyncHealthResource,
    AsyncHealthResourceWithRawResponse,
    HealthResource,
    HealthResourceWithRawResponse,
)
from .legacy import (
    AsyncLegacyResource,
    AsyncLegacyResourceWithRawResponse,
    LegacyResource,
    LegacyResourceWithRawResponse,
)
from .reports import (
    AsyncReportsResource,
    AsyncReportsResourceWithRawResponse,
    ReportsResource,
    ReportsResourceWithRawResponse,
)
from .widgets import (
    AsyncWidgetsResource,
    AsyncWidgetsResourceWithRawResponse,
    WidgetsResource,
    WidgetsResourceWithRawResponse,
)

__all__ = [
    "WidgetsResource",
    "AsyncWidgetsResource",
    "WidgetsResourceWithRawResponse",
    "AsyncWidgetsResourceWithRawResponse",
    "HealthResource",
    "AsyncHealthResource",
    "HealthResourceWithRawResponse",
    "AsyncHealthResourceWithRawResponse",
    "FeedResource",
    "AsyncFeedResource",
    "FeedResourceWithRawResponse",
    "AsyncFeedResourceWithRawResponse",
    "ReportsResource",
    "AsyncReportsResource",
    "ReportsResourceWithRawResponse",
    "AsyncReportsResourceWithRawResponse",
    "LegacyResource",
    "AsyncLegacyResource",
    "LegacyResourceWithRawResponse",
    "AsyncLegacyResourceWithRawResponse",
]
