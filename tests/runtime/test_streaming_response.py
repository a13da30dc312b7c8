"""with_streaming_response: the request is sent on entering ``with``, the body read only when asked.

Over real HTTP on loopback: our server sends the headers and holds the body back, or makes a
large body as it sends it, and records whether it got it all out.
"""

from __future__ import annotations

import gzip
import threading
import time
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from llamacloud import (
    APIResponse,
    AsyncLlamaCloud,
    AsyncStreamedAPIResponse,
    LlamaCloud,
    NotFoundError,
    ResponseTooLargeError,
    StreamedAPIResponse,
)
from llamacloud._pagination import AsyncCursorPage, SyncCursorPage

from tests.runtime.test_any_operation import import_sdk
from tests.support.fake_api import (
    API_KEY,
    FakeAPI,
    Reply,
    file_digest,
    make_job,
    pattern_digest,
)
from tests.support.paths import GOLDEN

MiB = 1024 * 1024
JOB = make_job(0)
PAGE = {"items": [JOB], "total_size": 1}
LINES = "first line\nsecond\r\nthird ünïcode\rfourth\n\nlast".encode()


def hung_up(reply: Reply, seconds: float = 5.0) -> bool:
    """Whether the server saw the client hang up before the body was out (it may take a moment)."""
    deadline = time.monotonic() + seconds
    while not reply.aborted and time.monotonic() < deadline:
        time.sleep(0.01)
    return reply.aborted


# -- sync -----------------------------------------------------------------------------


def test_the_body_is_read_only_when_asked(client: LlamaCloud, api: FakeAPI) -> None:
    hold = threading.Event()
    reply = Reply(200, PAGE, headers={"X-Request-Id": "req_1"}, hold_body=hold)
    api.script(reply)
    with client.classifier.jobs.with_streaming_response.list(page_size=1) as response:
        assert isinstance(response, StreamedAPIResponse)
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        assert response.url.params["page_size"] == "1"
        assert response.request_id == "req_1"
        assert not reply.sent.is_set()  # the call returned with the headers alone
        hold.set()
        page = response.parse()
        assert isinstance(page, SyncCursorPage)
        assert [str(job.id) for job in page.items] == [JOB["id"]]
        assert page._request_id == "req_1"
        assert response.parse() is page  # parsed once
        assert response.json() == PAGE
    assert response.is_closed


def test_nothing_is_sent_before_the_block_is_entered(client: LlamaCloud, api: FakeAPI) -> None:
    manager = client.classifier.jobs.with_streaming_response.list()
    assert api.requests == []
    with manager as response:
        assert len(api.requests) == 1
        assert response.text().startswith("{")


def test_the_body_is_read_in_pieces_lines_and_text(client: LlamaCloud, api: FakeAPI) -> None:
    text_plain = {"Content-Type": "text/plain; charset=utf-8"}
    api.script(*[Reply(200, LINES, headers=text_plain)] * 4)
    jobs = client.classifier.jobs.with_streaming_response
    with jobs.list() as response:
        assert list(response.iter_lines()) == [
            "first line", "second", "third ünïcode", "fourth", "", "last"
        ]  # fmt: skip
    with jobs.list() as response:
        pieces = list(response.iter_bytes(chunk_size=4))
        assert b"".join(pieces) == LINES
        assert {len(piece) for piece in pieces[:-1]} == {4}
    with jobs.list() as response:
        # One byte at a time: a character split between pieces is decoded whole.
        assert "".join(response.iter_text(chunk_size=1)) == LINES.decode()
    with jobs.list() as response:
        assert response.read() == LINES
        assert list(response.iter_bytes()) == [LINES]  # the body read whole, iterated again
        assert response.text() == LINES.decode()


def test_a_compressed_body_is_iterated_decompressed(client: LlamaCloud, api: FakeAPI) -> None:
    body = b"0123456789" * 100_000
    api.script(Reply(200, gzip.compress(body), headers={"Content-Encoding": "gzip"}))
    with client.classifier.jobs.with_streaming_response.list() as response:
        pieces = list(response.iter_bytes())
    assert b"".join(pieces) == body
    assert max(len(piece) for piece in pieces) <= 64 * 1024  # never inflated whole


def test_an_iterated_body_cannot_be_read_again(client: LlamaCloud, api: FakeAPI) -> None:
    api.script(Reply(200, LINES))
    with client.classifier.jobs.with_streaming_response.list() as response:
        assert b"".join(response.iter_bytes()) == LINES
        with pytest.raises(httpx.StreamConsumed):
            response.read()


def test_a_status_error_is_raised_on_entering(client: LlamaCloud, api: FakeAPI) -> None:
    api.script(Reply(404, {"detail": "No such job"}, headers={"X-Request-Id": "req_404"}))
    with pytest.raises(NotFoundError) as raised:
        with client.classifier.jobs.with_streaming_response.list():
            pytest.fail("the block runs only for a success")
    assert "No such job" in str(raised.value)  # the error's body was read for its message
    assert raised.value.request_id == "req_404"


def test_retries_happen_before_entering(client: LlamaCloud, api: FakeAPI) -> None:
    api.script(Reply(503, {"detail": "busy"}, headers={"Retry-After": "0"}), Reply(200, PAGE))
    with client.classifier.jobs.with_streaming_response.list() as response:
        assert len(api.requests) == 2
        assert response.json() == PAGE


def test_leaving_the_block_closes_the_connection(client: LlamaCloud, api: FakeAPI) -> None:
    reply = Reply(200, generated=64 * MiB)
    api.script(reply)
    with client.classifier.jobs.with_streaming_response.list() as response:
        first = next(response.iter_bytes())
        assert 0 < len(first) <= 64 * 1024
    assert response.is_closed
    assert hung_up(reply)  # the server could not send the rest
    assert not reply.sent.is_set()
    assert isinstance(client.classifier.jobs.list(), SyncCursorPage)  # the client goes on


def test_max_response_bytes_bounds_a_body_read_whole_not_one_streamed(
    client: LlamaCloud, api: FakeAPI, tmp_path: Path
) -> None:
    api.script(Reply(200, generated=3 * MiB), Reply(200, generated=3 * MiB))
    bounded = client.with_options(max_response_bytes=MiB)
    with bounded.classifier.jobs.with_streaming_response.list() as response:
        response.stream_to_file(tmp_path / "body.bin", chunk_size=100_000)
    assert file_digest(tmp_path / "body.bin") == pattern_digest(3 * MiB)
    with bounded.classifier.jobs.with_streaming_response.list() as response:
        with pytest.raises(ResponseTooLargeError):
            response.read()


def test_the_client_has_both_response_views_of_every_resource(
    client: LlamaCloud, api: FakeAPI
) -> None:
    raw = client.with_raw_response.classifier.jobs.list(page_size=5)
    assert isinstance(raw, APIResponse) and isinstance(raw.parse(), SyncCursorPage)
    with client.with_streaming_response.classifier.jobs.list(page_size=5) as response:
        assert isinstance(response, StreamedAPIResponse)
        assert len(response.parse().items) == 5


def test_a_chunk_size_below_one_is_refused(client: LlamaCloud, api: FakeAPI) -> None:
    with client.classifier.jobs.with_streaming_response.list() as response:
        with pytest.raises(ValueError, match="chunk_size"):
            next(response.iter_bytes(chunk_size=0))


# -- async ----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_the_body_is_read_only_when_asked(
    async_client: AsyncLlamaCloud, api: FakeAPI
) -> None:
    hold = threading.Event()
    reply = Reply(200, PAGE, headers={"Request-Id": "req_2"}, hold_body=hold)
    api.script(reply)
    jobs = async_client.classifier.jobs.with_streaming_response
    async with jobs.list(page_size=1) as response:
        assert isinstance(response, AsyncStreamedAPIResponse)
        assert response.status_code == 200
        assert response.request_id == "req_2"
        assert not reply.sent.is_set()
        hold.set()
        page = await response.parse()
        assert isinstance(page, AsyncCursorPage)
        assert page._request_id == "req_2"
    assert response.is_closed


@pytest.mark.anyio
async def test_async_the_body_is_read_in_pieces_lines_and_text(
    async_client: AsyncLlamaCloud, api: FakeAPI
) -> None:
    api.script(*[Reply(200, LINES)] * 3)
    jobs = async_client.with_streaming_response.classifier.jobs
    async with jobs.list() as response:
        lines = [line async for line in response.iter_lines()]
        assert lines == ["first line", "second", "third ünïcode", "fourth", "", "last"]
    async with jobs.list() as response:
        assert "".join([text async for text in response.iter_text(chunk_size=1)]) == LINES.decode()
    async with jobs.list() as response:
        assert await response.read() == LINES
        assert await response.text() == LINES.decode()


@pytest.mark.anyio
async def test_async_status_errors_and_early_close(
    async_client: AsyncLlamaCloud, api: FakeAPI
) -> None:
    api.script(Reply(404, {"detail": "No such job"}))
    with pytest.raises(NotFoundError):
        async with async_client.classifier.jobs.with_streaming_response.list():
            pytest.fail("the block runs only for a success")
    reply = Reply(200, generated=64 * MiB)
    api.script(reply)
    async with async_client.classifier.jobs.with_streaming_response.list() as response:
        async for _ in response.iter_bytes():
            break
    assert response.is_closed
    assert hung_up(reply)
    raw = await async_client.with_raw_response.classifier.jobs.list()
    assert isinstance(raw.parse(), AsyncCursorPage)


# -- a binary download: the operations fixture's GET /files/{file_id}/content ------------


@pytest.fixture(scope="module")
def operations() -> ModuleType:
    return import_sdk(GOLDEN / "operations" / "src", "operations_api")


def test_a_binary_download_streams_to_a_file(
    operations: ModuleType, api: FakeAPI, tmp_path: Path
) -> None:
    api.script(Reply(200, generated=5 * MiB, headers={"Content-Type": "application/octet-stream"}))
    with operations.OperationsAPI(api_key=API_KEY, base_url=api.url) as client:
        with client.files.with_streaming_response.content("file-1") as response:
            assert response.headers["content-type"] == "application/octet-stream"
            response.stream_to_file(tmp_path / "file.bin")
    assert api.requests[-1].path == "/files/file-1/content"
    assert file_digest(tmp_path / "file.bin") == pattern_digest(5 * MiB)


@pytest.mark.anyio
async def test_async_a_binary_download_streams_to_a_file(
    operations: ModuleType, api: FakeAPI, tmp_path: Path
) -> None:
    api.script(Reply(200, generated=5 * MiB, headers={"Content-Type": "application/octet-stream"}))
    async with operations.AsyncOperationsAPI(api_key=API_KEY, base_url=api.url) as client:
        async with client.files.with_streaming_response.content("file-1") as response:
            await response.stream_to_file(tmp_path / "file.bin", chunk_size=1000)
    assert file_digest(tmp_path / "file.bin") == pattern_digest(5 * MiB)
