"""Operations that answer with server-sent events, on the command line: the CLI of
tests/golden/streaming run as a subprocess against its server (tests/support/streaming_api.py).

Each event is printed as it arrives: the tests read the first one while the server still holds
the rest back.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from tests.cli.conftest import Result, assert_one_line_error, clean_env, run
from tests.support.fake_api import API_KEY
from tests.support.paths import GOLDEN
from tests.support.streaming_api import EventStream, StreamingAPI, sse

CHAT = "/chat/completions"
CREATE = ["chat:completions", "create", "--model", "m", "--messages", "hi"]


def chunk(delta: str) -> dict[str, str]:
    return {"id": "c1", "object": "chat.completion.chunk", "delta": delta}


@pytest.fixture
def api() -> Iterator[StreamingAPI]:
    with StreamingAPI() as server:
        server.streams[CHAT] = EventStream(sse(chunk("a"), chunk("b"), "data: [DONE]\n\n"))
        server.json_answers[CHAT] = {"id": "c1", "object": "chat.completion", "content": "ab"}
        yield server


def env(api: StreamingAPI) -> dict[str, str]:
    return clean_env(
        PYTHONPATH=str(GOLDEN / "streaming" / "src"),
        STREAMING_API_API_KEY=API_KEY,
        STREAMING_API_BASE_URL=api.url,
    )


def cli(api: StreamingAPI, *args: str) -> Result:
    return run([sys.executable, "-m", "streaming_api_cli"], *args, env=env(api))


def test_jsonl_prints_one_event_a_line(api: StreamingAPI) -> None:
    result = cli(api, *CREATE, "--stream", "--format", "jsonl")
    assert result.code == 0, result.err
    assert [json.loads(line)["delta"] for line in result.out.splitlines()] == ["a", "b"]
    assert json.loads(api.requests[-1].body)["stream"] is True


def test_without_the_flag_the_answer_is_one_object(api: StreamingAPI) -> None:
    result = cli(api, *CREATE)
    assert result.code == 0, result.err
    assert json.loads(result.out) == {"id": "c1", "object": "chat.completion", "content": "ab"}


def test_the_default_format_is_a_json_array_of_the_events(api: StreamingAPI) -> None:
    result = cli(api, *CREATE, "--stream")
    assert result.code == 0, result.err
    assert [event["delta"] for event in json.loads(result.out)] == ["a", "b"]


def test_events_without_a_schema_print_as_they_came(api: StreamingAPI) -> None:
    api.streams["/logs"] = EventStream(b"event: line\nid: 1\ndata: started\n\ndata: done\n\n")
    result = cli(api, "logs", "tail", "--level", "info", "--format", "jsonl")
    assert result.code == 0, result.err
    assert [json.loads(line) for line in result.out.splitlines()] == [
        {"event": "line", "data": "started", "id": "1"},
        {"event": "message", "data": "done", "id": "1"},
    ]
    pretty = cli(api, "logs", "tail", "--format", "pretty")
    assert pretty.code == 0, pretty.err
    assert pretty.out.split("\n\n")[0].split() == ["event", "line", "data", "started", "id", "1"]


def test_raw_prints_the_body_as_received(api: StreamingAPI) -> None:
    body = b": hello\nretry: 10\ndata: x\n\n"
    api.streams["/logs"] = EventStream(body)
    result = cli(api, "logs", "tail", "--format", "raw")
    assert result.code == 0, result.err
    assert result.out == body.decode()


@pytest.mark.parametrize(
    ("event", "message"),
    [
        (
            'event: error\ndata: {"message": "overloaded"}\n\n',
            "The stream reported an error: overloaded",
        ),
        ("", "The event stream broke off: "),
    ],
    ids=["error event", "broken"],
)
def test_a_stream_that_fails_midway_is_one_line_of_error(
    api: StreamingAPI, event: str, message: str
) -> None:
    body = sse(chunk("a")) + (event.encode() or sse(chunk("b")))
    first = len(sse(chunk("a")))  # the first piece is the first event
    api.streams[CHAT] = EventStream(body, piece_size=first, drop_after=None if event else 1)
    result = cli(api, *CREATE, "--stream", "--format", "jsonl")
    assert assert_one_line_error(result).startswith(f"Error: {message}")
    assert json.loads(result.out.splitlines()[0])["delta"] == "a"
    assert len(api.requests) == 1


@pytest.mark.parametrize(
    ("fmt", "first_line"),
    [("jsonl", '{"id": "c1", "object": "chat.completion.chunk", "delta": "a"}'),
     ("json", '    "delta": "a"'),
     ("pretty", "delta   a")],
)  # fmt: skip
def test_each_event_is_printed_as_it_arrives(api: StreamingAPI, fmt: str, first_line: str) -> None:
    """The first event is on stdout while the server holds back the second."""
    gate = threading.Event()
    api.streams[CHAT] = EventStream(
        sse(chunk("a"), chunk("b")), piece_size=len(sse(chunk("a"))), gate=gate
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "streaming_api_cli", *CREATE, "--stream", "--format", fmt],
        env=env(api),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    stdout = process.stdout
    assert stdout is not None

    def read() -> None:
        for line in stdout:
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    try:
        seen: list[str] = []
        while first_line not in seen:
            seen.append(lines.get(timeout=20).rstrip("\n"))
        assert not api.past_gate.is_set()
    finally:
        gate.set()
        process.wait(timeout=30)
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""
