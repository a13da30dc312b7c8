# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .charges import AsyncChargesResource as AsyncChargesResource
from .charges import AsyncChargesResourceWithRawResponse as AsyncChargesResourceWithRawResponse
from .charges import (
    AsyncChargesResourceWithStreamingResponse as AsyncChargesResourceWithStreamingResponse,
)
from .charges import ChargesResource as ChargesResource
from .charges import ChargesResourceWithRawResponse as ChargesResourceWithRawResponse
from .charges import ChargesResourceWithStreamingResponse as ChargesResourceWithStreamingResponse
from .commits import AsyncCommitsResource as AsyncCommitsResource
from .commits import AsyncCommitsResourceWithRawResponse as AsyncCommitsResourceWithRawResponse
from .commits import (
    AsyncCommitsResourceWithStreamingResponse as AsyncCommitsResourceWithStreamingResponse,
)
from .commits import CommitsResource as CommitsResource
from .commits import CommitsResourceWithRawResponse as CommitsResourceWithRawResponse
from .commits import CommitsResourceWithStreamingResponse as CommitsResourceWithStreamingResponse
from .events import AsyncEventsResource as AsyncEventsResource
from .events import AsyncEventsResourceWithRawResponse as AsyncEventsResourceWithRawResponse
from .events import (
    AsyncEventsResourceWithStreamingResponse as AsyncEventsResourceWithStreamingResponse,
)
from .events import EventsResource as EventsResource
from .events import EventsResourceWithRawResponse as EventsResourceWithRawResponse
from .events import EventsResourceWithStreamingResponse as EventsResourceWithStreamingResponse
from .logs import AsyncLogsResource as AsyncLogsResource
from .logs import AsyncLogsResourceWithRawResponse as AsyncLogsResourceWithRawResponse
from .logs import AsyncLogsResourceWithStreamingResponse as AsyncLogsResourceWithStreamingResponse
from .logs import LogsResource as LogsResource
from .logs import LogsResourceWithRawResponse as LogsResourceWithRawResponse
from .logs import LogsResourceWithStreamingResponse as LogsResourceWithStreamingResponse
from .messages import AsyncMessagesResource as AsyncMessagesResource
from .messages import AsyncMessagesResourceWithRawResponse as AsyncMessagesResourceWithRawResponse
from .messages import (
    AsyncMessagesResourceWithStreamingResponse as AsyncMessagesResourceWithStreamingResponse,
)
from .messages import MessagesResource as MessagesResource
from .messages import MessagesResourceWithRawResponse as MessagesResourceWithRawResponse
from .messages import MessagesResourceWithStreamingResponse as MessagesResourceWithStreamingResponse
from .orders import AsyncOrdersResource as AsyncOrdersResource
from .orders import AsyncOrdersResourceWithRawResponse as AsyncOrdersResourceWithRawResponse
from .orders import (
    AsyncOrdersResourceWithStreamingResponse as AsyncOrdersResourceWithStreamingResponse,
)
from .orders import OrdersResource as OrdersResource
from .orders import OrdersResourceWithRawResponse as OrdersResourceWithRawResponse
from .orders import OrdersResourceWithStreamingResponse as OrdersResourceWithStreamingResponse
from .people import AsyncPeopleResource as AsyncPeopleResource
from .people import AsyncPeopleResourceWithRawResponse as AsyncPeopleResourceWithRawResponse
from .people import (
    AsyncPeopleResourceWithStreamingResponse as AsyncPeopleResourceWithStreamingResponse,
)
from .people import PeopleResource as PeopleResource
from .people import PeopleResourceWithRawResponse as PeopleResourceWithRawResponse
from .people import PeopleResourceWithStreamingResponse as PeopleResourceWithStreamingResponse
from .releases import AsyncReleasesResource as AsyncReleasesResource
from .releases import AsyncReleasesResourceWithRawResponse as AsyncReleasesResourceWithRawResponse
from .releases import (
    AsyncReleasesResourceWithStreamingResponse as AsyncReleasesResourceWithStreamingResponse,
)
from .releases import ReleasesResource as ReleasesResource
from .releases import ReleasesResourceWithRawResponse as ReleasesResourceWithRawResponse
from .releases import ReleasesResourceWithStreamingResponse as ReleasesResourceWithStreamingResponse
from .reports import AsyncReportsResource as AsyncReportsResource
from .reports import AsyncReportsResourceWithRawResponse as AsyncReportsResourceWithRawResponse
from .reports import (
    AsyncReportsResourceWithStreamingResponse as AsyncReportsResourceWithStreamingResponse,
)
from .reports import ReportsResource as ReportsResource
from .reports import ReportsResourceWithRawResponse as ReportsResourceWithRawResponse
from .reports import ReportsResourceWithStreamingResponse as ReportsResourceWithStreamingResponse
from .repos import AsyncReposResource as AsyncReposResource
from .repos import AsyncReposResourceWithRawResponse as AsyncReposResourceWithRawResponse
from .repos import (
    AsyncReposResourceWithStreamingResponse as AsyncReposResourceWithStreamingResponse,
)
from .repos import ReposResource as ReposResource
from .repos import ReposResourceWithRawResponse as ReposResourceWithRawResponse
from .repos import ReposResourceWithStreamingResponse as ReposResourceWithStreamingResponse
from .sheets import AsyncSheetsResource as AsyncSheetsResource
from .sheets import AsyncSheetsResourceWithRawResponse as AsyncSheetsResourceWithRawResponse
from .sheets import (
    AsyncSheetsResourceWithStreamingResponse as AsyncSheetsResourceWithStreamingResponse,
)
from .sheets import SheetsResource as SheetsResource
from .sheets import SheetsResourceWithRawResponse as SheetsResourceWithRawResponse
from .sheets import SheetsResourceWithStreamingResponse as SheetsResourceWithStreamingResponse
from .tokens import AsyncTokensResource as AsyncTokensResource
from .tokens import AsyncTokensResourceWithRawResponse as AsyncTokensResourceWithRawResponse
from .tokens import (
    AsyncTokensResourceWithStreamingResponse as AsyncTokensResourceWithStreamingResponse,
)
from .tokens import TokensResource as TokensResource
from .tokens import TokensResourceWithRawResponse as TokensResourceWithRawResponse
from .tokens import TokensResourceWithStreamingResponse as TokensResourceWithStreamingResponse

__all__ = [
    "TokensResource",
    "AsyncTokensResource",
    "TokensResourceWithRawResponse",
    "AsyncTokensResourceWithRawResponse",
    "TokensResourceWithStreamingResponse",
    "AsyncTokensResourceWithStreamingResponse",
    "EventsResource",
    "AsyncEventsResource",
    "EventsResourceWithRawResponse",
    "AsyncEventsResourceWithRawResponse",
    "EventsResourceWithStreamingResponse",
    "AsyncEventsResourceWithStreamingResponse",
    "ReposResource",
    "AsyncReposResource",
    "ReposResourceWithRawResponse",
    "AsyncReposResourceWithRawResponse",
    "ReposResourceWithStreamingResponse",
    "AsyncReposResourceWithStreamingResponse",
    "CommitsResource",
    "AsyncCommitsResource",
    "CommitsResourceWithRawResponse",
    "AsyncCommitsResourceWithRawResponse",
    "CommitsResourceWithStreamingResponse",
    "AsyncCommitsResourceWithStreamingResponse",
    "MessagesResource",
    "AsyncMessagesResource",
    "MessagesResourceWithRawResponse",
    "AsyncMessagesResourceWithRawResponse",
    "MessagesResourceWithStreamingResponse",
    "AsyncMessagesResourceWithStreamingResponse",
    "ChargesResource",
    "AsyncChargesResource",
    "ChargesResourceWithRawResponse",
    "AsyncChargesResourceWithRawResponse",
    "ChargesResourceWithStreamingResponse",
    "AsyncChargesResourceWithStreamingResponse",
    "LogsResource",
    "AsyncLogsResource",
    "LogsResourceWithRawResponse",
    "AsyncLogsResourceWithRawResponse",
    "LogsResourceWithStreamingResponse",
    "AsyncLogsResourceWithStreamingResponse",
    "ReleasesResource",
    "AsyncReleasesResource",
    "ReleasesResourceWithRawResponse",
    "AsyncReleasesResourceWithRawResponse",
    "ReleasesResourceWithStreamingResponse",
    "AsyncReleasesResourceWithStreamingResponse",
    "SheetsResource",
    "AsyncSheetsResource",
    "SheetsResourceWithRawResponse",
    "AsyncSheetsResourceWithRawResponse",
    "SheetsResourceWithStreamingResponse",
    "AsyncSheetsResourceWithStreamingResponse",
    "PeopleResource",
    "AsyncPeopleResource",
    "PeopleResourceWithRawResponse",
    "AsyncPeopleResourceWithRawResponse",
    "PeopleResourceWithStreamingResponse",
    "AsyncPeopleResourceWithStreamingResponse",
    "OrdersResource",
    "AsyncOrdersResource",
    "OrdersResourceWithRawResponse",
    "AsyncOrdersResourceWithRawResponse",
    "OrdersResourceWithStreamingResponse",
    "AsyncOrdersResourceWithStreamingResponse",
    "ReportsResource",
    "AsyncReportsResource",
    "ReportsResourceWithRawResponse",
    "AsyncReportsResourceWithRawResponse",
    "ReportsResourceWithStreamingResponse",
    "AsyncReportsResourceWithStreamingResponse",
]
