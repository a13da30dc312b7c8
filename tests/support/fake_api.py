"""A small stateful HTTP server of ours, for what a mock server cannot do.

It serves ``GET /api/v1/classifier/jobs`` with real pagination over a list of
jobs (or with cursors that repeat or cycle: ``cursor_loops``), checks the
bearer token, and plays scripted responses (429 and 503 sequences with
Retry-After, slow answers, bodies sent a byte at a time, bodies held back after
the headers or made as they are sent, malformed or compressed bodies, dropped
connections) in order before falling back to normal behaviour. Every request is
recorded. The collection's path and cursor field names can be changed, to serve
SDKs generated from other specs.

    with FakeAPI(jobs=make_jobs(25)) as api:
        api.script(Reply(503, headers={"Retry-After": "0"}), Reply(200))
        client = LlamaCloud(api_key=API_KEY, base_url=api.url)

``python -m tests.support.fake_api --jobs 10`` serves until interrupted and
prints its URL on the first line (the benchmarks run it in its own process).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import ssl
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

API_KEY = "sk-test-0123456789abcdef"
SECRET = API_KEY[-16:]  # what any spelling of a key made of API_KEY holds in clear
# A key that HTTP can carry, but that Python, JSON and URLs each spell their own way.
ODD_KEY = "sk-'single\"double\\back/slash+plus%pct=eq&and ~tilde-" + SECRET
JOBS_PATH = "/api/v1/classifier/jobs"


def spellings(key: str) -> dict[str, str]:
    """How ``key`` shows in text: as is, escaped by repr, JSON or a URL.

    A bytes repr (``b'...'``) spells a key of visible ASCII, the only kind a client takes,
    as repr does.
    """
    assert repr(key.encode())[2:-1] == repr(key)[1:-1]
    lower_case_escapes = re.sub("%[0-9A-F]{2}", lambda match: match[0].lower(), quote(key))
    return {
        "as is": key,
        "repr": repr(key)[1:-1],
        "JSON": json.dumps(key)[1:-1],
        "URL": quote(key, safe=""),
        "URL, lower-case escapes": lower_case_escapes,
        "form": quote_plus(key),
    }


def make_job(index: int, **overrides: Any) -> dict[str, Any]:
    job: dict[str, Any] = {
        "id": str(uuid.UUID(int=index + 1)),
        "project_id": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
        "rules": [
            {
                "description": "contains invoice number, line items, and total amount",
                "type": "invoice",
            }
        ],
        "status": "PENDING",
        "user_id": f"user-{index}",
        "created_at": "2019-12-27T18:11:19.117Z",
    }
    job.update(overrides)
    return job


def make_jobs(count: int) -> list[dict[str, Any]]:
    return [make_job(index) for index in range(count)]


_PATTERN = bytes(range(256)) * 256  # 64 KiB


def pattern_pieces(size: int) -> Callable[[], Iterator[bytes]]:
    """``size`` bytes of a repeating pattern, made 64 KiB at a time as they are sent."""

    def pieces() -> Iterator[bytes]:
        for start in range(0, size, len(_PATTERN)):
            yield _PATTERN[: min(len(_PATTERN), size - start)]

    return pieces


def pattern_digest(size: int) -> str:
    """The SHA-256 of the body :func:`pattern_pieces` sends."""
    digest = hashlib.sha256()
    for piece in pattern_pieces(size)():
        digest.update(piece)
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    """The SHA-256 of a file, read a MiB at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while block := file.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up early (a timeout or a size bound, on purpose) is no server error."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class Reply:
    """One scripted response. ``status=200`` with no body serves the normal answer."""

    status: int = 200
    body: Any = None  # JSON-encoded unless it is bytes
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    # When set, the request is recorded at once but answered only after the test sets
    # the event (at most 30 s later): proves a client acted before this answer came.
    release: threading.Event | None = None
    drop: bool = False  # close the connection without answering
    # Seconds between the body's bytes, sent one at a time after the headers: a server that
    # keeps every read short of a timeout while the body takes as long as it likes.
    drip: float = 0.0
    # A body of this many bytes made while it is sent (pattern_pieces), never held whole.
    generated: int | None = None
    # When set, the headers go out at once and the body only once the test sets it (at most
    # 5 s later): proves a client answered before it had the body.
    hold_body: threading.Event | None = None
    # Set once the whole body has gone out; ``aborted`` when the client hung up before.
    sent: threading.Event = field(default_factory=threading.Event)
    aborted: bool = False


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


class FakeAPI:
    def __init__(
        self,
        jobs: list[dict[str, Any]] | None = None,
        *,
        default_page_size: int = 10,
        path: str = JOBS_PATH,
        cursor_param: str = "page_token",
        items_field: str = "items",
        next_field: str = "next_page_token",
        record: bool = True,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.jobs = jobs if jobs is not None else make_jobs(3)
        self.default_page_size = default_page_size
        self.path = path
        self.cursor_param = cursor_param
        self.items_field = items_field
        self.next_field = next_field
        self.record = record
        self.requests: list[Recorded] = []
        # A broken server's cursors: the page fetched with cursor K ("0" for the first page)
        # names cursor_loops[K] as the next one. {"10": "10"} repeats a token forever,
        # {"20": "10"} cycles 10 -> 20 -> 10. After ``loop_limit`` such answers the right
        # cursors come back, so a client that follows the loop still ends, soon.
        self.cursor_loops: dict[str, str] = {}
        self.loop_limit = 20
        self.loops_served = 0
        # Cursors padded with zeros to this many characters: long, but right.
        self.cursor_width = 0
        # Called (in the server's thread) with each request before it is answered.
        self.on_request: Callable[[Recorded], None] | None = None
        self._script: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self.scheme = "http"
        if tls is not None:  # HTTPS, with the certificate in ``tls``
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
            self.scheme = "https"
        # A short poll interval: shutdown() waits for it, and tests start many servers.
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.02,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.socket.getsockname()[:2]
        return f"{self.scheme}://{host}:{port}"

    def forget_script(self) -> None:
        """Drop the replies no request has taken yet."""
        with self._lock:
            self._script.clear()

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with ``replies``, in order."""
        with self._lock:
            self._script.extend(replies)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- behaviour -----------------------------------------------------------

    def respond(self, request: Recorded) -> Reply:
        if self.on_request is not None:
            self.on_request(request)
        with self._lock:
            if self.record:
                self.requests.append(request)
            scripted = self._script.popleft() if self._script else None
        if scripted is not None and scripted.release is not None:
            scripted.release.wait(timeout=30)
        if scripted is not None and (
            scripted.status != 200
            or scripted.body is not None
            or scripted.drop
            or scripted.generated is not None
        ):
            return scripted
        delay = scripted.delay if scripted is not None else 0.0
        headers = scripted.headers if scripted is not None else {}
        if request.headers.get("authorization") != f"Bearer {API_KEY}":
            return Reply(401, {"detail": "Invalid API key"}, delay=delay)
        if request.method not in self.methods or not self.serves(request.path):
            return Reply(404, {"detail": "Not Found"}, delay=delay)
        reply = self.answer(request)
        return replace(reply, headers={**reply.headers, **headers}, delay=delay)

    methods = frozenset({"GET"})  # the methods of the paths it serves

    def serves(self, path: str) -> bool:
        return path == self.path

    def writes(self, handler: BaseHTTPRequestHandler, reply: Reply) -> bool:
        """Write a reply whose body is of a kind a subclass sends its own way; False: not one."""
        return False

    def answer(self, request: Recorded) -> Reply:
        """The normal answer to a GET of a path the server serves."""
        return Reply(200, self.page(request.query))

    def page(self, query: dict[str, list[str]]) -> dict[str, Any]:
        size = int(query.get("page_size", [self.default_page_size])[0])
        cursor = query.get(self.cursor_param, ["0"])[0]
        start = int(cursor.lstrip("0") or "0")  # cursor_width pads it past int()'s digit limit
        end = start + size
        body: dict[str, Any] = {
            self.items_field: self.jobs[start:end],
            "total_size": len(self.jobs),
        }
        if end < len(self.jobs):
            body[self.next_field] = str(end).zfill(self.cursor_width)
        with self._lock:
            loop = self.cursor_loops.get(cursor) if self.loops_served < self.loop_limit else None
            if loop is not None:
                self.loops_served += 1
                body[self.next_field] = loop
        return body

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: without TCP_NODELAY, Nagle's
            # algorithm and delayed ACKs add 40 ms to every kept-alive request.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                recorded = Recorded(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query),
                    headers={key.lower(): value for key, value in self.headers.items()},
                    body=self.rfile.read(length) if length else b"",
                )
                reply = api.respond(recorded)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    return
                if api.writes(self, reply):
                    return
                if isinstance(reply.body, bytes):
                    payload = reply.body
                    content_type = "application/json"
                else:
                    payload = json.dumps(reply.body).encode() if reply.body is not None else b""
                    content_type = "application/json"
                try:
                    self.send_response(reply.status)
                    self.send_header(
                        "Content-Type", reply.headers.get("Content-Type", content_type)
                    )
                    length = reply.generated if reply.generated is not None else len(payload)
                    self.send_header("Content-Length", str(length))
                    for key, value in reply.headers.items():
                        if key.lower() != "content-type":
                            self.send_header(key, value)
                    self.end_headers()
                    if reply.hold_body is not None:
                        reply.hold_body.wait(timeout=5)
                    if reply.generated is not None:
                        for piece in pattern_pieces(reply.generated)():
                            self.wfile.write(piece)
                    elif reply.drip:
                        for index in range(len(payload)):
                            self.wfile.write(payload[index : index + 1])
                            self.wfile.flush()
                            time.sleep(reply.drip)
                    else:
                        self.wfile.write(payload)
                    reply.sent.set()
                except (BrokenPipeError, ConnectionResetError):
                    reply.aborted = True  # the client gave up (a timeout test, an early close)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle
            do_HEAD = do_OPTIONS = do_TRACE = _handle

        return Handler


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the fake LlamaCloud API until interrupted.")
    parser.add_argument("--jobs", type=int, default=10, help="how many jobs the list holds")
    parser.add_argument(
        "--page-size", type=int, default=10, help="the page size when none is asked for"
    )
    args = parser.parse_args(argv)
    with FakeAPI(jobs=make_jobs(args.jobs), default_page_size=args.page_size, record=False) as api:
        print(api.url, flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    sys.exit(0)


if __name__ == "__main__":
    main()
