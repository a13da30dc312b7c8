"""The API's resources, each reachable as an attribute of the client."""

from .charges import (
    AsyncChargesResource,
    AsyncChargesResourceWithRawResponse,
    ChargesResource,
    ChargesResourceWithRawResponse,
)
from .commits import (
    AsyncCommitsResource,
    AsyncCommitsResourceWithRawResponse,
    CommitsResource,
    CommitsResourceWithRawResponse,
)
from .events import (
    AsyncEventsResource,
    AsyncEventsResourceWithRawResponse,
    EventsResource,
    EventsResourceWithRawResponse,
)
from .logs import (
    AsyncLogsResource,
    AsyncLogsResourceWithRawResponse,
    LogsResource,
    LogsResourceWithRawResponse,
)
from .messages import (
    AsyncMessagesResource,
    AsyncMessagesResourceWithRawResponse,
    MessagesResource,
    MessagesResourceWithRawResponse,
)
from .orders import (
    AsyncOrdersResource,
    AsyncOrdersResourceWithRawResponse,
    OrdersResource,
    OrdersResourceWithRawResponse,
)
from .people import (
    AsyncPeopleResource,
    AsyncPeopleResourceWithRawResponse,
    PeopleResource,
    PeopleResourceWithRawResponse,
)
from .releases import (
    AsyncReleasesResource,
    AsyncReleasesResourceWithRawResponse,
    ReleasesResource,
    ReleasesResourceWithRawResponse,
)
from .reports import (
    AsyncReportsResource,
    AsyncReportsResourceWithRawResponse,
    ReportsResource,
    ReportsResourceWithRawResponse,
)
from .repos import (
    AsyncReposResource,
    AsyncReposResourceWithRawResponse,
    ReposResource,
    ReposResourceWithRawResponse,
)
from .sheets import (
    AsyncSheetsResource,
    AsyncSheetsResourceWithRawResponse,
    SheetsResource,
    SheetsResourceWithRawResponse,
)
from .tokens import (
    AsyncTokensResource,
    AsyncTokensResourceWithRawResponse,
    TokensResource,
    TokensResourceWithRawResponse,
)

__all__ = [
    "TokensResource",
    "AsyncTokensResource",
    "TokensResourceWithRawResponse",
    "AsyncTokensResourceWithRawResponse",
    "EventsResource",
    "AsyncEventsResource",
    "EventsResourceWithRawResponse",
    "AsyncEventsResourceWithRawResponse",
    "ReposResource",
    "AsyncReposResource",
    "ReposResourceWithRawResponse",
    "AsyncReposResourceWithRawResponse",
    "CommitsResource",
    "AsyncCommitsResource",
    "CommitsResourceWithRawResponse",
    "AsyncCommitsResourceWithRawResponse",
    "MessagesResource",
    "AsyncMessagesResource",
    "MessagesResourceWithRawResponse",
    "AsyncMessagesResourceWithRawResponse",
    "ChargesResource",
    "AsyncChargesResource",
    "ChargesResourceWithRawResponse",
    "AsyncChargesResourceWithRawResponse",
    "LogsResource",
    "AsyncLogsResource",
    "LogsResourceWithRawResponse",
    "AsyncLogsResourceWithRawResponse",
    "ReleasesResource",
    "AsyncReleasesResource",
    "ReleasesResourceWithRawResponse",
    "AsyncReleasesResourceWithRawResponse",
    "SheetsResource",
    "AsyncSheetsResource",
    "SheetsResourceWithRawResponse",
    "AsyncSheetsResourceWithRawResponse",
    "PeopleResource",
    "AsyncPeopleResource",
    "PeopleResourceWithRawResponse",
    "AsyncPeopleResourceWithRawResponse",
    "OrdersResource",
    "AsyncOrdersResource",
    "OrdersResourceWithRawResponse",
    "AsyncOrdersResourceWithRawResponse",
    "ReportsResource",
    "AsyncReportsResource",
    "ReportsResourceWithRawResponse",
    "AsyncReportsResourceWithRawResponse",
]
