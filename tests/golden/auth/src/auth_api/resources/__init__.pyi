# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .feed import AsyncFeedResource as AsyncFeedResource
from .feed import AsyncFeedResourceWithRawResponse as AsyncFeedResourceWithRawResponse
from .feed import AsyncFeedResourceWithStreamingResponse as AsyncFeedResourceWithStreamingResponse
from .feed import FeedResource as FeedResource
from .feed import FeedResourceWithRawResponse as FeedResourceWithRawResponse
from .feed import FeedResourceWithStreamingResponse as FeedResourceWithStreamingResponse
from .health import AsyncHealthResource as AsyncHealthResource
from .health import AsyncHealthResourceWithRawResponse as AsyncHealthResourceWithRawResponse
from .health import (
    AsyncHealthResourceWithStreamingResponse as AsyncHealthResourceWithStreamingResponse,
)
from .health import HealthResource as HealthResource
from .health import HealthResourceWithRawResponse as HealthResourceWithRawResponse
from .health import HealthResourceWithStreamingResponse as HealthResourceWithStreamingResponse
from .legacy import AsyncLegacyResource as AsyncLegacyResource
from .legacy import AsyncLegacyResourceWithRawResponse as AsyncLegacyResourceWithRawResponse
from .legacy import (
    AsyncLegacyResourceWithStreamingResponse as AsyncLegacyResourceWithStreamingResponse,
)
from .legacy import LegacyResource as LegacyResource
from .legacy import LegacyResourceWithRawResponse as LegacyResourceWithRawResponse
from .legacy import LegacyResourceWithStreamingResponse as LegacyResourceWithStreamingResponse
from .reports import AsyncReportsResource as AsyncReportsResource
from .reports import AsyncReportsResourceWithRawResponse as AsyncReportsResourceWithRawResponse
from .reports import (
    AsyncReportsResourceWithStreamingResponse as AsyncReportsResourceWithStreamingResponse,
)
from .reports import ReportsResource as ReportsResource
from .reports import ReportsResourceWithRawResponse as ReportsResourceWithRawResponse
from .reports import ReportsResourceWithStreamingResponse as ReportsResourceWithStreamingResponse
from .widgets import AsyncWidgetsResource as AsyncWidgetsResource
from .widgets import AsyncWidgetsResourceWithRawResponse as AsyncWidgetsResourceWithRawResponse
from .widgets import (
    AsyncWidgetsResourceWithStreamingResponse as AsyncWidgetsResourceWithStreamingResponse,
)
from .widgets import WidgetsResource as WidgetsResource
from .widgets import WidgetsResourceWithRawResponse as WidgetsResourceWithRawResponse
from .widgets import WidgetsResourceWithStreamingResponse as WidgetsResourceWithStreamingResponse

__all__ = [
    "WidgetsResource",
    "AsyncWidgetsResource",
    "WidgetsResourceWithRawResponse",
    "AsyncWidgetsResourceWithRawResponse",
    "WidgetsResourceWithStreamingResponse",
    "AsyncWidgetsResourceWithStreamingResponse",
    "HealthResource",
    "AsyncHealthResource",
    "HealthResourceWithRawResponse",
    "AsyncHealthResourceWithRawResponse",
    "HealthResourceWithStreamingResponse",
    "AsyncHealthResourceWithStreamingResponse",
    "FeedResource",
    "AsyncFeedResource",
    "FeedResourceWithRawResponse",
    "AsyncFeedResourceWithRawResponse",
    "FeedResourceWithStreamingResponse",
    "AsyncFeedResourceWithStreamingResponse",
    "ReportsResource",
    "AsyncReportsResource",
    "ReportsResourceWithRawResponse",
    "AsyncReportsResourceWithRawResponse",
    "ReportsResourceWithStreamingResponse",
    "AsyncReportsResourceWithStreamingResponse",
    "LegacyResource",
    "AsyncLegacyResource",
    "LegacyResourceWithRawResponse",
    "AsyncLegacyResourceWithRawResponse",
    "LegacyResourceWithStreamingResponse",
    "AsyncLegacyResourceWithStreamingResponse",
]
