"""The StreamingAPI client: the entry point of the SDK."""

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
        AsyncStreamingAPIWithRawResponse,
        AsyncStreamingAPIWithStreamingResponse,
        StreamingAPIWithRawResponse,
        StreamingAPIWithStreamingResponse,
    )
    from .resources.chat import AsyncChatResource, ChatResource
    from .resources.completions import AsyncCompletionsResource, CompletionsResource
    from .resources.jobs import AsyncJobsResource, JobsResource
    from .resources.logs import AsyncLogsResource, LogsResource
    from .resources.speech import AsyncSpeechResource, SpeechResource
    from .resources.ticks import AsyncTicksResource, TicksResource

__all__ = ["StreamingAPI", "AsyncStreamingAPI"]

SCHEMES = (
    Scheme(
        "bearer",
        "bearer",
        "Authorization",
        (Credential("api_key", "STREAMING_API_API_KEY", "API key"),),
        required=True,
    ),
)
SECURITY = (("bearer",),)  # what an operation needs unless it says otherwise
BASE_URL_ENV = "STREAMING_API_BASE_URL"
DEFAULT_BASE_URL = "https://streaming.example.com"


class StreamingAPI(SyncAPIClient):
    """Streaming API client.

    Operations that answer with server-sent events, as OpenAI's do.
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
          api_key: Your API key. Defaults to the ``STREAMING_API_API_KEY`` environment variable.
            A key with a line break or another character no HTTP header can carry is refused.
          base_url: Where the API is. Defaults to ``STREAMING_API_BASE_URL``, else https://streaming.example.com.
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
        """The ``api_key`` the client sends, given or from ``STREAMING_API_API_KEY``; None if none.

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
    def chat(self) -> ChatResource:
        from .resources.chat import ChatResource

        return ChatResource(self)

    @cached_property
    def completions(self) -> CompletionsResource:
        from .resources.completions import CompletionsResource

        return CompletionsResource(self)

    @cached_property
    def jobs(self) -> JobsResource:
        from .resources.jobs import JobsResource

        return JobsResource(self)

    @cached_property
    def logs(self) -> LogsResource:
        from .resources.logs import LogsResource

        return LogsResource(self)

    @cached_property
    def ticks(self) -> TicksResource:
        from .resources.ticks import TicksResource

        return TicksResource(self)

    @cached_property
    def speech(self) -> SpeechResource:
        from .resources.speech import SpeechResource

        return SpeechResource(self)

    @cached_property
    def with_raw_response(self) -> StreamingAPIWithRawResponse:
        """The resources' methods, returning the raw response (status, headers, ``.parse()``)."""
        from ._client_responses import StreamingAPIWithRawResponse

        return StreamingAPIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StreamingAPIWithStreamingResponse:
        """The resources' methods, returning a context manager whose response is read only when asked."""
        from ._client_responses import StreamingAPIWithStreamingResponse

        return StreamingAPIWithStreamingResponse(self)


class AsyncStreamingAPI(AsyncAPIClient):
    """Streaming API client, for asyncio."""

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
          api_key: Your API key. Defaults to the ``STREAMING_API_API_KEY`` environment variable.
            A key with a line break or another character no HTTP header can carry is refused.
          base_url: Where the API is. Defaults to ``STREAMING_API_BASE_URL``, else https://streaming.example.com.
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
        """The ``api_key`` the client sends, given or from ``STREAMING_API_API_KEY``; None if none.

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
    def chat(self) -> AsyncChatResource:
        from .resources.chat import AsyncChatResource

        return AsyncChatResource(self)

    @cached_property
    def completions(self) -> AsyncCompletionsResource:
        from .resources.completions import AsyncCompletionsResource

        return AsyncCompletionsResource(self)

    @cached_property
    def jobs(self) -> AsyncJobsResource:
        from .resources.jobs import AsyncJobsResource

        return AsyncJobsResource(self)

    @cached_property
    def logs(self) -> AsyncLogsResource:
        from .resources.logs import AsyncLogsResource

        return AsyncLogsResource(self)

    @cached_property
    def ticks(self) -> AsyncTicksResource:
        from .resources.ticks import AsyncTicksResource

        return AsyncTicksResource(self)

    @cached_property
    def speech(self) -> AsyncSpeechResource:
        from .resources.speech import AsyncSpeechResource

        return AsyncSpeechResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncStreamingAPIWithRawResponse:
        """The resources' methods, returning the raw response (status, headers, ``.parse()``)."""
        from ._client_responses import AsyncStreamingAPIWithRawResponse

        return AsyncStreamingAPIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStreamingAPIWithStreamingResponse:
        """The resources' methods, returning a context manager whose response is read only when asked."""
        from ._client_responses import AsyncStreamingAPIWithStreamingResponse

        return AsyncStreamingAPIWithStreamingResponse(self)
