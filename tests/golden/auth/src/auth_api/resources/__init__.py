"""The API's resources, each reachable as an attribute of the client and imported on first use."""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .feed import (
        AsyncFeedResource as AsyncFeedResource,
    )
    from .feed import (
        AsyncFeedResourceWithRawResponse as AsyncFeedResourceWithRawResponse,
    )
    from .feed import (
        FeedResource as FeedResource,
    )
    from .feed import (
        FeedResourceWithRawResponse as FeedResourceWithRawResponse,
    )
    from .health import (
        AsyncHealthResource as AsyncHealthResource,
    )
    from .health import (
        AsyncHealthResourceWithRawResponse as AsyncHealthResourceWithRawResponse,
    )
    from .health import (
        HealthResource as HealthResource,
    )
    from .health import (
        HealthResourceWithRawResponse as HealthResourceWithRawResponse,
    )
    from .legacy import (
        AsyncLegacyResource as AsyncLegacyResource,
    )
    from .legacy import (
        AsyncLegacyResourceWithRawResponse as AsyncLegacyResourceWithRawResponse,
    )
    from .legacy import (
        LegacyResource as LegacyResource,
    )
    from .legacy import (
        LegacyResourceWithRawResponse as LegacyResourceWithRawResponse,
    )
    from .reports import (
        AsyncReportsResource as AsyncReportsResource,
    )
    from .reports import (
        AsyncReportsResourceWithRawResponse as AsyncReportsResourceWithRawResponse,
    )
    from .reports import (
        ReportsResource as ReportsResource,
    )
    from .reports import (
        ReportsResourceWithRawResponse as ReportsResourceWithRawResponse,
    )
    from .widgets import (
        AsyncWidgetsResource as AsyncWidgetsResource,
    )
    from .widgets import (
        AsyncWidgetsResourceWithRawResponse as AsyncWidgetsResourceWithRawResponse,
    )
    from .widgets import (
        WidgetsResource as WidgetsResource,
    )
    from .widgets import (
        WidgetsResourceWithRawResponse as WidgetsResourceWithRawResponse,
    )

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "WidgetsResource": "widgets",
    "AsyncWidgetsResource": "widgets",
    "WidgetsResourceWithRawResponse": "widgets",
    "AsyncWidgetsResourceWithRawResponse": "widgets",
    "HealthResource": "health",
    "AsyncHealthResource": "health",
    "HealthResourceWithRawResponse": "health",
    "AsyncHealthResourceWithRawResponse": "health",
    "FeedResource": "feed",
    "AsyncFeedResource": "feed",
    "FeedResourceWithRawResponse": "feed",
    "AsyncFeedResourceWithRawResponse": "feed",
    "ReportsResource": "reports",
    "AsyncReportsResource": "reports",
    "ReportsResourceWithRawResponse": "reports",
    "AsyncReportsResourceWithRawResponse": "reports",
    "LegacyResource": "legacy",
    "AsyncLegacyResource": "legacy",
    "LegacyResourceWithRawResponse": "legacy",
    "AsyncLegacyResourceWithRawResponse": "legacy",
}

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


def __getattr__(name: str) -> _typing.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
