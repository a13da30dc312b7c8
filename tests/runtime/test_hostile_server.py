"""What a hostile or broken server cannot make the client do, over real HTTP on loopback.

It cannot make it hold a decompression bomb (``max_response_bytes``), keep a request going
past its timeout by sending a byte at a time (each attempt has a deadline), crash it with
JSON nested a hundred thousand deep, or have a POST carried out twice by failing after it
arrived (a POST is retried only when it was not acted on, or with an idempotency key).
"""

from __future__ import annotations

import functools
import gzip
import json
import time
import tracemalloc
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from types import ModuleType
from typing import Any

import pytest
from llamacloud import (
    APIResponseValidationError,
    APITimeoutError,
    AsyncLlamaCloud,
    BadRequestError,
    InternalServerError,
    LlamaCloud,
    ResponseTooLargeError,
)

from tests.runtime.conftest import QuickAsyncLlamaCloud, QuickLlamaCloud
from tests.runtime.test_any_operation import import_sdk
from tests.support.fake_api import API_KEY, FakeAPI, Reply, make_jobs
from tests.support.paths import GOLDEN

Client = LlamaCloud | AsyncLlamaCloud
pytestmark = pytest.mark.anyio

MiB = 1024 * 1024


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make_client(flavour: str, api: FakeAPI) -> AsyncIterator[Callable[..., Client]]:
    """Clients of the flavour under test, pointed at ``api``, closed at the end."""
    made: list[Client] = []

    def make(**options: Any) -> Client:
        cls = QuickLlamaCloud if flavour == "sync" else QuickAsyncLlamaCloud
        client: Client = cls(api_key=API_KEY, base_url=api.url, **options)
        made.append(client)
        return client

    yield make
    for client in made:
        if isinstance(client, AsyncLlamaCloud):
            await client.close()
        else:
            client.close()


async def call(client: Any, method: Callable[..., Any], /, **kwargs: Any) -> Any:
    """``method(**kwargs)``, awaited when it comes from an async client."""
    result = method(**kwargs)
    return await result if isinstance(result, Awaitable) else result


# -- how much body: max_response_bytes --------------------------------------------------


@functools.cache
def gzip_bomb(size: int) -> bytes:
    """A valid JSON body of ``size`` bytes, gzipped to about a thousandth of that."""
    return gzip.compress(b'{"items": [], "pad": "' + b" " * size + b'"}', 9)


def test_the_default_bound_is_256_mib() -> None:
    with LlamaCloud(api_key=API_KEY, base_url="http://127.0.0.1:9") as client:
        assert client.max_response_bytes == 256 * MiB
    with pytest.raises(ValueError, match="max_response_bytes must be 0 or more"):
        LlamaCloud(api_key=API_KEY, base_url="http://127.0.0.1:9", max_response_bytes=-1)


@pytest.mark.parametrize("status", [200, 400])
async def test_a_decompression_bomb_is_cut_off_at_the_bound(
    make_client: Callable[..., Client], api: FakeAPI, status: int
) -> None:
    bomb = gzip_bomb(400 * MiB)
    assert len(bomb) < 1 * MiB
    api.script(Reply(status, bomb, {"Content-Encoding": "gzip"}))
    client = make_client(max_response_bytes=8 * MiB)
    tracemalloc.start()
    try:
        with pytest.raises(
            ResponseTooLargeError, match=r"larger than max_response_bytes"
        ) as caught:
            await call(client, client.classifier.jobs.list)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # The bound and a 64 KiB piece or two (and what the server's thread holds): not 400 MiB.
    assert peak < 8 * MiB + 2 * MiB, f"{peak / MiB:.1f} MiB"
    assert caught.value.status_code == status
    assert caught.value.max_bytes == 8 * MiB
    assert len(api.requests) == 1  # not retried: the next answer would be as large


async def test_a_compressed_body_within_the_bound_reads_as_usual(
    make_client: Callable[..., Client], api: FakeAPI
) -> None:
    page = {"items": make_jobs(3), "next_page_token": None, "pad": "x" * 100_000}
    body = json.dumps(page).encode()
    api.script(
        Reply(200, gzip.compress(body), {"Content-Encoding": "gzip"}),
        Reply(200, body),
    )
    client = make_client(max_response_bytes=len(body))  # exactly as large is allowed
    assert len((await call(client, client.classifier.jobs.list)).items) == 3
    raw = await call(client, client.classifier.jobs.with_raw_response.list)
    assert raw.content == body
    unbounded = make_client(max_response_bytes=None)
    api.script(Reply(200, gzip_bomb(20 * MiB), {"Content-Encoding": "gzip"}))
    assert (await call(unbounded, unbounded.classifier.jobs.list)).items == []


# -- for how long: a deadline per attempt -----------------------------------------------


async def test_a_body_sent_a_byte_at_a_time_ends_at_the_timeout(
    make_client: Callable[..., Client], api: FakeAPI
) -> None:
    # Each byte comes well within the 1 s read timeout; the body would take 8 s in all.
    api.script(Reply(200, json.dumps({"items": [], "pad": "x" * 60}).encode(), drip=0.1))
    client = make_client(timeout=1.0, max_retries=0)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await call(client, client.classifier.jobs.list)
    assert time.monotonic() - started < 1.0 + 0.5


async def test_the_deadline_follows_a_per_call_timeout_and_each_attempt_has_its_own(
    make_client: Callable[..., Client], api: FakeAPI
) -> None:
    api.script(Reply(200, json.dumps({"items": [], "pad": "x" * 60}).encode(), drip=0.1))
    client = make_client()  # 60 s by default
    started = time.monotonic()
    page = await call(client, client.classifier.jobs.list, timeout=0.5)
    # The first attempt gave up at 0.5 s; the retry got the usual answer.
    assert time.monotonic() - started < 0.5 + 0.5
    assert len(page.items) == 10
    assert len(api.requests) == 2


# -- how deep: JSON nested past any parser's recursion limit -----------------------------

DEEP = b"[" * 100_000


async def test_a_deeply_nested_error_body_is_a_status_error_with_its_text(
    make_client: Callable[..., Client], api: FakeAPI
) -> None:
    api.script(Reply(400, DEEP), Reply(500, DEEP + b"]" * 100_000))
    client = make_client(max_retries=0)
    with pytest.raises(BadRequestError, match=r"^Error code: 400 - \[\[\[") as caught:
        await call(client, client.classifier.jobs.list)
    assert caught.value.body == DEEP.decode()
    with pytest.raises(InternalServerError) as server_error:
        await call(client, client.classifier.jobs.list)
    assert isinstance(server_error.value.body, str)


@pytest.mark.parametrize(
    "body",
    [DEEP, b'{"items": [], "extra": ' + DEEP + b"]" * 100_000 + b"}"],
    ids=["unclosed", "valid"],
)
async def test_a_deeply_nested_success_body_is_a_validation_error(
    make_client: Callable[..., Client], api: FakeAPI, body: bytes
) -> None:
    api.script(Reply(200, body))
    client = make_client(max_retries=0)
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        await call(client, client.classifier.jobs.list)


# -- how often: retries that could repeat a side effect ----------------------------------


@pytest.fixture(scope="module")
def petstore() -> ModuleType:
    """The petstore SDK: its createPet is a POST without an idempotency key."""
    return import_sdk(GOLDEN / "petstore" / "src", "petstore")


@pytest.fixture(scope="module")
def operations() -> ModuleType:
    """The operations SDK: its POSTs take an Idempotency-Key; POST /jobs an X-Job-Key."""
    return import_sdk(GOLDEN / "operations" / "src", "operations_api")


def quick(sdk: ModuleType, name: str, flavour: str) -> Any:
    """The SDK's client class (sync or async) backing off for milliseconds."""
    base = getattr(sdk, name if flavour == "sync" else "Async" + name)
    return type("Quick" + base.__name__, (base,), {"initial_retry_delay": 0.001})


async def closing(client: Any) -> None:
    result = client.close()
    if isinstance(result, Awaitable):
        await result


PET = {"id": 1, "name": "Rex"}


async def test_a_post_that_timed_out_is_not_sent_again(
    petstore: ModuleType, api: FakeAPI, flavour: str
) -> None:
    api.script(*[Reply(201, PET, delay=0.5)] * 3)
    client = quick(petstore, "Petstore", flavour)(api_key=API_KEY, base_url=api.url, timeout=0.2)
    with pytest.raises(petstore.APITimeoutError):
        await call(client, client.pets.create, name="Rex")
    await closing(client)
    assert [request.method for request in api.requests] == ["POST"]  # max_retries is 2
    assert "idempotency-key" not in api.requests[0].headers


@pytest.mark.parametrize(
    ("replies", "sent"),
    [
        ([Reply(500, {"detail": "oops"})], 1),  # it may have created the pet
        ([Reply(502, {"detail": "bad gateway"})], 1),
        ([Reply(503, {"detail": "busy"})], 1),  # unavailable, without saying when to return
        ([Reply(503, {"detail": "busy"}, {"Retry-After": "0"})], 2),
        ([Reply(429, {"detail": "slow down"})], 2),
        ([Reply(408, {"detail": "request incomplete"})], 2),
        ([Reply(500, {"detail": "retry"}, {"x-should-retry": "true"})], 2),
        ([Reply(drop=True)], 1),  # the connection broke after the request was sent
    ],
    ids=["500", "502", "503", "503-retry-after", "429", "408", "x-should-retry", "dropped"],
)
async def test_a_post_is_retried_only_when_the_server_did_not_act_on_it(
    petstore: ModuleType, api: FakeAPI, flavour: str, replies: list[Reply], sent: int
) -> None:
    api.script(*replies, Reply(201, PET))
    client = quick(petstore, "Petstore", flavour)(api_key=API_KEY, base_url=api.url)
    if sent == 2:
        assert (await call(client, client.pets.create, name="Rex")).name == "Rex"
    else:
        with pytest.raises(petstore.APIError):
            await call(client, client.pets.create, name="Rex")
    await closing(client)
    assert len(api.requests) == sent


async def test_a_post_that_could_not_connect_is_retried(
    petstore: ModuleType, flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = quick(petstore, "Petstore", flavour)(api_key=API_KEY, base_url="http://127.0.0.1:9")
    with (
        caplog.at_level("DEBUG", logger="petstore"),
        pytest.raises(petstore.APIConnectionError),
    ):
        await call(client, client.pets.create, name="Rex")
    await closing(client)
    retries = [
        record.getMessage() for record in caplog.records if "retrying" in record.getMessage()
    ]
    assert retries == [
        f"POST http://127.0.0.1:9/pets failed (ConnectError); retrying in 0.00 s ({left} retries left)"
        for left in (2, 1)
    ]


@pytest.mark.parametrize(
    ("method", "header"),
    [("files.archive", "idempotency-key"), ("jobs.create", "x-job-key")],
    ids=["api-wide", "per-operation"],
)
async def test_a_post_with_an_idempotency_key_is_retried_with_the_same_key(
    operations: ModuleType, api: FakeAPI, flavour: str, method: str, header: str
) -> None:
    job = {"id": "j1", "status": "queued"}
    api.script(Reply(200, job, delay=0.5), Reply(500, {"detail": "oops"}), Reply(200, job))
    client = quick(operations, "OperationsAPI", flavour)(
        api_key=API_KEY, base_url=api.url, timeout=0.2
    )
    resource, name = method.split(".")
    bound = getattr(getattr(client, resource), name)
    arguments = {"file_id": "f1"} if name == "archive" else {"name": "n"}
    assert (await call(client, bound, **arguments)).id == "j1"
    keys = [request.headers.get(header) for request in api.requests]
    assert len(keys) == 3 and len(set(keys)) == 1
    assert uuid.UUID(str(keys[0])).version == 4
    # Another call, another key; a key the caller gives is sent as it is.
    api.script(Reply(500, {"detail": "oops"}), Reply(200, job), Reply(200, job))
    await call(client, bound, **arguments)
    assert api.requests[3].headers[header] not in keys
    await call(client, bound, **arguments, extra_headers={header.title(): "mine"})
    assert api.requests[5].headers[header] == "mine"
    await closing(client)


async def test_an_idempotent_method_needs_no_key(operations: ModuleType, api: FakeAPI) -> None:
    api.script(Reply(200, [], delay=0.5), Reply(200, []))
    with operations.OperationsAPI(api_key=API_KEY, base_url=api.url, timeout=0.2) as client:
        client.files.list()
    assert len(api.requests) == 2
    assert all("idempotency-key" not in request.headers for request in api.requests)
