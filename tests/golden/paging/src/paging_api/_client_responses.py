"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncPagingAPI, PagingAPI
    from .resources.charges import (
        AsyncChargesResourceWithRawResponse,
        AsyncChargesResourceWithStreamingResponse,
        ChargesResourceWithRawResponse,
        ChargesResourceWithStreamingResponse,
    )
    from .resources.commits import (
        AsyncCommitsResourceWithRawResponse,
        AsyncCommitsResourceWithStreamingResponse,
        CommitsResourceWithRawResponse,
        CommitsResourceWithStreamingResponse,
    )
    from .resources.events import (
        AsyncEventsResourceWithRawResponse,
        AsyncEventsResourceWithStreamingResponse,
        EventsResourceWithRawResponse,
        EventsResourceWithStreamingResponse,
    )
    from .resources.logs import (
        AsyncLogsResourceWithRawResponse,
        AsyncLogsResourceWithStreamingResponse,
        LogsResourceWithRawResponse,
        LogsResourceWithStreamingResponse,
    )
    from .resources.messages import (
        AsyncMessagesResourceWithRawResponse,
        AsyncMessagesResourceWithStreamingResponse,
        MessagesResourceWithRawResponse,
        MessagesResourceWithStreamingResponse,
    )
    from .resources.orders import (
        AsyncOrdersResourceWithRawResponse,
        AsyncOrdersResourceWithStreamingResponse,
        OrdersResourceWithRawResponse,
        OrdersResourceWithStreamingResponse,
    )
    from .resources.people import (
        AsyncPeopleResourceWithRawResponse,
        AsyncPeopleResourceWithStreamingResponse,
        PeopleResourceWithRawResponse,
        PeopleResourceWithStreamingResponse,
    )
    from .resources.releases import (
        AsyncReleasesResourceWithRawResponse,
        AsyncReleasesResourceWithStreamingResponse,
        ReleasesResourceWithRawResponse,
        ReleasesResourceWithStreamingResponse,
    )
    from .resources.reports import (
        AsyncReportsResourceWithRawResponse,
        AsyncReportsResourceWithStreamingResponse,
        ReportsResourceWithRawResponse,
        ReportsResourceWithStreamingResponse,
    )
    from .resources.repos import (
        AsyncReposResourceWithRawResponse,
        AsyncReposResourceWithStreamingResponse,
        ReposResourceWithRawResponse,
        ReposResourceWithStreamingResponse,
    )
    from .resources.sheets import (
        AsyncSheetsResourceWithRawResponse,
        AsyncSheetsResourceWithStreamingResponse,
        SheetsResourceWithRawResponse,
        SheetsResourceWithStreamingResponse,
    )
    from .resources.tokens import (
        AsyncTokensResourceWithRawResponse,
        AsyncTokensResourceWithStreamingResponse,
        TokensResourceWithRawResponse,
        TokensResourceWithStreamingResponse,
    )

__all__ = [
    "PagingAPIWithRawResponse",
    "AsyncPagingAPIWithRawResponse",
    "PagingAPIWithStreamingResponse",
    "AsyncPagingAPIWithStreamingResponse",
]


class PagingAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: PagingAPI) -> None:
        self._client = client

    @cached_property
    def tokens(self) -> TokensResourceWithRawResponse:
        return self._client.tokens.with_raw_response

    @cached_property
    def events(self) -> EventsResourceWithRawResponse:
        return self._client.events.with_raw_response

    @cached_property
    def repos(self) -> ReposResourceWithRawResponse:
        return self._client.repos.with_raw_response

    @cached_property
    def commits(self) -> CommitsResourceWithRawResponse:
        return self._client.commits.with_raw_response

    @cached_property
    def messages(self) -> MessagesResourceWithRawResponse:
        return self._client.messages.with_raw_response

    @cached_property
    def charges(self) -> ChargesResourceWithRawResponse:
        return self._client.charges.with_raw_response

    @cached_property
    def logs(self) -> LogsResourceWithRawResponse:
        return self._client.logs.with_raw_response

    @cached_property
    def releases(self) -> ReleasesResourceWithRawResponse:
        return self._client.releases.with_raw_response

    @cached_property
    def sheets(self) -> SheetsResourceWithRawResponse:
        return self._client.sheets.with_raw_response

    @cached_property
    def people(self) -> PeopleResourceWithRawResponse:
        return self._client.people.with_raw_response

    @cached_property
    def orders(self) -> OrdersResourceWithRawResponse:
        return self._client.orders.with_raw_response

    @cached_property
    def reports(self) -> ReportsResourceWithRawResponse:
        return self._client.reports.with_raw_response


class PagingAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: PagingAPI) -> None:
        self._client = client

    @cached_property
    def tokens(self) -> TokensResourceWithStreamingResponse:
        return self._client.tokens.with_streaming_response

    @cached_property
    def events(self) -> EventsResourceWithStreamingResponse:
        return self._client.events.with_streaming_response

    @cached_property
    def repos(self) -> ReposResourceWithStreamingResponse:
        return self._client.repos.with_streaming_response

    @cached_property
    def commits(self) -> CommitsResourceWithStreamingResponse:
        return self._client.commits.with_streaming_response

    @cached_property
    def messages(self) -> MessagesResourceWithStreamingResponse:
        return self._client.messages.with_streaming_response

    @cached_property
    def charges(self) -> ChargesResourceWithStreamingResponse:
        return self._client.charges.with_streaming_response

    @cached_property
    def logs(self) -> LogsResourceWithStreamingResponse:
        return self._client.logs.with_streaming_response

    @cached_property
    def releases(self) -> ReleasesResourceWithStreamingResponse:
        return self._client.releases.with_streaming_response

    @cached_property
    def sheets(self) -> SheetsResourceWithStreamingResponse:
        return self._client.sheets.with_streaming_response

    @cached_property
    def people(self) -> PeopleResourceWithStreamingResponse:
        return self._client.people.with_streaming_response

    @cached_property
    def orders(self) -> OrdersResourceWithStreamingResponse:
        return self._client.orders.with_streaming_response

    @cached_property
    def reports(self) -> ReportsResourceWithStreamingResponse:
        return self._client.reports.with_streaming_response


class AsyncPagingAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncPagingAPI) -> None:
        self._client = client

    @cached_property
    def tokens(self) -> AsyncTokensResourceWithRawResponse:
        return self._client.tokens.with_raw_response

    @cached_property
    def events(self) -> AsyncEventsResourceWithRawResponse:
        return self._client.events.with_raw_response

    @cached_property
    def repos(self) -> AsyncReposResourceWithRawResponse:
        return self._client.repos.with_raw_response

    @cached_property
    def commits(self) -> AsyncCommitsResourceWithRawResponse:
        return self._client.commits.with_raw_response

    @cached_property
    def messages(self) -> AsyncMessagesResourceWithRawResponse:
        return self._client.messages.with_raw_response

    @cached_property
    def charges(self) -> AsyncChargesResourceWithRawResponse:
        return self._client.charges.with_raw_response

    @cached_property
    def logs(self) -> AsyncLogsResourceWithRawResponse:
        return self._client.logs.with_raw_response

    @cached_property
    def releases(self) -> AsyncReleasesResourceWithRawResponse:
        return self._client.releases.with_raw_response

    @cached_property
    def sheets(self) -> AsyncSheetsResourceWithRawResponse:
        return self._client.sheets.with_raw_response

    @cached_property
    def people(self) -> AsyncPeopleResourceWithRawResponse:
        return self._client.people.with_raw_response

    @cached_property
    def orders(self) -> AsyncOrdersResourceWithRawResponse:
        return self._client.orders.with_raw_response

    @cached_property
    def reports(self) -> AsyncReportsResourceWithRawResponse:
        return self._client.reports.with_raw_response


class AsyncPagingAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncPagingAPI) -> None:
        self._client = client

    @cached_property
    def tokens(self) -> AsyncTokensResourceWithStreamingResponse:
        return self._client.tokens.with_streaming_response

    @cached_property
    def events(self) -> AsyncEventsResourceWithStreamingResponse:
        return self._client.events.with_streaming_response

    @cached_property
    def repos(self) -> AsyncReposResourceWithStreamingResponse:
        return self._client.repos.with_streaming_response

    @cached_property
    def commits(self) -> AsyncCommitsResourceWithStreamingResponse:
        return self._client.commits.with_streaming_response

    @cached_property
    def messages(self) -> AsyncMessagesResourceWithStreamingResponse:
        return self._client.messages.with_streaming_response

    @cached_property
    def charges(self) -> AsyncChargesResourceWithStreamingResponse:
        return self._client.charges.with_streaming_response

    @cached_property
    def logs(self) -> AsyncLogsResourceWithStreamingResponse:
        return self._client.logs.with_streaming_response

    @cached_property
    def releases(self) -> AsyncReleasesResourceWithStreamingResponse:
        return self._client.releases.with_streaming_response

    @cached_property
    def sheets(self) -> AsyncSheetsResourceWithStreamingResponse:
        return self._client.sheets.with_streaming_response

    @cached_property
    def people(self) -> AsyncPeopleResourceWithStreamingResponse:
        return self._client.people.with_streaming_response

    @cached_property
    def orders(self) -> AsyncOrdersResourceWithStreamingResponse:
        return self._client.orders.with_streaming_response

    @cached_property
    def reports(self) -> AsyncReportsResourceWithStreamingResponse:
        return self._client.reports.with_streaming_response
