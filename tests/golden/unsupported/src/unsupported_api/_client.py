"""The UnsupportedAPI client: the entry point of the SDK."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._limits import DEFAULT_MAX_RESPONSE_BYTES
from ._types import NOT_GIVEN, NotGiven, Timeout

# Imported on first use: creating a client loads no resource, model or response view.
if TYPE_CHECKING:
    from ._client_responses import (
        AsyncUnsupportedAPIWithRawResponse,
        AsyncUnsupportedAPIWithStreamingResponse,
        UnsupportedAPIWithRawResponse,
        UnsupportedAPIWithStreamingResponse,
    )
    from .resources.reports import AsyncReportsResource, ReportsResource
    from .webhooks import Webhooks

__all__ = ["UnsupportedAPI", "AsyncUnsupportedAPI"]

BASE_URL_ENV = "UNSUPPORTED_API_BASE_URL"
DEFAULT_BASE_URL = "https://unsupported.example.com"


class UnsupportedAPI(SyncAPIClient):
    """Unsupported client.

    Constructs the generator does not support yet, beside ones it does.
    """

    def __init__(
        self,
        *,
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
          base_url: Where the API is. Defaults to ``UNSUPPORTED_API_BASE_URL``, else https://unsupported.example.com.
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
        )

    def copy(
        self,
        *,
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
    def reports(self) -> ReportsResource:
        from .resources.reports import ReportsResource

        return ReportsResource(self)

    @cached_property
    def with_raw_response(self) -> UnsupportedAPIWithRawResponse:
        """The resources' methods, returning the raw response (status, headers, ``.parse()``)."""
        from ._client_responses import UnsupportedAPIWithRawResponse

        return UnsupportedAPIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UnsupportedAPIWithStreamingResponse:
        """The resources' methods, returning a context manager whose response is read only when asked."""
        from ._client_responses import UnsupportedAPIWithStreamingResponse

        return UnsupportedAPIWithStreamingResponse(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Parses the webhook requests the API sends to your server."""
        from .webhooks import Webhooks

        return Webhooks()


class AsyncUnsupportedAPI(AsyncAPIClient):
    """Unsupported client, for asyncio."""

    def __init__(
        self,
        *,
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
          base_url: Where the API is. Defaults to ``UNSUPPORTED_API_BASE_URL``, else https://unsupported.example.com.
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
        )

    def copy(
        self,
        *,
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
    def reports(self) -> AsyncReportsResource:
        from .resources.reports import AsyncReportsResource

        return AsyncReportsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncUnsupportedAPIWithRawResponse:
        """The resources' methods, returning the raw response (status, headers, ``.parse()``)."""
        from ._client_responses import AsyncUnsupportedAPIWithRawResponse

        return AsyncUnsupportedAPIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUnsupportedAPIWithStreamingResponse:
        """The resources' methods, returning a context manager whose response is read only when asked."""
        from ._client_responses import AsyncUnsupportedAPIWithStreamingResponse

        return AsyncUnsupportedAPIWithStreamingResponse(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Parses the webhook requests the API sends to your server."""
        from .webhooks import Webhooks

        return Webhooks()
