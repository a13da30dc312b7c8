"""The server of tests/fixtures/streaming: server-sent events written as a real server would.

Beside the fake LlamaCloud API (``FakeAPI``, whose recording, scripted replies and bearer check
it keeps: a 500 or 503 scripted before a stream fails an attempt before its first byte), it
answers each path of the fixture with the events of ``StreamingAPI.streams[path]``:

- the body goes out with chunked transfer coding, cut into pieces of ``piece_size`` bytes
  written one at a time, so that the client's reads end mid-line, mid-event and in the middle
  of a UTF-8 character;
- ``drop_after``: the connection is closed after that many pieces, without the last chunk: a
  stream that breaks off;
- ``gate``: after ``gate_after`` pieces the server waits (up to 10 s) for the test to set it,
  and sets ``past_gate`` when it goes on: what a client read before then came as it arrived;
- ``heartbeats``: after the body, comments are sent every 20 ms (for up to 10 s) until a write
  fails: ``disconnected`` is then set, the server's view of a client that hung up.

``POST /chat/completions`` and ``POST /completions`` answer with JSON (``json_answers``) unless
the request body asks for ``"stream": true``.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.support.fake_api import FakeAPI, Recorded, Reply

GIVE_UP = 10.0  # seconds a gate or the heartbeats last at most


def sse(*events: str | dict[str, Any]) -> bytes:
    """Events as an event stream: a dict is one data line of JSON, a string is written as is."""
    return b"".join(
        (f"data: {json.dumps(event)}\n\n" if isinstance(event, dict) else event).encode()
        for event in events
    )


@dataclass
class EventStream:
    body: bytes
    piece_size: int = 7
    drop_after: int | None = None
    gate: threading.Event | None = None
    gate_after: int = 1
    pause: float = 0.002  # seconds between pieces: each is a read of its own
    heartbeats: bool = False
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def pieces(self) -> list[bytes]:
        size = self.piece_size
        return [self.body[start : start + size] for start in range(0, len(self.body), size)]


class StreamingAPI(FakeAPI):
    methods = frozenset({"GET", "POST"})

    def __init__(self, **options: Any) -> None:
        super().__init__([], **options)
        self.streams: dict[str, EventStream] = {}
        self.json_answers: dict[str, Any] = {}
        self.past_gate = threading.Event()
        self.disconnected = threading.Event()

    def serves(self, path: str) -> bool:
        return path in self.streams or path in self.json_answers

    def answer(self, request: Recorded) -> Reply:
        asked = json.loads(request.body) if request.body else {}
        if request.path in self.json_answers and not asked.get("stream"):
            return Reply(200, self.json_answers[request.path])
        return Reply(200, self.streams[request.path])

    def writes(self, handler: BaseHTTPRequestHandler, reply: Reply) -> bool:
        stream = reply.body
        if not isinstance(stream, EventStream):
            return False
        handler.close_connection = True
        try:
            handler.send_response(stream.status)
            handler.send_header("Content-Type", "text/event-stream; charset=utf-8")
            handler.send_header("Transfer-Encoding", "chunked")
            handler.send_header("Cache-Control", "no-cache")
            # Said, not only done: else the client may send its next request on this
            # connection as the server closes it.
            handler.send_header("Connection", "close")
            for key, value in {**stream.headers, **reply.headers}.items():
                handler.send_header(key, value)
            handler.end_headers()
            for index, piece in enumerate(stream.pieces):
                if index == stream.drop_after:
                    return True  # no last chunk: the client sees the body break off
                if stream.gate is not None and index == stream.gate_after:
                    stream.gate.wait(GIVE_UP)
                    self.past_gate.set()
                _chunk(handler, piece)
                time.sleep(stream.pause)
            if stream.heartbeats:
                deadline = time.monotonic() + GIVE_UP
                while time.monotonic() < deadline:
                    _chunk(handler, b": ping\n\n")
                    time.sleep(0.02)
            _chunk(handler, b"")
        except (BrokenPipeError, ConnectionResetError):
            self.disconnected.set()
        return True


def _chunk(handler: BaseHTTPRequestHandler, data: bytes) -> None:
    handler.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
    handler.wfile.flush()
