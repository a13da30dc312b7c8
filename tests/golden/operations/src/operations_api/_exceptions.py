"""Errors raised by the client. All are importable from the package itself.

Their base class is defined in ``_settings``, where it bears the client's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import httpx

from ._request_id import request_id_of
from ._settings import SDKError
from ._types import is_json_array, is_json_object

__all__ = [
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "MissingCredentialsError",
    "CrossOriginNextPageError",
    "PaginationError",
    "RepeatedCursorError",
    "ResponseTooLargeError",
    "EventTooLargeError",
    "StreamError",
    "ValidationIssue",
]

MAX_CURSOR_SHOWN = 32  # characters of a cursor an error message quotes


class MissingCredentialsError(SDKError):
    """A call needs credentials the client was not given: nothing was sent.

    The message names the keyword arguments and environment variables that would do.
    """

    alternatives: tuple[tuple[str, ...], ...]
    """Each way to call it: the client's keyword arguments to give together."""

    def __init__(self, message: str, *, alternatives: tuple[tuple[str, ...], ...]) -> None:
        super().__init__(message)
        self.alternatives = alternatives


class PaginationError(SDKError):
    """A walk over a list's pages stopped: the next page the server named is not one to fetch."""


class RepeatedCursorError(PaginationError):
    """Walking a list, the server gave a next-page cursor (or URL) the walk had already followed.

    Following it would fetch the same pages again, and again: the walk stops instead.
    """

    page: int
    """The page whose next-page cursor repeats; the page the walk started with is 1."""
    first_page: int
    """The page that was fetched with that cursor before."""
    cursor: str

    def __init__(self, cursor: str, *, page: int, first_page: int, kind: str = "cursor") -> None:
        # A cursor can be long and hold anything: show its start, escaped.
        shown = ascii(cursor[:MAX_CURSOR_SHOWN]) + ("..." if len(cursor) > MAX_CURSOR_SHOWN else "")
        super().__init__(
            f"Stopped paging: the next-page {kind} of page {page} ({shown}) is the one page "
            f"{first_page} was fetched with, so the pages would repeat forever"
        )
        self.cursor = cursor
        self.page = page
        self.first_page = first_page


class CrossOriginNextPageError(PaginationError):
    """The server named a next page on another host (or scheme, or port) than the client's.

    The request would carry the API key there: the walk stops instead.
    """

    url: str
    """The next page's URL, as resolved."""

    def __init__(self, url: str, *, base_url: str) -> None:
        there, here = httpx.URL(url), httpx.URL(base_url)
        super().__init__(
            f"Stopped paging: the next page is at {ascii(_origin(there))}, not at the API's "
            f"{ascii(_origin(here))}; the client does not send its credentials elsewhere"
        )
        self.url = url


def _origin(url: httpx.URL) -> str:
    port = f":{url.port}" if url.port is not None else ""
    return f"{url.scheme}://{url.host}{port}"


class APIError(SDKError):
    """A request did not produce a usable response."""

    message: str
    request: httpx.Request
    body: object | None
    """The decoded JSON body of the response, its text if it was not JSON, or None."""

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The server could not be reached, the connection broke, or the request could not be sent.

    The last is a request HTTP cannot carry, such as a header value with a line break;
    it is not retried.
    """

    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(message="Request timed out.", request=request)


class APIResponseValidationError(APIError):
    """The server answered with success, but the body is not what the API describes."""

    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: object | None, *, message: str) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class ResponseTooLargeError(APIError):
    """The response body, decompressed, is larger than the client's ``max_response_bytes``.

    The client stops reading there: the body is not kept, and the request is not retried.
    """

    response: httpx.Response
    status_code: int
    max_bytes: int

    def __init__(
        self, response: httpx.Response, max_bytes: int, *, what: str = "The response body"
    ) -> None:
        super().__init__(
            f"{what} is larger than max_response_bytes ({max_bytes:,} bytes); "
            "raise it on the client if the response is expected to be this large",
            response.request,
            body=None,
        )
        self.response = response
        self.status_code = response.status_code
        self.max_bytes = max_bytes


class EventTooLargeError(ResponseTooLargeError):
    """One event of a stream of server-sent events is larger than ``max_response_bytes``.

    A stream as a whole may be as long as it lasts; an event is held whole before it is
    parsed, so the bound holds for each one. The stream stops there.
    """

    def __init__(self, response: httpx.Response, max_bytes: int) -> None:
        super().__init__(response, max_bytes, what="One event of the stream")


class StreamError(APIError):
    """The server sent an error in the middle of a stream of server-sent events.

    An event named ``error``, or one whose data is an object holding only ``error``: the
    response had started with a success status, so this is how the server can still fail.
    """

    response: httpx.Response
    status_code: int
    event: str
    """The event's name (``error``, or ``message`` when it had none)."""

    def __init__(
        self,
        response: httpx.Response,
        event: str,
        body: object | None,
        *,
        redact: Callable[[str], str] = str,
    ) -> None:
        detail = server_message(body)
        super().__init__(
            redact("The stream reported an error" + (f": {detail}" if detail else "")),
            response.request,
            body=body,
        )
        self.response = response
        self.status_code = response.status_code
        self.event = event


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status."""

    response: httpx.Response
    # Each subclass narrows this to its one status (make_status_error picks the class by it), which
    # pyright reports as an unsound override of a mutable attribute: the narrowing is the point.
    status_code: int
    request_id: str | None
    """The id the server gave the request, when it sent one: quote it to the API's support."""

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id_of(response.headers)


class BadRequestError(APIStatusError):
    status_code: Literal[400] = 400  # pyright: ignore[reportIncompatibleVariableOverride]


class AuthenticationError(APIStatusError):
    status_code: Literal[401] = 401  # pyright: ignore[reportIncompatibleVariableOverride]


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403] = 403  # pyright: ignore[reportIncompatibleVariableOverride]


class NotFoundError(APIStatusError):
    status_code: Literal[404] = 404  # pyright: ignore[reportIncompatibleVariableOverride]


class ConflictError(APIStatusError):
    status_code: Literal[409] = 409  # pyright: ignore[reportIncompatibleVariableOverride]


@dataclass(frozen=True)
class ValidationIssue:
    """One problem the server found with the request."""

    loc: tuple[str | int, ...]
    msg: str
    type: str

    def __str__(self) -> str:
        where = ".".join(str(part) for part in self.loc if part not in ("body", "query", "path"))
        return f"{where}: {self.msg}" if where else self.msg


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422] = 422  # pyright: ignore[reportIncompatibleVariableOverride]
    detail: list[ValidationIssue]
    """Each problem the server reported, when it reported them in the usual ``detail`` list."""

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response=response, body=body)
        self.detail = _validation_issues(body)


class RateLimitError(APIStatusError):
    status_code: Literal[429] = 429  # pyright: ignore[reportIncompatibleVariableOverride]


class InternalServerError(APIStatusError):
    pass


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(
    response: httpx.Response, body: object | None, *, redact: Callable[[str], str] = str
) -> APIStatusError:
    """The error for a 4xx/5xx response; its message is the server's own, when it gave one.

    ``redact`` removes secrets from the message, should the server echo one back.
    """
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    detail = server_message(body)
    message = f"Error code: {status}" + (f" - {detail}" if detail else "")
    return cls(redact(message), response=response, body=body)


def server_message(body: object | None) -> str | None:
    """The human-readable message in an error body, if there is one."""
    if isinstance(body, str):
        return body.strip()[:500] or None
    if not is_json_object(body):
        return None
    for key in ("message", "detail", "error", "error_description", "title"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value
        if is_json_object(value):
            nested = server_message(value)
            if nested:
                return nested
        if key == "detail" and is_json_array(value):
            issues = _validation_issues(body)
            if issues:
                return "; ".join(str(issue) for issue in issues)
    return None


def _validation_issues(body: object | None) -> list[ValidationIssue]:
    detail = body.get("detail") if is_json_object(body) else None
    if not is_json_array(detail):
        return []
    issues: list[ValidationIssue] = []
    for item in detail:
        msg = item.get("msg") if is_json_object(item) else None
        if is_json_object(item) and isinstance(msg, str):
            loc = item.get("loc")
            issues.append(
                ValidationIssue(
                    loc=tuple(part for part in loc if isinstance(part, (str, int)))
                    if is_json_array(loc)
                    else (),
                    msg=msg,
                    type=str(item.get("type", "")),
                )
            )
    return issues
