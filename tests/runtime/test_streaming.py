"""Server-sent events over real HTTP: the SDK of tests/fixtures/streaming (tests/golden/streaming)
against its server (tests/support/streaming_api.py), sync and async.

Every stream is cut into pieces of a few bytes, so that each read ends mid-line and mid-event;
the tests pin the events a stream yields (typed, or raw when the spec gives no schema, or when an
event is not what the schema says), where it stops ([DONE], the end of the body), what it raises
(an error event, a connection that breaks off, an event larger than max_response_bytes), which
failures are retried (before the response started only), and that the connection is closed
when the reader stops early.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import anyio
import pytest

from tests.runtime.test_any_operation import import_sdk
from tests.support.fake_api import API_KEY, Reply
from tests.support.paths import GOLDEN
from tests.support.streaming_api import EventStream, StreamingAPI, sse

pytestmark = pytest.mark.anyio  # (the sync tests in this module ignore it)

CHAT = "/chat/completions"
JOB = "/jobs/job_1/events"


def chunk(delta: str, **extra: Any) -> dict[str, Any]:
    return {"id": "c1", "object": "chat.completion.chunk", "delta": delta, **extra}


# Comments, a retry and an id before the first event, line ends of every kind, a data field
# over two lines, a character of four UTF-8 bytes (cut by the 7-byte pieces), and [DONE].
CHAT_STREAM = (
    b": the stream begins\n"
    b"retry: 1500\n"
    + sse(chunk("Hel"))
    + b"id: 7\r\n"
    + b'data: {"id": "c1", "object": "chat.completion.chunk",\r\n'
    + b'data: "delta": "lo \xf0\x9f\x8c\x8d"}\r\n\r\n'
    + b": keep-alive\r"
    + b'event: message\rdata: {"id": "c1", "object": "chat.completion.chunk", "delta": "!"}\r\r'
    + sse("data: [DONE]\n\n", chunk("after the end"))
)


@pytest.fixture(scope="module")
def streaming_api() -> ModuleType:
    return import_sdk(GOLDEN / "streaming" / "src", "streaming_api")


@pytest.fixture
def api() -> Iterator[StreamingAPI]:
    with StreamingAPI() as server:
        server.streams[CHAT] = EventStream(CHAT_STREAM)
        server.json_answers[CHAT] = {"id": "c1", "object": "chat.completion", "content": "Hello!"}
        yield server


def quick(cls: type[Any]) -> type[Any]:
    """The client with a backoff of milliseconds."""
    return type(cls.__name__, (cls,), {"initial_retry_delay": 0.001, "max_retry_delay": 0.004})


@pytest.fixture
def client(streaming_api: ModuleType, api: StreamingAPI) -> Iterator[Any]:
    with quick(streaming_api.StreamingAPI)(api_key=API_KEY, base_url=api.url) as client:
        yield client


@pytest.fixture
async def async_client(streaming_api: ModuleType, api: StreamingAPI) -> AsyncIterator[Any]:
    async with quick(streaming_api.AsyncStreamingAPI)(api_key=API_KEY, base_url=api.url) as client:
        yield client


def deltas(events: list[Any]) -> list[str]:
    return [event.delta for event in events]


# -- what a stream yields ----------------------------------------------------------------------


def test_the_stream_flag_gives_typed_events_read_across_pieces(
    streaming_api: ModuleType, client: Any, api: StreamingAPI
) -> None:
    from streaming_api.types import ChatCompletion, ChatCompletionChunk

    stream = client.chat.completions.create(model="m", messages=["hi"], stream=True)
    assert isinstance(stream, streaming_api.Stream)
    events = list(stream)
    assert all(type(event) is ChatCompletionChunk for event in events)
    assert deltas(events) == ["Hel", "lo \U0001f30d", "!"]  # not past [DONE]
    assert stream.response.is_closed
    request = api.requests[-1]
    assert request.headers["accept"] == "text/event-stream"
    assert b'"stream": true' in request.body

    answer = client.chat.completions.create(model="m", messages=["hi"])
    assert isinstance(answer, ChatCompletion) and answer.content == "Hello!"
    assert api.requests[-1].headers["accept"] == "application/json"


async def test_the_async_stream_flag_gives_typed_events(
    streaming_api: ModuleType, async_client: Any
) -> None:
    from streaming_api.types import ChatCompletion

    stream = await async_client.chat.completions.create(model="m", messages=["hi"], stream=True)
    assert isinstance(stream, streaming_api.AsyncStream)
    events = [event async for event in stream]
    assert deltas(events) == ["Hel", "lo \U0001f30d", "!"]
    assert stream.response.is_closed
    answer = await async_client.chat.completions.create(model="m", messages=["hi"], stream=False)
    assert isinstance(answer, ChatCompletion)


def test_the_decoder_keeps_what_the_rules_keep(
    streaming_api: ModuleType, client: Any, api: StreamingAPI
) -> None:
    """With no schema the events come raw: names, ids and retry as the WHATWG rules say."""
    api.streams["/logs"] = EventStream(
        b"\xef\xbb\xbfretry: 250\n"  # a byte order mark first: no part of the stream
        b"event: line\nid: 1\ndata: first\n\n"
        b"data\n\n"  # a field with no colon: empty data, still an event
        b"id: 2\nretry: soon\ndata:  two spaces\n: comment\nunknown: field\n\n"
        b"event: ignored\nid: 3\n\n"  # no data: no event, but its id holds
        b"data: last\n\n"
        b"data: cut off"  # no blank line: dropped
    )
    with client.logs.tail() as stream:
        events = list(stream)
    event = streaming_api.ServerSentEvent
    assert events == [
        event("first", "line", "1", 250),
        event("", "message", "1", 250),
        event(" two spaces", "message", "2", 250),
        event("last", "message", "3", 250),
    ]
    assert events[0].to_dict() == {"event": "line", "data": "first", "id": "1", "retry": 250}
    assert api.requests[-1].query == {}


def test_an_event_the_schema_does_not_describe_is_kept_raw(
    streaming_api: ModuleType, client: Any, api: StreamingAPI
) -> None:
    from streaming_api.types import JobFinished, JobProgress

    api.streams[JOB] = EventStream(
        sse(
            {"type": "progress", "percent": 50},
            {"type": "paused", "until": "noon"},  # a kind of event added later
            "event: note\ndata: not JSON\n\n",
            {"type": "finished", "result": "ok"},
        )
    )
    events = list(client.jobs.events("job_1"))
    assert [type(event) for event in events] == [
        JobProgress,
        streaming_api.ServerSentEvent,
        streaming_api.ServerSentEvent,
        JobFinished,
    ]
    assert events[1].json() == {"type": "paused", "until": "noon"}
    assert events[2].event == "note" and events[2].data == "not JSON"


def test_a_required_flag_and_a_union_of_events(client: Any, api: StreamingAPI) -> None:
    from streaming_api.types import Completion, CompletionDelta, CompletionDone

    done = {"type": "completion.done", "completion": {"id": "x", "text": "ab"}}
    api.streams["/completions"] = EventStream(
        sse({"type": "completion.delta", "text": "a"}, done), piece_size=3
    )
    api.json_answers["/completions"] = {"id": "x", "text": "ab"}
    events = list(client.completions.create(prompt="p", stream=True))
    assert [type(event) for event in events] == [CompletionDelta, CompletionDone]
    assert isinstance(client.completions.create(prompt="p", stream=False), Completion)


def test_item_schema_gives_the_type_of_the_data(client: Any, api: StreamingAPI) -> None:
    from streaming_api.types import Tick

    api.streams["/ticks"] = EventStream(sse({"seq": 1}, {"seq": 2}))
    assert list(client.ticks.stream()) == [Tick(seq=1), Tick(seq=2)]


def test_with_raw_response_parses_into_the_stream(
    streaming_api: ModuleType, client: Any, api: StreamingAPI
) -> None:
    api.streams[JOB] = EventStream(sse({"type": "progress", "percent": 5}))
    response = client.jobs.with_raw_response.events("job_1")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    with response.parse() as stream:
        assert isinstance(stream, streaming_api.Stream)
        assert [event.percent for event in stream] == [5]
    raw = client.chat.completions.with_raw_response.create(model="m", messages=[], stream=True)
    assert deltas(list(raw.parse()))[0] == "Hel"


# -- reading as the events arrive, and hanging up ----------------------------------------------


def test_events_are_read_as_they_arrive(client: Any, api: StreamingAPI) -> None:
    """The call returns, and the first event is read, while the server has not sent the rest."""
    gate = threading.Event()
    api.streams[CHAT] = EventStream(
        sse(chunk("a"), chunk("b")), piece_size=len(sse(chunk("a"))), gate=gate
    )
    stream = client.chat.completions.create(model="m", messages=[], stream=True)
    first = next(iter(stream))
    assert first.delta == "a" and not api.past_gate.is_set()
    gate.set()


async def test_async_events_are_read_as_they_arrive(async_client: Any, api: StreamingAPI) -> None:
    gate = threading.Event()
    api.streams[CHAT] = EventStream(
        sse(chunk("a"), chunk("b")), piece_size=len(sse(chunk("a"))), gate=gate
    )
    stream = await async_client.chat.completions.create(model="m", messages=[], stream=True)
    async for event in stream:
        assert event.delta == "a" and not api.past_gate.is_set()
        break
    gate.set()


def test_leaving_the_loop_early_closes_the_connection(client: Any, api: StreamingAPI) -> None:
    api.streams[JOB] = EventStream(sse({"type": "progress", "percent": 1}), heartbeats=True)
    stream = client.jobs.events("job_1")
    for event in stream:
        assert event.percent == 1
        break
    assert api.disconnected.wait(5)  # while the stream is still referenced
    assert stream.response.is_closed


@pytest.mark.parametrize("how", ["close", "with"])
def test_close_and_with_close_the_connection(client: Any, api: StreamingAPI, how: str) -> None:
    api.streams[JOB] = EventStream(sse({"type": "progress", "percent": 1}), heartbeats=True)
    if how == "close":
        client.jobs.events("job_1").close()
    else:
        with client.jobs.events("job_1") as stream:
            next(iter(stream))
    assert api.disconnected.wait(5)


async def test_async_with_and_leaving_the_loop_close_the_connection(
    async_client: Any, api: StreamingAPI
) -> None:
    api.streams[JOB] = EventStream(sse({"type": "progress", "percent": 1}), heartbeats=True)
    async with await async_client.jobs.events("job_1") as stream:
        async for _ in stream:
            break
    assert await anyio.to_thread.run_sync(api.disconnected.wait, 5)

    api.disconnected.clear()
    stream = await async_client.jobs.events("job_1")
    async for _ in stream:
        break  # the event loop closes the iterator, and with it the connection, soon after
    assert await anyio.to_thread.run_sync(api.disconnected.wait, 5)
    assert stream.response.is_closed


# -- errors and retries ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "event",
    [
        'event: error\ndata: {"message": "The model is overloaded"}\n\n',
        'data: {"error": {"message": "The model is overloaded", "type": "server_error"}}\n\n',
    ],
)
def test_an_error_event_raises_stream_error(
    streaming_api: ModuleType, client: Any, api: StreamingAPI, event: str
) -> None:
    api.streams[CHAT] = EventStream(sse(chunk("a"), event, chunk("b")))
    read: list[Any] = []
    stream = client.chat.completions.create(model="m", messages=[], stream=True)
    with pytest.raises(streaming_api.StreamError) as caught:
        read.extend(stream)
    assert deltas(read) == ["a"]
    assert str(caught.value) == "The stream reported an error: The model is overloaded"
    assert isinstance(caught.value, streaming_api.APIError)
    assert caught.value.status_code == 200
    assert stream.response.is_closed


def test_an_event_with_an_error_field_among_others_is_no_error(
    client: Any, api: StreamingAPI
) -> None:
    api.streams[CHAT] = EventStream(sse(chunk("a", error=None)))
    assert deltas(list(client.chat.completions.create(model="m", messages=[], stream=True))) == [
        "a"
    ]


async def test_an_async_error_event_raises_stream_error(
    streaming_api: ModuleType, async_client: Any, api: StreamingAPI
) -> None:
    api.streams[JOB] = EventStream(sse('event: error\ndata: {"message": "lost"}\n\n'))
    with pytest.raises(streaming_api.StreamError, match="lost"):
        async for _ in await async_client.jobs.events("job_1"):
            pass


def test_a_failure_before_the_first_byte_is_retried(client: Any, api: StreamingAPI) -> None:
    api.streams[JOB] = EventStream(sse({"type": "progress", "percent": 9}))
    api.script(Reply(500, {"detail": "try again"}))  # a GET: retried after a 500
    assert [event.percent for event in client.jobs.events("job_1")] == [9]
    # A POST is retried after a 503 that says when.
    api.script(Reply(503, {"detail": "busy"}, headers={"Retry-After": "0"}))
    events = list(client.chat.completions.create(model="m", messages=[], stream=True))
    assert deltas(events)[0] == "Hel"
    assert len(api.requests) == 4


async def test_an_async_failure_before_the_first_byte_is_retried(
    async_client: Any, api: StreamingAPI
) -> None:
    api.streams[JOB] = EventStream(sse({"type": "progress", "percent": 9}))
    api.script(Reply(503, {"detail": "busy"}))
    assert [event.percent async for event in await async_client.jobs.events("job_1")] == [9]
    assert len(api.requests) == 2


def test_a_stream_that_breaks_off_raises_and_is_not_retried(
    streaming_api: ModuleType, client: Any, api: StreamingAPI
) -> None:
    body = sse({"type": "progress", "percent": 1}, {"type": "progress", "percent": 2})
    api.streams[JOB] = EventStream(body, piece_size=len(body) // 2 + 3, drop_after=1)
    read: list[Any] = []
    with pytest.raises(streaming_api.APIConnectionError, match="^The event stream broke off: "):
        read.extend(client.jobs.events("job_1"))  # a GET, with retries left
    assert [event.percent for event in read] == [1]
    assert len(api.requests) == 1


async def test_an_async_stream_that_breaks_off_raises_and_is_not_retried(
    streaming_api: ModuleType, async_client: Any, api: StreamingAPI
) -> None:
    api.streams[JOB] = EventStream(sse({"type": "progress", "percent": 1}) * 3, drop_after=4)
    with pytest.raises(streaming_api.APIConnectionError):
        async for _ in await async_client.jobs.events("job_1"):
            pass
    assert len(api.requests) == 1


def test_max_response_bytes_bounds_an_event_not_the_stream(
    streaming_api: ModuleType, api: StreamingAPI
) -> None:
    small = {"type": "progress", "percent": 1, "note": "x" * 500}
    api.streams[JOB] = EventStream(sse(*[small] * 20), piece_size=4096)  # 11 KB in all
    with streaming_api.StreamingAPI(
        api_key=API_KEY, base_url=api.url, max_response_bytes=1000
    ) as client:
        assert len(list(client.jobs.events("job_1"))) == 20
        api.streams[JOB] = EventStream(sse(small, {**small, "note": "x" * 2000}), piece_size=4096)
        read: list[Any] = []
        with pytest.raises(streaming_api.EventTooLargeError) as caught:
            read.extend(client.jobs.events("job_1"))
    assert len(read) == 1
    assert str(caught.value).startswith("One event of the stream is larger than")
    assert isinstance(caught.value, streaming_api.ResponseTooLargeError)


def test_a_stream_may_last_longer_than_the_timeout_of_an_attempt(
    streaming_api: ModuleType, api: StreamingAPI
) -> None:
    """The deadline of an attempt ends with the headers; each read has the read timeout."""
    body = sse({"type": "progress", "percent": 1}) * 3
    api.streams[JOB] = EventStream(body, piece_size=len(body) // 8 + 1, pause=0.2)
    with streaming_api.StreamingAPI(api_key=API_KEY, base_url=api.url, timeout=1.0) as client:
        started = time.monotonic()
        assert len(list(client.jobs.events("job_1"))) == 3
    assert time.monotonic() - started > 1.2
