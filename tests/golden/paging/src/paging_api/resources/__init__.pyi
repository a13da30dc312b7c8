# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .charges import AsyncChargesResource as AsyncChargesResource
from .charges import AsyncChargesResourceWithRawResponse as AsyncChargesResourceWithRawResponse
from .charges import ChargesResource as ChargesResource
from .charges import ChargesResourceWithRawResponse as ChargesResourceWithRawResponse
from .commits import AsyncCommitsResource as AsyncCommitsResource
from .commits import AsyncCommitsResourceWithRawResponse as AsyncCommitsResourceWithRawResponse
from .commits import CommitsResource as CommitsResource
from .commits import CommitsResourceWithRawResponse as CommitsResourceWithRawResponse
from .events import AsyncEventsResource as AsyncEventsResource
from .events import AsyncEventsResourceWithRawResponse as AsyncEventsResourceWithRawResponse
from .events import EventsResource as EventsResource
from .events import EventsResourceWithRawResponse as EventsResourceWithRawResponse
from .logs import AsyncLogsResource as AsyncLogsResource
from .logs import AsyncLogsResourceWithRawResponse as AsyncLogsResourceWithRawResponse
from .logs import LogsResource as LogsResource
from .logs import LogsResourceWithRawResponse as LogsResourceWithRawResponse
from .messages import AsyncMessagesResource as AsyncMessagesResource
from .messages import AsyncMessagesResourceWithRawResponse as AsyncMessagesResourceWithRawResponse
from .messages import MessagesResource as MessagesResource
from .messages import MessagesResourceWithRawResponse as MessagesResourceWithRawResponse
from .orders import AsyncOrdersResource as AsyncOrdersResource
from .orders import AsyncOrdersResourceWithRawResponse as AsyncOrdersResourceWithRawResponse
from .orders import OrdersResource as OrdersResource
from .orders import OrdersResourceWithRawResponse as OrdersResourceWithRawResponse
from .people import AsyncPeopleResource as AsyncPeopleResource
from .people import AsyncPeopleResourceWithRawResponse as AsyncPeopleResourceWithRawResponse
from .people import PeopleResource as PeopleResource
from .people import PeopleResourceWithRawResponse as PeopleResourceWithRawResponse
from .releases import AsyncReleasesResource as AsyncReleasesResource
from .releases import AsyncReleasesResourceWithRawResponse as AsyncReleasesResourceWithRawResponse
from .releases import ReleasesResource as ReleasesResource
from .releases import ReleasesResourceWithRawResponse as ReleasesResourceWithRawResponse
from .reports import AsyncReportsResource as AsyncReportsResource
from .reports import AsyncReportsResourceWithRawResponse as AsyncReportsResourceWithRawResponse
from .reports import ReportsResource as ReportsResource
from .reports import ReportsResourceWithRawResponse as ReportsResourceWithRawResponse
from .repos import AsyncReposResource as AsyncReposResource
from .repos import AsyncReposResourceWithRawResponse as AsyncReposResourceWithRawResponse
from .repos import ReposResource as ReposResource
from .repos import ReposResourceWithRawResponse as ReposResourceWithRawResponse
from .sheets import AsyncSheetsResource as AsyncSheetsResource
from .sheets import AsyncSheetsResourceWithRawResponse as AsyncSheetsResourceWithRawResponse
from .sheets import SheetsResource as SheetsResource
from .sheets import SheetsResourceWithRawResponse as SheetsResourceWithRawResponse
from .tokens import AsyncTokensResource as AsyncTokensResource
from .tokens import AsyncTokensResourceWithRawResponse as AsyncTokensResourceWithRawResponse
from .tokens import TokensResource as TokensResource
from .tokens import TokensResourceWithRawResponse as TokensResourceWithRawResponse

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
