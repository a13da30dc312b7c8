"""Bounds on what a server can make the client do: how much body it reads, and for how long.

A gzip body of one megabyte can inflate to a gigabyte, and a server that sends a byte a
second keeps every read within its timeout while the response takes as long as it likes. So
the body is read here, and decompressed, a piece of at most 64 KiB at a time: reading stops
as soon as it passes ``max_response_bytes``, having held no more than that. (httpx would
inflate each network read whole: 64 KiB of gzip can make 64 MiB, of brotli or zstd far
more; the client asks for gzip or deflate only, and keeps a body in another coding as it
came.) Each attempt also has a deadline: the sync client checks it between pieces and
redirects (a read that never ends is cut by the read timeout), the async client cancels the
attempt when it passes. A stream of server-sent events (``_streaming``) is inflated the same
way, but not held: its attempt ends with the headers, and the bound is on each event.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Iterator

import anyio
import httpx

from ._exceptions import ResponseTooLargeError

DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
"""The default bound on a decompressed response body: 256 MiB.

The client holds a body in memory and parses it whole; a JSON body this large would take
gigabytes as Python objects, so no API response meant for it comes near. A download of a
larger file needs a larger bound (or None, for none).
"""

ACCEPT_ENCODING = "gzip, deflate"  # the codings the client undoes a piece at a time
PIECE = 64 * 1024  # the most one step of decompression makes


def attempt_seconds(request: httpx.Request) -> float | None:
    """How long one attempt may take in all: the longest part of the request's timeout.

    A number given as ``timeout`` sets every part, so it bounds the attempt as a whole too.
    A part left unbounded (None) leaves the attempt unbounded.
    """
    parts: dict[str, float | None] = request.extensions.get("timeout") or {}
    seconds = [value for value in parts.values() if value is not None]
    if not seconds or len(seconds) < len(parts):
        return None
    return float(max(seconds))


def deadline_passed(request: httpx.Request, seconds: float) -> httpx.ReadTimeout:
    # A read timeout: retried like one, and reported as APITimeoutError.
    return httpx.ReadTimeout(f"The response took longer than {seconds:g} s in all", request=request)


class Deadline:
    """When a sync attempt must be over; ``check()`` raises once it has passed."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self._seconds = attempt_seconds(request)
        self._at = None if self._seconds is None else time.monotonic() + self._seconds

    def check(self) -> None:
        if self._at is not None and time.monotonic() > self._at:
            assert self._seconds is not None
            raise deadline_passed(self._request, self._seconds)


class Inflater:
    """Undoes a response's content codings, giving pieces of at most ``PIECE`` bytes.

    A coding the client did not ask for leaves the body as it came.
    """

    def __init__(self, response: httpx.Response) -> None:
        self._request = response.request
        codings = [
            coding.strip().lower()
            for coding in response.headers.get("content-encoding", "").split(",")
        ]
        codings = [coding for coding in codings if coding not in ("", "identity")]
        # Undone in reverse order.
        self._inflaters = (
            [zlib.decompressobj(zlib.MAX_WBITS | 32) for _ in codings]  # gzip or zlib header
            if all(coding in ("gzip", "x-gzip", "deflate") for coding in codings)
            else []
        )

    def pieces(self, data: bytes) -> Iterator[bytes]:
        """The decompressed pieces of the next bytes read from the network."""
        return self._inflate(data, 0)

    def _inflate(self, data: bytes, stage: int) -> Iterator[bytes]:
        if stage == len(self._inflaters):
            if data:
                yield data
            return
        inflater = self._inflaters[stage]
        while True:
            try:
                piece = inflater.decompress(data, PIECE)
            except zlib.error as exc:
                raise httpx.DecodingError(str(exc), request=self._request) from exc
            data = inflater.unconsumed_tail
            yield from self._inflate(piece, stage + 1)
            if not data and len(piece) < PIECE:  # a full piece may leave more to come
                return


class _Body:
    """A body as it arrives: decompressed a piece at a time, refused past ``max_bytes``."""

    def __init__(self, response: httpx.Response, max_bytes: int | None) -> None:
        self._response = response
        self._max_bytes = max_bytes
        self._chunks: list[bytes] = []
        self._size = 0
        self._inflater = Inflater(response)

    def add(self, data: bytes) -> None:
        """Take the next bytes read from the network."""
        for piece in self._inflater.pieces(data):
            self._size += len(piece)
            if self._max_bytes is not None and self._size > self._max_bytes:
                self._chunks.clear()
                raise ResponseTooLargeError(self._response, self._max_bytes)
            self._chunks.append(piece)

    def keep(self) -> None:
        # What Response.read() would have stored: content, text and json() work as usual.
        self._response._content = b"".join(self._chunks)


def iter_decoded(response: httpx.Response) -> Iterator[bytes]:
    """``response``'s body (from a streamed send) as it arrives, decompressed a piece at a time.

    There is no bound on the whole: it is for a caller that passes each piece on and keeps none.
    """
    inflater = Inflater(response)
    for data in response.iter_raw():
        yield from inflater.pieces(data)


async def aiter_decoded(response: httpx.Response) -> AsyncIterator[bytes]:
    """The async :func:`iter_decoded`."""
    inflater = Inflater(response)
    async for data in response.aiter_raw():
        for piece in inflater.pieces(data):
            yield piece


def _check_size(response: httpx.Response, max_bytes: int | None) -> None:
    """The bound, on a body an event hook has read already (the CLI's ``--debug`` does)."""
    if max_bytes is not None and len(response.content) > max_bytes:
        raise ResponseTooLargeError(response, max_bytes)


def read_body(
    response: httpx.Response, max_bytes: int | None, deadline: Deadline | None = None
) -> None:
    """Read ``response``'s body (from a streamed send), within ``max_bytes`` and ``deadline``."""
    if response.is_stream_consumed:
        _check_size(response, max_bytes)
        return
    body = _Body(response, max_bytes)
    try:
        for data in response.iter_raw():
            body.add(data)
            if deadline is not None:
                deadline.check()
    finally:
        response.close()
    body.keep()


async def aread_body(response: httpx.Response, max_bytes: int | None) -> None:
    """The async :func:`read_body`; its caller bounds the time (the attempt is cancelled)."""
    if response.is_stream_consumed:
        _check_size(response, max_bytes)
        return
    body = _Body(response, max_bytes)
    try:
        async for data in response.aiter_raw():
            body.add(data)
    finally:
        with anyio.CancelScope(shield=True):  # the connection is closed even when cancelled
            await response.aclose()
    body.keep()
