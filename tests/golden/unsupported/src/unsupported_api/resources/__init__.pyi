# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .reports import AsyncReportsResource as AsyncReportsResource
from .reports import AsyncReportsResourceWithRawResponse as AsyncReportsResourceWithRawResponse
from .reports import (
    AsyncReportsResourceWithStreamingResponse as AsyncReportsResourceWithStreamingResponse,
)
from .reports import ReportsResource as ReportsResource
from .reports import ReportsResourceWithRawResponse as ReportsResourceWithRawResponse
from .reports import ReportsResourceWithStreamingResponse as ReportsResourceWithStreamingResponse

__all__ = [
    "ReportsResource",
    "AsyncReportsResource",
    "ReportsResourceWithRawResponse",
    "AsyncReportsResourceWithRawResponse",
    "ReportsResourceWithStreamingResponse",
    "AsyncReportsResourceWithStreamingResponse",
]
