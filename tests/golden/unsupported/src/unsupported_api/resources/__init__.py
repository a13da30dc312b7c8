"""The API's resources, each reachable as an attribute of the client."""

from .reports import (
    AsyncReportsResource,
    AsyncReportsResourceWithRawResponse,
    ReportsResource,
    ReportsResourceWithRawResponse,
)

__all__ = [
    "ReportsResource",
    "AsyncReportsResource",
    "ReportsResourceWithRawResponse",
    "AsyncReportsResourceWithRawResponse",
]
