"""Which failures are retried, how often, and how long the client waits in between.

The clients from conftest back off for milliseconds; the tests about waiting use
SlowBackoff clients, whose own backoff (30 s and more) would blow the test's time
limit, so only the server's Retry-After can explain a quick retry.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from llamacloud import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncLlamaCloud,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    LlamaCloud,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from llamacloud._pagination import AsyncCursorPage, SyncCursorPage
from llamacloud.types import ClassifyJob

from tests.runtime.conftest import QuickAsyncLlamaCloud, QuickLlamaCloud
from tests.support.fake_api import API_KEY, FakeAPI, Reply

Client = LlamaCloud | AsyncLlamaCloud
pytestmark = pytest.mark.anyio  # (the sync tests in this module ignore it)


class SlowBackoff(LlamaCloud):
    initial_retry_delay = 30.0
    max_retry_delay = 30.0


class AsyncSlowBackoff(AsyncLlamaCloud):
    initial_retry_delay = 30.0
    max_retry_delay = 30.0


@pytest.fixture(params=["sync", "async"])
async def any_client(request: pytest.FixtureRequest, api: FakeAPI) -> AsyncIterator[Client]:
    """The same test, once with each client (backing off for milliseconds)."""
    if request.param == "sync":
        with QuickLlamaCloud(api_key=API_KEY, base_url=api.url) as client:
            yield client
    else:
        async with QuickAsyncLlamaCloud(api_key=API_KEY, base_url=api.url) as async_client:
            yield async_client


@pytest.fixture(params=["sync", "async"])
async def slow_backoff_client(
    request: pytest.FixtureRequest, api: FakeAPI
) -> AsyncIterator[Client]:
    if request.param == "sync":
        with SlowBackoff(api_key=API_KEY, base_url=api.url) as client:
            yield client
    else:
        async with AsyncSlowBackoff(api_key=API_KEY, base_url=api.url) as async_client:
            yield async_client


async def list_jobs(
    client: Client, **kwargs: Any
) -> SyncCursorPage[ClassifyJob] | AsyncCursorPage[ClassifyJob]:
    """The first page, from either client."""
    if isinstance(client, AsyncLlamaCloud):
        return await client.classifier.jobs.list(**kwargs)
    return client.classifier.jobs.list(**kwargs)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
async def test_transient_statuses_are_retried(
    any_client: Client, api: FakeAPI, status: int
) -> None:
    api.script(Reply(status, {"detail": "try again"}))
    page = await list_jobs(any_client)
    assert len(page.items) == 10
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (418, APIStatusError),
    ],
)
async def test_other_client_errors_are_not_retried(
    any_client: Client, api: FakeAPI, status: int, error: type[APIStatusError]
) -> None:
    api.script(Reply(status, {"detail": "no"}))
    with pytest.raises(error):
        await list_jobs(any_client)
    assert len(api.requests) == 1


async def test_429_then_503_then_success(any_client: Client, api: FakeAPI) -> None:
    api.script(
        Reply(429, {"detail": "slow down"}, {"Retry-After": "0"}),
        Reply(503, {"detail": "busy"}, {"Retry-After": "0"}),
    )
    assert len((await list_jobs(any_client)).items) == 10
    assert len(api.requests) == 3


async def test_gives_up_after_max_retries(any_client: Client, api: FakeAPI) -> None:
    api.script(*[Reply(503, {"detail": "down for maintenance"})] * 3)
    with pytest.raises(InternalServerError, match="down for maintenance") as caught:
        await list_jobs(any_client)
    assert caught.value.status_code == 503
    assert len(api.requests) == 3  # the first try and max_retries=2 retries


def test_max_retries_zero_and_more(api: FakeAPI) -> None:
    api.script(*[Reply(429, {"detail": "slow down"})] * 5)
    with (
        QuickLlamaCloud(api_key=API_KEY, base_url=api.url, max_retries=0) as client,
        pytest.raises(RateLimitError),
    ):
        client.classifier.jobs.list()
    assert len(api.requests) == 1
    with QuickLlamaCloud(api_key=API_KEY, base_url=api.url, max_retries=4) as client:
        assert len(client.classifier.jobs.list().items) == 10
    assert len(api.requests) == 1 + 5


async def test_async_max_retries_zero_and_more(api: FakeAPI) -> None:
    api.script(*[Reply(429, {"detail": "slow down"})] * 5)
    async with QuickAsyncLlamaCloud(api_key=API_KEY, base_url=api.url, max_retries=0) as client:
        with pytest.raises(RateLimitError):
            await client.classifier.jobs.list()
    assert len(api.requests) == 1
    async with QuickAsyncLlamaCloud(api_key=API_KEY, base_url=api.url, max_retries=4) as client:
        assert len((await client.classifier.jobs.list()).items) == 10
    assert len(api.requests) == 1 + 5


async def test_dropped_connections_are_retried(any_client: Client, api: FakeAPI) -> None:
    api.script(Reply(drop=True), Reply(drop=True))
    assert len((await list_jobs(any_client)).items) == 10
    assert len(api.requests) == 3


async def test_connection_error_after_the_last_retry(any_client: Client, api: FakeAPI) -> None:
    api.script(*[Reply(drop=True)] * 3)
    with pytest.raises(
        APIConnectionError, match="^Connection error: Server disconnected"
    ) as caught:
        await list_jobs(any_client)
    assert not isinstance(caught.value, APITimeoutError)
    assert len(api.requests) == 3


@pytest.mark.parametrize("where", ["extra_headers", "default_headers"])
async def test_a_request_http_cannot_carry_is_not_retried(api: FakeAPI, where: str) -> None:
    """An illegal header value fails the same way every time: one attempt, then the error."""
    header = {"X-Trace": "t1\r\nX-Injected: 1"}
    per_call: dict[str, Any] = {"extra_headers": header} if where == "extra_headers" else {}
    per_client: dict[str, Any] = {"default_headers": header} if where == "default_headers" else {}
    attempts: list[str] = []

    async def note_async(request: httpx.Request) -> None:
        attempts.append("async")

    with (
        httpx.Client(event_hooks={"request": [lambda request: attempts.append("sync")]}) as http,
        QuickLlamaCloud(
            api_key=API_KEY, base_url=api.url, http_client=http, **per_client
        ) as client,
        pytest.raises(APIConnectionError, match="^The request could not be sent: Illegal header"),
    ):
        client.classifier.jobs.list(**per_call)
    async with (
        httpx.AsyncClient(event_hooks={"request": [note_async]}) as async_http,
        QuickAsyncLlamaCloud(
            api_key=API_KEY, base_url=api.url, http_client=async_http, **per_client
        ) as async_client,
    ):
        with pytest.raises(APIConnectionError, match="^The request could not be sent: Illegal"):
            await async_client.classifier.jobs.list(**per_call)
    assert attempts == ["sync", "async"]  # max_retries is 2: neither retried
    assert api.requests == []


def test_nothing_listening_is_a_connection_error() -> None:
    with (
        QuickLlamaCloud(api_key=API_KEY, base_url="http://127.0.0.1:9") as client,
        pytest.raises(APIConnectionError, match="Connection error: .*refused"),
    ):
        client.classifier.jobs.list()


async def test_timeouts_are_retried(any_client: Client, api: FakeAPI) -> None:
    api.script(Reply(delay=0.5))
    assert len((await list_jobs(any_client, timeout=0.2)).items) == 10
    assert len(api.requests) == 2


async def test_timeout_after_the_last_retry(any_client: Client, api: FakeAPI) -> None:
    api.script(*[Reply(delay=0.3)] * 3)
    with pytest.raises(APITimeoutError, match="Request timed out"):
        await list_jobs(any_client, timeout=0.1)
    assert len(api.requests) == 3


async def test_retry_after_seconds_is_honoured(slow_backoff_client: Client, api: FakeAPI) -> None:
    api.script(Reply(503, {"detail": "busy"}, {"Retry-After": "1"}))
    started = time.monotonic()
    assert len((await list_jobs(slow_backoff_client)).items) == 10
    assert 0.95 <= time.monotonic() - started < 10


async def test_retry_after_http_date_is_honoured(slow_backoff_client: Client, api: FakeAPI) -> None:
    # HTTP dates have whole seconds: two seconds from now is 1 to 2 seconds away.
    when = datetime.now(UTC) + timedelta(seconds=2)
    api.script(
        Reply(429, {"detail": "slow down"}, {"Retry-After": format_datetime(when, usegmt=True)})
    )
    started = time.monotonic()
    assert len((await list_jobs(slow_backoff_client)).items) == 10
    assert 0.9 <= time.monotonic() - started < 10


async def test_retry_after_date_in_the_past_means_now(
    slow_backoff_client: Client, api: FakeAPI
) -> None:
    when = datetime.now(UTC) - timedelta(minutes=5)
    api.script(Reply(503, {"detail": "busy"}, {"Retry-After": format_datetime(when, usegmt=True)}))
    started = time.monotonic()
    assert len((await list_jobs(slow_backoff_client)).items) == 10
    assert time.monotonic() - started < 10


async def test_retry_after_ms_wins_over_retry_after(
    slow_backoff_client: Client, api: FakeAPI
) -> None:
    api.script(Reply(429, {"detail": "slow down"}, {"retry-after-ms": "250", "Retry-After": "30"}))
    started = time.monotonic()
    assert len((await list_jobs(slow_backoff_client)).items) == 10
    assert 0.25 <= time.monotonic() - started < 10


async def test_unreasonable_retry_after_falls_back_to_backoff(
    any_client: Client, api: FakeAPI
) -> None:
    # An hour (or a negative or unparsable value) is not obeyed: our own millisecond backoff is used.
    api.script(
        Reply(503, {"detail": "busy"}, {"Retry-After": "3600"}),
        Reply(503, {"detail": "busy"}, {"Retry-After": "soon"}),
    )
    started = time.monotonic()
    assert len((await list_jobs(any_client)).items) == 10
    assert time.monotonic() - started < 10


async def test_server_can_forbid_or_ask_for_a_retry(any_client: Client, api: FakeAPI) -> None:
    api.script(Reply(503, {"detail": "do not retry"}, {"x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        await list_jobs(any_client)
    assert len(api.requests) == 1
    api.script(Reply(400, {"detail": "please retry"}, {"x-should-retry": "true"}))
    assert len((await list_jobs(any_client)).items) == 10
    assert len(api.requests) == 3


def test_backoff_is_exponential_with_jitter_and_capped() -> None:
    client = LlamaCloud(api_key=API_KEY, base_url="http://127.0.0.1:9")
    for retries_taken, ceiling in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]):
        delays = {client._retry_delay(retries_taken, None) for _ in range(200)}
        assert all(0.75 * ceiling <= delay <= ceiling for delay in delays)
        assert len(delays) > 100  # jittered, not a fixed value
    client.close()
