"""Raw access to a response: status, headers and body, parsed on demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._request_id import request_id_of

R = TypeVar("R")


class ResponseView(Generic[R]):
    """What every view of a method call's response shows before its body: the HTTP response's
    status, headers, URL and request id. ``parser`` gives what the method would have returned."""

    def __init__(self, http_response: httpx.Response, parser: Callable[[], R]) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def request_id(self) -> str | None:
        """The id the server gave the request, when it sent one (see ``_request_id``)."""
        return request_id_of(self.http_response.headers)


class APIResponse(ResponseView[R]):
    """The HTTP response behind a method call; ``parse()`` gives what the method would have returned."""

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> R:
        """Parse the body into the method's return type (once; later calls reuse the result)."""
        if not self._parsed:
            self._parsed.append(self._parser())
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url}>"
