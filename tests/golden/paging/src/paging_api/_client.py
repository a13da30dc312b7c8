"""The PagingAPI client: the entry point of the SDK."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from ._auth import Credential, Credentials, Scheme
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._limits import DEFAULT_MAX_RESPONSE_BYTES
from ._types import NOT_GIVEN, NotGiven, Timeout

# Imported on first use: creating a client loads no resource, model or response view.
if TYPE_CHECKING:
    from ._client_responses import (
        AsyncPagingAPIWithRawResponse,
        AsyncPagingAPIWithStreamingResponse,
        PagingAPIWithRawResponse,
        PagingAPIWithStreamingResponse,
    )
    from .resources.charges import AsyncChargesResource, ChargesResource
    from .resources.commits import AsyncCommitsResource, CommitsResource
    from .resources.events import AsyncEventsResource, EventsResource
    from .resources.logs import AsyncLogsResource, LogsResource
    from .resources.messages import AsyncMessagesResource, MessagesResource
    from .resources.orders import AsyncOrdersResource, OrdersResource
    from .resources.people import AsyncPeopleResource, PeopleResource
    from .resources.releases import AsyncReleasesResource, ReleasesResource
    from .resources.reports import AsyncReportsResource, ReportsResource
    from .resources.repos import AsyncReposResource, ReposResource
    from .resources.sheets import AsyncSheetsResource, SheetsResource
    from .resources.tokens import AsyncTokensResource, TokensResource

__all__ = ["PagingAPI", "AsyncPagingAPI"]

SCHEMES = (
    Scheme(
        "bearer",
        "bearer",
        "Authorization",
        (Credential("api_key", "PAGING_API_API_KEY", "API key"),),
        required=True,
    ),
)
SECURITY = (("bearer",),)  # what an operation needs unless it says otherwise
BASE_URL_ENV = "PAGING_API_BASE_URL"
DEFAULT_BASE_URL = "https://paging.example.com"


class PagingAPI(SyncAPIClient):
    """Paging API client.

    One list per pagination scheme real APIs use.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
          api_key: Your API key. Defaults to the ``PAGING_API_API_KEY`` environment variable.
            A key with a line break or another character no HTTP header can carry is refused.
          base_url: Where the API is. Defaults to ``PAGING_API_BASE_URL``, else https://paging.example.com.
          timeout: Seconds (or an ``httpx.Timeout``) before a request gives up. Default 60 s. It
            bounds each read and each attempt as a whole, the full body included (for an
            ``httpx.Timeout``, by its longest part).
          max_retries: How often to retry connection errors, timeouts, 408, 409, 429 and 5xx
            responses. Default 2. A POST or PATCH is retried only when it cannot have been
            acted on, or when the API takes an idempotency key.
          default_headers: Headers to send with every request; not to another origin a redirect
            leads to.
          default_query: Query parameters to send with every request; a call's ``extra_query``
            overrides them.
          max_response_bytes: The largest response body to read, decompressed; a larger one
            raises ``ResponseTooLargeError``. Default 256 MiB; None for no bound.
          strict_response_validation: Raise ``APIResponseValidationError`` when a response
            does not match the API description. Default False: values that break their
            declared types are kept as sent, a missing required field reads as None, and
            each object lists what did not match in ``validation_problems``.
          http_client: Your own httpx client, for proxies, custom TLS or transports.
        """
        credentials = Credentials(SCHEMES, SECURITY, {"api_key": api_key})
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL

        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
            credentials=credentials,
        )

    @property
    def api_key(self) -> str | None:
        """The ``api_key`` the client sends, given or from ``PAGING_API_API_KEY``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("api_key")

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None = None,
    ) -> Self:
        """A new client with the settings given changed, and this client's for the rest.

        This client is left as it is. The new one shares its connection pool, unless given an
        ``http_client``: closing the new client leaves the pool open, closing this one closes it
        for both. ``client.with_options(max_retries=0).jobs.list()`` changes a setting for one
        call.

        Args:
          default_headers: Headers merged over the client's own ``default_headers``.
          set_default_headers: Headers sent in place of the client's ``default_headers``.
          default_query: Query parameters merged over the client's own ``default_query``.
          set_default_query: Query parameters sent in place of the client's ``default_query``.
          The others: as for the constructor; those left out keep this client's values.
        """
        return type(self)(
            api_key=api_key if api_key is not None else self.api_key,
            base_url=base_url if base_url is not None else self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=self._copied_headers(default_headers, set_default_headers),
            default_query=self._copied_query(default_query, set_default_query),
            max_response_bytes=(
                self.max_response_bytes
                if isinstance(max_response_bytes, NotGiven)
                else max_response_bytes
            ),
            strict_response_validation=(
                self.strict_response_validation
                if isinstance(strict_response_validation, NotGiven)
                else strict_response_validation
            ),
            http_client=http_client if http_client is not None else self._http,
        )

    with_options = copy

    @cached_property
    def tokens(self) -> TokensResource:
        from .resources.tokens import TokensResource

        return TokensResource(self)

    @cached_property
    def events(self) -> EventsResource:
        from .resources.events import EventsResource

        return EventsResource(self)

    @cached_property
    def repos(self) -> ReposResource:
        from .resources.repos import ReposResource

        return ReposResource(self)

    @cached_property
    def commits(self) -> CommitsResource:
        from .resources.commits import CommitsResource

        return CommitsResource(self)

    @cached_property
    def messages(self) -> MessagesResource:
        from .resources.messages import MessagesResource

        return MessagesResource(self)

    @cached_property
    def charges(self) -> ChargesResource:
        from .resources.charges import ChargesResource

        return ChargesResource(self)

    @cached_property
    def logs(self) -> LogsResource:
        from .resources.logs import LogsResource

        return LogsResource(self)

    @cached_property
    def releases(self) -> ReleasesResource:
        from .resources.releases import ReleasesResource

        return ReleasesResource(self)

    @cached_property
    def sheets(self) -> SheetsResource:
        from .resources.sheets import SheetsResource

        return SheetsResource(self)

    @cached_property
    def people(self) -> PeopleResource:
        from .resources.people import PeopleResource

        return PeopleResource(self)

    @cached_property
    def orders(self) -> OrdersResource:
        from .resources.orders import OrdersResource

        return OrdersResource(self)

    @cached_property
    def reports(self) -> ReportsResource:
        from .resources.reports import ReportsResource

        return ReportsResource(self)

    @cached_property
    def with_raw_response(self) -> PagingAPIWithRawResponse:
        """The resources' methods, returning the raw response (status, headers, ``.parse()``)."""
        from ._client_responses import PagingAPIWithRawResponse

        return PagingAPIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PagingAPIWithStreamingResponse:
        """The resources' methods, returning a context manager whose response is read only when asked."""
        from ._client_responses import PagingAPIWithStreamingResponse

        return PagingAPIWithStreamingResponse(self)


class AsyncPagingAPI(AsyncAPIClient):
    """Paging API client, for asyncio."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
          api_key: Your API key. Defaults to the ``PAGING_API_API_KEY`` environment variable.
            A key with a line break or another character no HTTP header can carry is refused.
          base_url: Where the API is. Defaults to ``PAGING_API_BASE_URL``, else https://paging.example.com.
          timeout: Seconds (or an ``httpx.Timeout``) before a request gives up. Default 60 s. It
            bounds each read and each attempt as a whole, the full body included (for an
            ``httpx.Timeout``, by its longest part).
          max_retries: How often to retry connection errors, timeouts, 408, 409, 429 and 5xx
            responses. Default 2. A POST or PATCH is retried only when it cannot have been
            acted on, or when the API takes an idempotency key.
          default_headers: Headers to send with every request; not to another origin a redirect
            leads to.
          default_query: Query parameters to send with every request; a call's ``extra_query``
            overrides them.
          max_response_bytes: The largest response body to read, decompressed; a larger one
            raises ``ResponseTooLargeError``. Default 256 MiB; None for no bound.
          strict_response_validation: Raise ``APIResponseValidationError`` when a response
            does not match the API description. Default False: values that break their
            declared types are kept as sent, a missing required field reads as None, and
            each object lists what did not match in ``validation_problems``.
          http_client: Your own httpx client, for proxies, custom TLS or transports.
        """
        credentials = Credentials(SCHEMES, SECURITY, {"api_key": api_key})
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL

        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
            credentials=credentials,
        )

    @property
    def api_key(self) -> str | None:
        """The ``api_key`` the client sends, given or from ``PAGING_API_API_KEY``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("api_key")

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None = None,
    ) -> Self:
        """A new client with the settings given changed, and this client's for the rest.

        This client is left as it is. The new one shares its connection pool, unless given an
        ``http_client``: closing the new client leaves the pool open, closing this one closes it
        for both. ``client.with_options(max_retries=0).jobs.list()`` changes a setting for one
        call.

        Args:
          default_headers: Headers merged over the client's own ``default_headers``.
          set_default_headers: Headers sent in place of the client's ``default_headers``.
          default_query: Query parameters merged over the client's own ``default_query``.
          set_default_query: Query parameters sent in place of the client's ``default_query``.
          The others: as for the constructor; those left out keep this client's values.
        """
        return type(self)(
            api_key=api_key if api_key is not None else self.api_key,
            base_url=base_url if base_url is not None else self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=self._copied_headers(default_headers, set_default_headers),
            default_query=self._copied_query(default_query, set_default_query),
            max_response_bytes=(
                self.max_response_bytes
                if isinstance(max_response_bytes, NotGiven)
                else max_response_bytes
            ),
            strict_response_validation=(
                self.strict_response_validation
                if isinstance(strict_response_validation, NotGiven)
                else strict_response_validation
            ),
            http_client=http_client if http_client is not None else self._http,
        )

    with_options = copy

    @cached_property
    def tokens(self) -> AsyncTokensResource:
        from .resources.tokens import AsyncTokensResource

        return AsyncTokensResource(self)

    @cached_property
    def events(self) -> AsyncEventsResource:
        from .resources.events import AsyncEventsResource

        return AsyncEventsResource(self)

    @cached_property
    def repos(self) -> AsyncReposResource:
        from .resources.repos import AsyncReposResource

        return AsyncReposResource(self)

    @cached_property
    def commits(self) -> AsyncCommitsResource:
        from .resources.commits import AsyncCommitsResource

        return AsyncCommitsResource(self)

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        from .resources.messages import AsyncMessagesResource

        return AsyncMessagesResource(self)

    @cached_property
    def charges(self) -> AsyncChargesResource:
        from .resources.charges import AsyncChargesResource

        return AsyncChargesResource(self)

    @cached_property
    def logs(self) -> AsyncLogsResource:
        from .resources.logs import AsyncLogsResource

        return AsyncLogsResource(self)

    @cached_property
    def releases(self) -> AsyncReleasesResource:
        from .resources.releases import AsyncReleasesResource

        return AsyncReleasesResource(self)

    @cached_property
    def sheets(self) -> AsyncSheetsResource:
        from .resources.sheets import AsyncSheetsResource

        return AsyncSheetsResource(self)

    @cached_property
    def people(self) -> AsyncPeopleResource:
        from .resources.people import AsyncPeopleResource

        return AsyncPeopleResource(self)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        from .resources.orders import AsyncOrdersResource

        return AsyncOrdersResource(self)

    @cached_property
    def reports(self) -> AsyncReportsResource:
        from .resources.reports import AsyncReportsResource

        return AsyncReportsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncPagingAPIWithRawResponse:
        """The resources' methods, returning the raw response (status, headers, ``.parse()``)."""
        from ._client_responses import AsyncPagingAPIWithRawResponse

        return AsyncPagingAPIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPagingAPIWithStreamingResponse:
        """The resources' methods, returning a context manager whose response is read only when asked."""
        from ._client_responses import AsyncPagingAPIWithStreamingResponse

        return AsyncPagingAPIWithStreamingResponse(self)
