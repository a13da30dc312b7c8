"""Server-sent events: a ``text/event-stream`` response read one event at a time, as it arrives.

An operation that answers with an event stream returns a ``Stream`` (``AsyncStream``). Its
body is read as the WHATWG rules for event streams say: lines end in ``\\r\\n``, ``\\r`` or
``\\n`` and may be cut anywhere between two network reads; a line that starts with ``:`` is a
comment (servers send them to keep a connection open); the ``data:`` lines of an event are
joined with line breaks; a blank line ends the event, and one without ``data`` is no event;
``id:`` and ``retry:`` hold for the events after them until changed; an event the body ends in
the middle of (no blank line after it) is dropped.

What each event becomes:

- data ``[DONE]``, OpenAI's last event, ends the stream;
- an event named ``error``, or data that is an object holding only ``error``, raises
  ``StreamError``: the response began with a success status, so this is how a server still
  fails;
- data that parses as the event type the API describes is that object;
- any other event (a kind of event the API added after this SDK was made, data that is not
  JSON) is yielded as the ``ServerSentEvent`` it came as: it is kept, not dropped, and the
  stream goes on. ``isinstance`` tells the two apart.

The connection is closed when the stream ends, on ``close()``, at the end of a ``with`` block,
and when a ``for`` loop over the stream is left early (an ``async for`` loop: when the event
loop finalises its iterator, soon after; ``async with`` closes it at once). A stream may last as
long as the server sends: each read waits at most the read timeout, and ``max_response_bytes``
bounds one event, which is held whole before it is parsed, not the stream. Once the response
started nothing is sent again: a connection that breaks raises ``APIConnectionError``.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import anyio
import httpx
import pydantic

from ._exceptions import APIConnectionError, APITimeoutError, EventTooLargeError, StreamError
from ._limits import Inflater
from ._types import is_json_object

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = ["AsyncStream", "SSEDecoder", "ServerSentEvent", "Stream"]

EventT = TypeVar("EventT")

DONE = "[DONE]"
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One event as the server sent it."""

    data: str
    event: str = "message"
    """Its name: what ``event:`` said, else ``message``."""
    id: str | None = None
    """The last event ID the stream set, by this event or one before it."""
    retry: int | None = None
    """The reconnection time, in milliseconds, the stream last set."""

    def json(self) -> Any:
        """The data, parsed as JSON."""
        return json.loads(self.data)

    def to_dict(self) -> dict[str, Any]:
        """The fields the event has, as plain data."""
        fields = {"event": self.event, "data": self.data, "id": self.id, "retry": self.retry}
        return {key: value for key, value in fields.items() if value is not None}


class EventTooLong(Exception):
    """Raised by SSEDecoder: the event being read holds more than its ``max_event_bytes``."""


class SSEDecoder:
    """The events in the bytes of an event stream, fed in chunks cut anywhere."""

    def __init__(self, max_event_bytes: int | None = None) -> None:
        self._max_event_bytes = max_event_bytes
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._started = False
        self._after_cr = False  # the text so far ended in \r: a \n next ends no other line
        self._line = ""  # the line read so far
        self._data: list[str] = []
        self._size = 0  # bytes of the event being read
        self._event = ""
        self._last_id = ""
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> Iterator[ServerSentEvent]:
        """The events that ``chunk`` completes, each as soon as it is."""
        text = self._utf8.decode(chunk)
        if not text:
            return  # the start of a character cut in two
        if not self._started:
            self._started = True
            text = text.removeprefix("\ufeff")  # a byte order mark is no part of the stream
        if self._after_cr:
            text = text.removeprefix("\n")
        self._after_cr = text.endswith("\r")
        start = 0
        for match in _LINE_END.finditer(text):
            event = self._take(self._line + text[start : match.start()])
            self._line = ""
            start = match.end()
            if event is not None:
                yield event
        self._line += text[start:]
        self._check(len(self._line))

    def _take(self, line: str) -> ServerSentEvent | None:
        """Read one line; a blank one ends the event."""
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
            self._size += len(value.encode()) + 1
            self._check(0)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None  # a field of another name is ignored

    def _dispatch(self) -> ServerSentEvent | None:
        data, name = self._data, self._event
        self._data, self._size, self._event = [], 0, ""
        if not data:
            return None
        return ServerSentEvent(
            "\n".join(data), name or "message", self._last_id or None, self._retry
        )

    def _check(self, pending: int) -> None:
        if self._max_event_bytes is not None and self._size + pending > self._max_event_bytes:
            raise EventTooLong


class _Events(Generic[EventT]):
    """What a stream makes of its bytes, with no I/O: shared by Stream and AsyncStream."""

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[str], EventT] | None,
        client: BaseClient,
    ) -> None:
        self.response = response
        self._parse = parse  # None: the events are given as they came
        self._client = client
        # An event hook (the CLI's --debug) may have read the body already, decompressed.
        self._inflater = None if response.is_stream_consumed else Inflater(response)
        self._decoder = SSEDecoder(client.max_response_bytes)

    def decode(self, data: bytes) -> Iterator[ServerSentEvent]:
        pieces = [data] if self._inflater is None else self._inflater.pieces(data)
        try:
            for piece in pieces:
                yield from self._decoder.feed(piece)
        except EventTooLong:
            assert self._client.max_response_bytes is not None
            raise EventTooLargeError(self.response, self._client.max_response_bytes) from None

    def parsed(self, event: ServerSentEvent) -> EventT | ServerSentEvent:
        if event.event == "error" or ('"error"' in event.data and _only_error(event.data)):
            raise StreamError(
                self.response, event.event, _json_or_text(event.data), redact=self._client._redact
            )
        if self._parse is None:
            return event
        try:
            return self._parse(event.data)
        except pydantic.ValidationError:
            return event  # not what the API describes: kept as it came

    def broken(self, exc: httpx.HTTPError) -> APIConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(self.response.request)
        detail = self._client._redact(str(exc)) or type(exc).__name__
        return APIConnectionError(
            message=f"The event stream broke off: {detail}", request=self.response.request
        )

    def raw(self) -> Iterator[bytes]:
        if self._inflater is None:
            yield self.response.content
            return
        try:
            yield from self.response.iter_raw()
        except httpx.HTTPError as exc:
            raise self.broken(exc) from exc

    async def araw(self) -> AsyncIterator[bytes]:
        if self._inflater is None:
            yield self.response.content
            return
        try:
            async for data in self.response.aiter_raw():
                yield data
        except httpx.HTTPError as exc:
            raise self.broken(exc) from exc


def _only_error(data: str) -> bool:
    body = _json_or_text(data)
    return is_json_object(body) and list(body) == ["error"]


def _json_or_text(data: str) -> object:
    try:
        body: object = json.loads(data)
    except (ValueError, RecursionError):
        return data
    return body


class Stream(Generic[EventT]):
    """The events of a response, as they arrive: iterate over it once.

    Each is an ``EventT``, or the ``ServerSentEvent`` it came as when it is not one (see the
    module's docstring). Leaving the loop early, ``close()`` or the end of a ``with`` block
    closes the connection.
    """

    def __init__(self, events: _Events[EventT]) -> None:
        self.response = events.response
        self._events = events

    def __iter__(self) -> Iterator[EventT | ServerSentEvent]:
        try:
            for data in self._events.raw():
                for event in self._events.decode(data):
                    if event.data == DONE:
                        return
                    yield self._events.parsed(event)
        finally:
            self.close()

    def close(self) -> None:
        """Close the connection; events not read yet are not."""
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(Generic[EventT]):
    """The async :class:`Stream`: ``async for event in stream``."""

    def __init__(self, events: _Events[EventT]) -> None:
        self.response = events.response
        self._events = events

    async def __aiter__(self) -> AsyncIterator[EventT | ServerSentEvent]:
        try:
            async for data in self._events.araw():
                for event in self._events.decode(data):
                    if event.data == DONE:
                        return
                    yield self._events.parsed(event)
        finally:
            await self.close()

    async def close(self) -> None:
        """Close the connection; events not read yet are not."""
        with anyio.CancelScope(shield=True):  # closed even when the reader is cancelled
            await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
