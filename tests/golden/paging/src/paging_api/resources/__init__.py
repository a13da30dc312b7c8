"""The API's resources, each reachable as an attribute of the client and imported on first use.

Type checkers read the names from ``__init__.pyi``.
"""

from __future__ import annotations

import importlib
from typing import Any

# Each resource class, and the module that defines it.
_MODULES: dict[str, str] = {
    "TokensResource": "tokens",
    "AsyncTokensResource": "tokens",
    "TokensResourceWithRawResponse": "tokens",
    "AsyncTokensResourceWithRawResponse": "tokens",
    "TokensResourceWithStreamingResponse": "tokens",
    "AsyncTokensResourceWithStreamingResponse": "tokens",
    "EventsResource": "events",
    "AsyncEventsResource": "events",
    "EventsResourceWithRawResponse": "events",
    "AsyncEventsResourceWithRawResponse": "events",
    "EventsResourceWithStreamingResponse": "events",
    "AsyncEventsResourceWithStreamingResponse": "events",
    "ReposResource": "repos",
    "AsyncReposResource": "repos",
    "ReposResourceWithRawResponse": "repos",
    "AsyncReposResourceWithRawResponse": "repos",
    "ReposResourceWithStreamingResponse": "repos",
    "AsyncReposResourceWithStreamingResponse": "repos",
    "CommitsResource": "commits",
    "AsyncCommitsResource": "commits",
    "CommitsResourceWithRawResponse": "commits",
    "AsyncCommitsResourceWithRawResponse": "commits",
    "CommitsResourceWithStreamingResponse": "commits",
    "AsyncCommitsResourceWithStreamingResponse": "commits",
    "MessagesResource": "messages",
    "AsyncMessagesResource": "messages",
    "MessagesResourceWithRawResponse": "messages",
    "AsyncMessagesResourceWithRawResponse": "messages",
    "MessagesResourceWithStreamingResponse": "messages",
    "AsyncMessagesResourceWithStreamingResponse": "messages",
    "ChargesResource": "charges",
    "AsyncChargesResource": "charges",
    "ChargesResourceWithRawResponse": "charges",
    "AsyncChargesResourceWithRawResponse": "charges",
    "ChargesResourceWithStreamingResponse": "charges",
    "AsyncChargesResourceWithStreamingResponse": "charges",
    "LogsResource": "logs",
    "AsyncLogsResource": "logs",
    "LogsResourceWithRawResponse": "logs",
    "AsyncLogsResourceWithRawResponse": "logs",
    "LogsResourceWithStreamingResponse": "logs",
    "AsyncLogsResourceWithStreamingResponse": "logs",
    "ReleasesResource": "releases",
    "AsyncReleasesResource": "releases",
    "ReleasesResourceWithRawResponse": "releases",
    "AsyncReleasesResourceWithRawResponse": "releases",
    "ReleasesResourceWithStreamingResponse": "releases",
    "AsyncReleasesResourceWithStreamingResponse": "releases",
    "SheetsResource": "sheets",
    "AsyncSheetsResource": "sheets",
    "SheetsResourceWithRawResponse": "sheets",
    "AsyncSheetsResourceWithRawResponse": "sheets",
    "SheetsResourceWithStreamingResponse": "sheets",
    "AsyncSheetsResourceWithStreamingResponse": "sheets",
    "PeopleResource": "people",
    "AsyncPeopleResource": "people",
    "PeopleResourceWithRawResponse": "people",
    "AsyncPeopleResourceWithRawResponse": "people",
    "PeopleResourceWithStreamingResponse": "people",
    "AsyncPeopleResourceWithStreamingResponse": "people",
    "OrdersResource": "orders",
    "AsyncOrdersResource": "orders",
    "OrdersResourceWithRawResponse": "orders",
    "AsyncOrdersResourceWithRawResponse": "orders",
    "OrdersResourceWithStreamingResponse": "orders",
    "AsyncOrdersResourceWithStreamingResponse": "orders",
    "ReportsResource": "reports",
    "AsyncReportsResource": "reports",
    "ReportsResourceWithRawResponse": "reports",
    "AsyncReportsResourceWithRawResponse": "reports",
    "ReportsResourceWithStreamingResponse": "reports",
    "AsyncReportsResourceWithStreamingResponse": "reports",
}


def __getattr__(name: str) -> Any:
    if name == "__all__":
        return list(_MODULES)
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
