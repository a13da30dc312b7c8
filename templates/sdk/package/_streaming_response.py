"""``with_streaming_response``: a response whose body is read only when asked, as it arrives.

    with client.files.with_streaming_response.content("file-1") as response:
        response.stream_to_file("report.pdf")

Entering the ``with`` block sends the request, retries it and raises for an error status as
any call does; a successful response's body then stays on the connection until it is read, and
leaving the block closes the connection. Reading the body whole (``read()``, ``text()``,
``json()``, ``parse()``) is bounded by the client's ``max_response_bytes``; iterating it or
writing it to a file holds one piece at a time (at most 64 KiB decompressed, or ``chunk_size``),
so no bound applies. A body is read once: iterated, it cannot be read again, nor the reverse.
"""

from __future__ import annotations

import codecs
import functools
import os
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, ParamSpec, TypeVar, cast

import anyio
import httpx

from ._base_client import streamed_response_class
from ._limits import aiter_decoded, aread_body, iter_decoded, read_body
from ._response import ResponseView

P = ParamSpec("P")
R = TypeVar("R")

__all__ = [
    "AsyncStreamedAPIResponse",
    "AsyncStreamedResponseManager",
    "StreamedAPIResponse",
    "StreamedResponseManager",
]


class _BaseStreamedResponse(ResponseView[R]):
    """What the sync and async streamed responses share: all but reading the body."""

    def __init__(
        self, http_response: httpx.Response, parser: Callable[[], R], max_bytes: int | None
    ) -> None:
        super().__init__(http_response, parser)
        self._max_bytes = max_bytes

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def _content(self) -> bytes | None:
        """The body if it was read whole, None if it is still on the connection."""
        try:
            return self.http_response.content
        except httpx.ResponseNotRead:
            if self.http_response.is_stream_consumed:  # iterated: nothing is left to read
                raise httpx.StreamConsumed() from None
            return None

    def _parse_once(self) -> R:
        if not self._parsed:
            self._parsed.append(self._parser())
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {request.url}>"


class StreamedAPIResponse(_BaseStreamedResponse[R]):
    """The response of a ``with_streaming_response`` call, its body read only when asked."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body, decompressed, as it arrives: in pieces of ``chunk_size`` bytes if given."""
        pieces = _Pieces(chunk_size)
        content = self._content()
        for data in iter_decoded(self.http_response) if content is None else [content]:
            yield from pieces.push(data)
        yield from pieces.flush()

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as text (in the response's charset, else UTF-8), as it arrives."""
        text = _Text(self.http_response)
        for data in self.iter_bytes(chunk_size):
            yield from text.push(data)
        yield from text.flush()

    def iter_lines(self) -> Iterator[str]:
        """The body's lines as they arrive, without their line breaks."""
        lines = _Lines()
        for text in self.iter_text():
            yield from lines.push(text)
        yield from lines.flush()

    def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """Write the body to ``file`` as it arrives: it is never held whole, whatever its size."""
        with open(file, "wb") as out:
            for data in self.iter_bytes(chunk_size):
                out.write(data)

    def read(self) -> bytes:
        """The whole body, decompressed; raises ``ResponseTooLargeError`` past ``max_response_bytes``."""
        content = self._content()
        if content is None:
            read_body(self.http_response, self._max_bytes)
            content = self.http_response.content
        return content

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        self.read()
        return self.http_response.json()

    def parse(self) -> R:
        """Read the body and parse it into what the method returns (once; later calls reuse it)."""
        self.read()
        return self._parse_once()

    def close(self) -> None:
        """Close the connection, leaving what is left of the body unread."""
        self.http_response.close()


class AsyncStreamedAPIResponse(_BaseStreamedResponse[R]):
    """The response of an async ``with_streaming_response`` call, its body read only when asked."""

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body, decompressed, as it arrives: in pieces of ``chunk_size`` bytes if given."""
        pieces = _Pieces(chunk_size)
        content = self._content()
        if content is not None:
            for data in pieces.push(content):
                yield data
        else:
            async for received in aiter_decoded(self.http_response):
                for data in pieces.push(received):
                    yield data
        for data in pieces.flush():
            yield data

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as text (in the response's charset, else UTF-8), as it arrives."""
        text = _Text(self.http_response)
        async for data in self.iter_bytes(chunk_size):
            for piece in text.push(data):
                yield piece
        for piece in text.flush():
            yield piece

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body's lines as they arrive, without their line breaks."""
        lines = _Lines()
        async for text in self.iter_text():
            for line in lines.push(text):
                yield line
        for line in lines.flush():
            yield line

    async def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """Write the body to ``file`` as it arrives: it is never held whole, whatever its size."""
        async with await anyio.open_file(file, "wb") as out:
            async for data in self.iter_bytes(chunk_size):
                await out.write(data)

    async def read(self) -> bytes:
        """The whole body, decompressed; raises ``ResponseTooLargeError`` past ``max_response_bytes``."""
        content = self._content()
        if content is None:
            await aread_body(self.http_response, self._max_bytes)
            content = self.http_response.content
        return content

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        await self.read()
        return self.http_response.json()

    async def parse(self) -> R:
        """Read the body and parse it into what the method returns (once; later calls reuse it)."""
        await self.read()
        return self._parse_once()

    async def close(self) -> None:
        """Close the connection, leaving what is left of the body unread."""
        await self.http_response.aclose()


class StreamedResponseManager(Generic[R]):
    """What a ``with_streaming_response`` method returns: ``with`` it to send the request."""

    def __init__(self, send: Callable[[], StreamedAPIResponse[R]]) -> None:
        self._send = send
        self._response: StreamedAPIResponse[R] | None = None

    def __enter__(self) -> StreamedAPIResponse[R]:
        self._response = self._send()
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedResponseManager(Generic[R]):
    """What an async ``with_streaming_response`` method returns: ``async with`` it to send the request."""

    def __init__(self, send: Callable[[], Awaitable[AsyncStreamedAPIResponse[R]]]) -> None:
        self._send = send
        self._response: AsyncStreamedAPIResponse[R] | None = None

    async def __aenter__(self) -> AsyncStreamedAPIResponse[R]:
        self._response = await self._send()
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        if self._response is not None:
            await self._response.close()


def to_streamed_response_wrapper(
    method: Callable[P, R],
) -> Callable[P, StreamedResponseManager[R]]:
    """Make ``method`` return a context manager giving the response with its body unread."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> StreamedResponseManager[R]:
        def send() -> StreamedAPIResponse[R]:
            token = streamed_response_class.set(StreamedAPIResponse)
            try:
                return cast(StreamedAPIResponse[R], method(*args, **kwargs))
            finally:
                streamed_response_class.reset(token)

        return StreamedResponseManager(send)

    return wrapped


def async_to_streamed_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncStreamedResponseManager[R]]:
    """The async counterpart of :func:`to_streamed_response_wrapper`."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedResponseManager[R]:
        async def send() -> AsyncStreamedAPIResponse[R]:
            token = streamed_response_class.set(AsyncStreamedAPIResponse)
            try:
                return cast(AsyncStreamedAPIResponse[R], await method(*args, **kwargs))
            finally:
                streamed_response_class.reset(token)

        return AsyncStreamedResponseManager(send)

    return wrapped


class _Pieces:
    """Bytes cut again into pieces of ``size`` (the last may be shorter), or passed on as they come."""

    def __init__(self, size: int | None) -> None:
        if size is not None and size < 1:
            raise ValueError("chunk_size must be 1 or more, or None")
        self._size = size
        self._buffer = bytearray()

    def push(self, data: bytes) -> list[bytes]:
        if self._size is None:
            return [data] if data else []
        self._buffer += data
        cut = len(self._buffer) - len(self._buffer) % self._size
        pieces = [bytes(self._buffer[at : at + self._size]) for at in range(0, cut, self._size)]
        del self._buffer[:cut]
        return pieces

    def flush(self) -> list[bytes]:
        rest, self._buffer = bytes(self._buffer), bytearray()
        return [rest] if rest else []


class _Text:
    """Bytes decoded as they come: a character split between two pieces is decoded whole."""

    def __init__(self, response: httpx.Response) -> None:
        decoder = codecs.getincrementaldecoder(response.encoding or "utf-8")
        self._decoder = decoder(errors="replace")

    def push(self, data: bytes, *, final: bool = False) -> list[str]:
        text = self._decoder.decode(data, final)
        return [text] if text else []

    def flush(self) -> list[str]:
        return self.push(b"", final=True)


# Every line break str.splitlines() knows.
_LINE_BREAK = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


class _Lines:
    """Text cut into lines as it comes, without their breaks; ``\\r\\n`` is one break."""

    def __init__(self) -> None:
        self._pending: list[str] = []

    def push(self, text: str) -> list[str]:
        if not _LINE_BREAK.search(text):
            self._pending.append(text)
            return []
        lines = ("".join(self._pending) + text).splitlines(keepends=True)
        last = lines[-1]
        # A last line without a break goes on in the next piece; a "\r" may be half a "\r\n".
        self._pending = (
            [lines.pop()] if last.endswith("\r") or not _LINE_BREAK.match(last[-1]) else []
        )
        return [line.splitlines()[0] for line in lines]

    def flush(self) -> list[str]:
        rest, self._pending = "".join(self._pending), []
        return rest.splitlines()
