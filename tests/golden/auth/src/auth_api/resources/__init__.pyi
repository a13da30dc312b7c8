# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .feed import AsyncFeedResource as AsyncFeedResource
from .feed import AsyncFeedResourceWithRawResponse as AsyncFeedResourceWithRawResponse
from .feed import FeedResource as FeedResource
from .feed import FeedResourceWithRawResponse as FeedResourceWithRawResponse
from .health import AsyncHealthResource as AsyncHealthResource
from .health import AsyncHealthResourceWithRawResponse as AsyncHealthResourceWithRawResponse
from .health import HealthResource as HealthResource
from .health import HealthResourceWithRawResponse as HealthResourceWithRawResponse
from .legacy import AsyncLegacyResource as AsyncLegacyResource
from .legacy import AsyncLegacyResourceWithRawResponse as AsyncLegacyResourceWithRawResponse
from .legacy import LegacyResource as LegacyResource
from .legacy import LegacyResourceWithRawResponse as LegacyResourceWithRawResponse
from .reports import AsyncReportsResource as AsyncReportsResource
from .reports import AsyncReportsResourceWithRawResponse as AsyncReportsResourceWithRawResponse
from .reports import ReportsResource as ReportsResource
from .reports import ReportsResourceWithRawResponse as ReportsResourceWithRawResponse
from .widgets import AsyncWidgetsResource as AsyncWidgetsResource
from .widgets import AsyncWidgetsResourceWithRawResponse as AsyncWidgetsResourceWithRawResponse
from .widgets import WidgetsResource as WidgetsResource
from .widgets import WidgetsResourceWithRawResponse as WidgetsResourceWithRawResponse

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
