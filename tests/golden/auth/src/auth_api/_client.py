"""The AuthAPI client: the entry point of the SDK."""

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
        AsyncAuthAPIWithRawResponse,
        AsyncAuthAPIWithStreamingResponse,
        AuthAPIWithRawResponse,
        AuthAPIWithStreamingResponse,
    )
    from .resources.feed import AsyncFeedResource, FeedResource
    from .resources.health import AsyncHealthResource, HealthResource
    from .resources.legacy import AsyncLegacyResource, LegacyResource
    from .resources.reports import AsyncReportsResource, ReportsResource
    from .resources.widgets import AsyncWidgetsResource, WidgetsResource

__all__ = ["AuthAPI", "AsyncAuthAPI"]

SCHEMES = (
    Scheme(
        "bearerAuth",
        "bearer",
        "Authorization",
        (Credential("bearer", "AUTH_API_BEARER", "bearer"),),
    ),
    Scheme(
        "basicAuth",
        "basic",
        "Authorization",
        (
            Credential("basic_username", "AUTH_API_BASIC_USERNAME", "basic username", secret=False),
            Credential("basic_password", "AUTH_API_BASIC_PASSWORD", "basic password"),
        ),
    ),
    Scheme(
        "apiKeyHeader",
        "header",
        "X-API-Key",
        (Credential("api_key_header", "AUTH_API_API_KEY_HEADER", "api key header"),),
    ),
    Scheme(
        "apiKeyQuery",
        "query",
        "api_key",
        (Credential("api_key_query", "AUTH_API_API_KEY_QUERY", "api key query"),),
    ),
    Scheme(
        "sessionCookie",
        "cookie",
        "session",
        (Credential("session_cookie", "AUTH_API_SESSION_COOKIE", "session cookie"),),
    ),
    Scheme(
        "oauth",
        "bearer",
        "Authorization",
        (Credential("oauth", "AUTH_API_OAUTH", "oauth"),),
    ),
)
SECURITY = (("bearerAuth",),)  # what an operation needs unless it says otherwise
BASE_URL_ENV = "AUTH_API_BASE_URL"
DEFAULT_BASE_URL = "https://auth.example.com"


class AuthAPI(SyncAPIClient):
    """Auth API client.

    Every way an operation can ask for credentials, one operation each.
    """

    def __init__(
        self,
        *,
        bearer: str | None = None,
        basic_username: str | None = None,
        basic_password: str | None = None,
        api_key_header: str | None = None,
        api_key_query: str | None = None,
        session_cookie: str | None = None,
        oauth: str | None = None,
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
          bearer: A bearer token.
            For the ``bearerAuth`` scheme; defaults to ``AUTH_API_BEARER``.
          basic_username: The HTTP Basic username.
            For the ``basicAuth`` scheme; defaults to ``AUTH_API_BASIC_USERNAME``.
          basic_password: The HTTP Basic password.
            For the ``basicAuth`` scheme; defaults to ``AUTH_API_BASIC_PASSWORD``.
          api_key_header: An API key, sent in the ``X-API-Key`` header.
            For the ``apiKeyHeader`` scheme; defaults to ``AUTH_API_API_KEY_HEADER``.
          api_key_query: An API key, sent in the ``api_key`` query parameter.
            For the ``apiKeyQuery`` scheme; defaults to ``AUTH_API_API_KEY_QUERY``.
          session_cookie: An API key, sent in the ``session`` cookie.
            For the ``sessionCookie`` scheme; defaults to ``AUTH_API_SESSION_COOKIE``.
          oauth: A bearer token.
            For the ``oauth`` scheme; defaults to ``AUTH_API_OAUTH``.
          base_url: Where the API is. Defaults to ``AUTH_API_BASE_URL``, else https://auth.example.com.
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
        credentials = Credentials(
            SCHEMES,
            SECURITY,
            {
                "bearer": bearer,
                "basic_username": basic_username,
                "basic_password": basic_password,
                "api_key_header": api_key_header,
                "api_key_query": api_key_query,
                "session_cookie": session_cookie,
                "oauth": oauth,
            },
        )
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
    def bearer(self) -> str | None:
        """The ``bearer`` the client sends, given or from ``AUTH_API_BEARER``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("bearer")

    @property
    def basic_username(self) -> str | None:
        """The ``basic_username`` the client sends, given or from ``AUTH_API_BASIC_USERNAME``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("basic_username")

    @property
    def basic_password(self) -> str | None:
        """The ``basic_password`` the client sends, given or from ``AUTH_API_BASIC_PASSWORD``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("basic_password")

    @property
    def api_key_header(self) -> str | None:
        """The ``api_key_header`` the client sends, given or from ``AUTH_API_API_KEY_HEADER``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("api_key_header")

    @property
    def api_key_query(self) -> str | None:
        """The ``api_key_query`` the client sends, given or from ``AUTH_API_API_KEY_QUERY``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("api_key_query")

    @property
    def session_cookie(self) -> str | None:
        """The ``session_cookie`` the client sends, given or from ``AUTH_API_SESSION_COOKIE``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("session_cookie")

    @property
    def oauth(self) -> str | None:
        """The ``oauth`` the client sends, given or from ``AUTH_API_OAUTH``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("oauth")

    def copy(
        self,
        *,
        bearer: str | None = None,
        basic_username: str | None = None,
        basic_password: str | None = None,
        api_key_header: str | None = None,
        api_key_query: str | None = None,
        session_cookie: str | None = None,
        oauth: str | None = None,
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
            bearer=bearer if bearer is not None else self.bearer,
            basic_username=basic_username if basic_username is not None else self.basic_username,
            basic_password=basic_password if basic_password is not None else self.basic_password,
            api_key_header=api_key_header if api_key_header is not None else self.api_key_header,
            api_key_query=api_key_query if api_key_query is not None else self.api_key_query,
            session_cookie=session_cookie if session_cookie is not None else self.session_cookie,
            oauth=oauth if oauth is not None else self.oauth,
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
    def widgets(self) -> WidgetsResource:
        from .resources.widgets import WidgetsResource

        return WidgetsResource(self)

    @cached_property
    def health(self) -> HealthResource:
        from .resources.health import HealthResource

        return HealthResource(self)

    @cached_property
    def feed(self) -> FeedResource:
        from .resources.feed import FeedResource

        return FeedResource(self)

    @cached_property
    def reports(self) -> ReportsResource:
        from .resources.reports import ReportsResource

        return ReportsResource(self)

    @cached_property
    def legacy(self) -> LegacyResource:
        from .resources.legacy import LegacyResource

        return LegacyResource(self)

    @cached_property
    def with_raw_response(self) -> AuthAPIWithRawResponse:
        """The resources' methods, returning the raw response (status, headers, ``.parse()``)."""
        from ._client_responses import AuthAPIWithRawResponse

        return AuthAPIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthAPIWithStreamingResponse:
        """The resources' methods, returning a context manager whose response is read only when asked."""
        from ._client_responses import AuthAPIWithStreamingResponse

        return AuthAPIWithStreamingResponse(self)


class AsyncAuthAPI(AsyncAPIClient):
    """Auth API client, for asyncio."""

    def __init__(
        self,
        *,
        bearer: str | None = None,
        basic_username: str | None = None,
        basic_password: str | None = None,
        api_key_header: str | None = None,
        api_key_query: str | None = None,
        session_cookie: str | None = None,
        oauth: str | None = None,
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
          bearer: A bearer token.
            For the ``bearerAuth`` scheme; defaults to ``AUTH_API_BEARER``.
          basic_username: The HTTP Basic username.
            For the ``basicAuth`` scheme; defaults to ``AUTH_API_BASIC_USERNAME``.
          basic_password: The HTTP Basic password.
            For the ``basicAuth`` scheme; defaults to ``AUTH_API_BASIC_PASSWORD``.
          api_key_header: An API key, sent in the ``X-API-Key`` header.
            For the ``apiKeyHeader`` scheme; defaults to ``AUTH_API_API_KEY_HEADER``.
          api_key_query: An API key, sent in the ``api_key`` query parameter.
            For the ``apiKeyQuery`` scheme; defaults to ``AUTH_API_API_KEY_QUERY``.
          session_cookie: An API key, sent in the ``session`` cookie.
            For the ``sessionCookie`` scheme; defaults to ``AUTH_API_SESSION_COOKIE``.
          oauth: A bearer token.
            For the ``oauth`` scheme; defaults to ``AUTH_API_OAUTH``.
          base_url: Where the API is. Defaults to ``AUTH_API_BASE_URL``, else https://auth.example.com.
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
        credentials = Credentials(
            SCHEMES,
            SECURITY,
            {
                "bearer": bearer,
                "basic_username": basic_username,
                "basic_password": basic_password,
                "api_key_header": api_key_header,
                "api_key_query": api_key_query,
                "session_cookie": session_cookie,
                "oauth": oauth,
            },
        )
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
    def bearer(self) -> str | None:
        """The ``bearer`` the client sends, given or from ``AUTH_API_BEARER``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("bearer")

    @property
    def basic_username(self) -> str | None:
        """The ``basic_username`` the client sends, given or from ``AUTH_API_BASIC_USERNAME``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("basic_username")

    @property
    def basic_password(self) -> str | None:
        """The ``basic_password`` the client sends, given or from ``AUTH_API_BASIC_PASSWORD``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("basic_password")

    @property
    def api_key_header(self) -> str | None:
        """The ``api_key_header`` the client sends, given or from ``AUTH_API_API_KEY_HEADER``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("api_key_header")

    @property
    def api_key_query(self) -> str | None:
        """The ``api_key_query`` the client sends, given or from ``AUTH_API_API_KEY_QUERY``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("api_key_query")

    @property
    def session_cookie(self) -> str | None:
        """The ``session_cookie`` the client sends, given or from ``AUTH_API_SESSION_COOKIE``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("session_cookie")

    @property
    def oauth(self) -> str | None:
        """The ``oauth`` the client sends, given or from ``AUTH_API_OAUTH``; None if none.

        Never shown in the client's repr, nor in an error message.
        """
        return self._credential("oauth")

    def copy(
        self,
        *,
        bearer: str | None = None,
        basic_username: str | None = None,
        basic_password: str | None = None,
        api_key_header: str | None = None,
        api_key_query: str | None = None,
        session_cookie: str | None = None,
        oauth: str | None = None,
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
            bearer=bearer if bearer is not None else self.bearer,
            basic_username=basic_username if basic_username is not None else self.basic_username,
            basic_password=basic_password if basic_password is not None else self.basic_password,
            api_key_header=api_key_header if api_key_header is not None else self.api_key_header,
            api_key_query=api_key_query if api_key_query is not None else self.api_key_query,
            session_cookie=session_cookie if session_cookie is not None else self.session_cookie,
            oauth=oauth if oauth is not None else self.oauth,
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
    def widgets(self) -> AsyncWidgetsResource:
        from .resources.widgets import AsyncWidgetsResource

        return AsyncWidgetsResource(self)

    @cached_property
    def health(self) -> AsyncHealthResource:
        from .resources.health import AsyncHealthResource

        return AsyncHealthResource(self)

    @cached_property
    def feed(self) -> AsyncFeedResource:
        from .resources.feed import AsyncFeedResource

        return AsyncFeedResource(self)

    @cached_property
    def reports(self) -> AsyncReportsResource:
        from .resources.reports import AsyncReportsResource

        return AsyncReportsResource(self)

    @cached_property
    def legacy(self) -> AsyncLegacyResource:
        from .resources.legacy import AsyncLegacyResource

        return AsyncLegacyResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncAuthAPIWithRawResponse:
        """The resources' methods, returning the raw response (status, headers, ``.parse()``)."""
        from ._client_responses import AsyncAuthAPIWithRawResponse

        return AsyncAuthAPIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthAPIWithStreamingResponse:
        """The resources' methods, returning a context manager whose response is read only when asked."""
        from ._client_responses import AsyncAuthAPIWithStreamingResponse

        return AsyncAuthAPIWithStreamingResponse(self)
