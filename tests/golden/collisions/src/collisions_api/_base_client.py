"""HTTP plumbing shared by every resource: building requests, retrying, mapping errors, parsing."""

from __future__ import annotations

import email.utils
import json
import logging
import random
import re
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import Enum
from typing import IO, TYPE_CHECKING, Any, Self, TypeVar, cast
from urllib.parse import quote, quote_plus

import anyio
import httpx
import pydantic

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    make_status_error,
)
from ._models import to_jsonable
from ._response import APIResponse
from ._settings import SDKError
from ._types import NOT_GIVEN, FileTypes, NotGiven, Timeout
from ._version import __title__, __version__

if TYPE_CHECKING:
    from ._paging import AsyncPage, SyncPage

T = TypeVar("T")
SyncPageT = TypeVar("SyncPageT", bound="SyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="AsyncPage[Any]")

DEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
MAX_RETRY_AFTER = 60.0  # a longer Retry-After is ignored in favour of our own backoff
USER_AGENT = f"{__title__}-python/{__version__}"

log = logging.getLogger(__package__)

# Set while a `with_raw_response` method runs: the client then hands back the
# response itself, with the parsing deferred to APIResponse.parse().
raw_response_mode: ContextVar[bool] = ContextVar("raw_response_mode", default=False)


@dataclass(frozen=True)
class RequestOptions:
    """Everything one API call needs, before it becomes an HTTP request."""

    method: str
    path: str  # may hold {name} placeholders, filled from path_params
    path_params: Mapping[str, object] = field(default_factory=dict)
    params: Mapping[str, object] = field(default_factory=dict)
    headers: Mapping[str, object] = field(default_factory=dict)
    cookies: Mapping[str, object] = field(default_factory=dict)
    json_body: object = NOT_GIVEN
    form: Mapping[str, object] | None = None
    files: Mapping[str, FileTypes | Sequence[FileTypes] | NotGiven | None] | None = None
    content: bytes | str | IO[bytes] | None = None
    content_type: str | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN

    def with_params(self, **params: object) -> RequestOptions:
        return replace(self, params={**self.params, **params})


def comma_separated(values: Sequence[object] | None) -> str | None:
    """A list query parameter sent as ``a,b,c`` (OpenAPI ``explode: false``)."""
    if values is None:
        return None
    return ",".join(_scalar(value) for value in values)


def _path_segment(name: str, value: object) -> str:
    """``value`` encoded as one path segment; never empty, never ``.`` or ``..``."""
    text = _scalar(value)
    if not text:
        raise ValueError(f"Expected a non-empty value for the path parameter {name!r}")
    if text in (".", ".."):
        return text.replace(".", "%2E")  # otherwise URL normalisation would walk up the path
    return quote(text, safe="")


def delimited(
    value: Sequence[object] | Mapping[str, object] | None,
    separator: str = ",",
    *,
    explode: bool = False,
) -> str | None:
    """A list (``a|b``) or an object (``k,v,k2,v2``; exploded ``k=v,k2=v2``) as one parameter value."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        pairs = to_jsonable(value).items()
        if explode:
            return separator.join(f"{key}={_scalar(item)}" for key, item in pairs)
        return separator.join(_scalar(part) for pair in pairs for part in pair)
    return separator.join(_scalar(item) for item in value)


def json_text(value: object) -> str | None:
    """A parameter whose spec gives it as ``content: application/json``: the value as JSON text."""
    if value is None or isinstance(value, NotGiven):
        return None
    return json.dumps(to_jsonable(value), ensure_ascii=False, separators=(",", ":"))


def deep_object(name: str, value: object) -> dict[str, object]:
    """An object as ``name[key]=value`` parameters, nested as deep as it goes (OpenAPI ``deepObject``).

    Lists inside become ``name[key][0]``, ``name[key][1]``... A value that is not
    an object is sent as ``name`` itself.
    """
    if value is None or isinstance(value, NotGiven):
        return {}
    data = to_jsonable(value)
    if not isinstance(data, (dict, list)):
        return {name: data}
    flat: dict[str, object] = {}

    def walk(prefix: str, item: object) -> None:
        if isinstance(item, dict):
            for key, child in item.items():
                walk(f"{prefix}[{key}]", child)
        elif isinstance(item, list):
            for index, child in enumerate(item):
                walk(f"{prefix}[{index}]", child)
        elif item is not None:
            flat[prefix] = item

    walk(name, data)
    return flat


def exploded_object(value: object) -> dict[str, object]:
    """An object's properties as parameters of their own (OpenAPI ``form`` style, exploded)."""
    if value is None or isinstance(value, NotGiven):
        return {}
    data = to_jsonable(value)
    return dict(data) if isinstance(data, dict) else {}


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return _scalar(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _query_value(value: object) -> str | list[str]:
    if isinstance(value, (list, tuple)):
        return [_scalar(item) for item in value]
    return _scalar(value)


def _present(values: Mapping[str, object]) -> dict[str, object]:
    return {
        key: value for key, value in values.items() if value is not None and value is not NOT_GIVEN
    }


_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    """A cached validator for a response type (building one takes far longer than using it)."""
    adapter = _adapters.get(type_)
    if adapter is None:
        adapter = _adapters[type_] = pydantic.TypeAdapter(type_)
    return adapter


def _retry_after(response: httpx.Response | None) -> float | None:
    """Seconds the server asked us to wait, from ``retry-after-ms`` or ``Retry-After``.

    ``Retry-After`` holds seconds or an HTTP date; a date in the past means now.
    """
    if response is None:
        return None
    milliseconds = response.headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def check_api_key(api_key: str, source: str) -> None:
    """Refuse a key that no HTTP header can carry, saying where it came from but not what it is.

    Sent, such a key would fail every request with an error quoting the header, key and all.
    Whitespace around it is refused, not stripped: it is a mistake to mend where it is made.
    """
    if api_key.endswith(("\n", "\r")):
        problem = "ends with a line break"
        advice = "strip the trailing newline (a key read from a file often keeps one)"
    elif api_key != api_key.strip(" "):
        problem, advice = "starts or ends with a space", "strip the spaces"
    else:
        # httpx sends header values as ASCII, and HTTP takes no control characters.
        found = next(
            ((at, char) for at, char in enumerate(api_key, start=1) if not " " <= char <= "~"), None
        )
        if found is None:
            return
        position, char = found
        kind = "non-ASCII" if char > "\x9f" else "control"  # C0, DEL and C1 are controls
        problem = f"has a {kind} character (U+{ord(char):04X}) at position {position}"
        advice = "check the key"
    raise SDKError(f"The API key from {source} {problem}, which no HTTP header can carry: {advice}")


def secret_pattern(secrets: Iterable[str]) -> re.Pattern[str] | None:
    """What finds ``secrets`` in a text, however it spells them; None when there are none."""
    spellings = {spelling for secret in secrets for spelling in _spellings(secret) if spelling}
    if not spellings:
        return None
    # The longest first, so that no longer spelling is left half-replaced.
    return re.compile(
        "|".join(re.escape(spelling) for spelling in sorted(spellings, key=len, reverse=True))
    )


def _spellings(secret: str) -> Iterator[str]:
    """``secret`` as it may show in a message: as is, or escaped by repr, JSON, a bytes repr or a URL."""
    for text in (secret, secret.strip()):
        yield text
        yield repr(text)[1:-1]
        yield ascii(text)[1:-1]
        yield json.dumps(text)[1:-1]
        yield json.dumps(text, ensure_ascii=False)[1:-1]
        for encoding in ("utf-8", "latin-1"):  # how httpx and h11 show a header value: b'...'
            try:
                yield repr(text.encode(encoding))[2:-1]
            except UnicodeEncodeError:
                pass
        for quoted in (
            quote(text, safe="", errors="replace"),
            quote(text, errors="replace"),  # a path keeps its slashes
            quote_plus(text, errors="replace"),
        ):
            yield quoted
            yield re.sub("%[0-9A-F]{2}", lambda escape: escape[0].lower(), quoted)


def redact(text: str, pattern: re.Pattern[str] | None, mask: str = "[redacted]") -> str:
    """``text`` with each secret ``pattern`` finds replaced by ``mask``."""
    return pattern.sub(lambda _: mask, text) if pattern is not None else text


class BaseClient:
    """What the sync and async clients share; no I/O happens here."""

    # The backoff between retries: initial_retry_delay * 2**n seconds, capped at
    # max_retry_delay, less up to 25% jitter. A subclass may change them.
    initial_retry_delay = 0.5
    max_retry_delay = 8.0

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth_headers: Mapping[str, str],
        secrets: Sequence[str],
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.base_url = httpx.URL(str(base_url).rstrip("/"))
        self.timeout = timeout
        self.max_retries = max_retries
        self._auth_headers = dict(auth_headers)
        # Removed from every error message, in case the server echoes them back.
        self._secret_pattern = secret_pattern(secrets)
        self._default_headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **(default_headers or {}),
        }

    def __repr__(self) -> str:
        # Never show credentials: only where the client talks to.
        return f"<{type(self).__name__} base_url={str(self.base_url)!r}>"

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, options: RequestOptions
    ) -> httpx.Request:
        path = options.path
        for name, value in options.path_params.items():
            path = path.replace("{" + name + "}", _path_segment(name, value))
        headers: dict[str, str] = {**self._default_headers, **self._auth_headers}
        headers.update((key, _scalar(value)) for key, value in _present(options.headers).items())
        cookies = _present(options.cookies)
        if cookies:
            headers["Cookie"] = "; ".join(
                f"{key}={_scalar(value)}" for key, value in cookies.items()
            )
        if options.extra_headers:
            headers.update(options.extra_headers)
        params = {key: _query_value(value) for key, value in _present(options.params).items()}
        if options.extra_query:
            params.update(
                (key, _query_value(value)) for key, value in _present(options.extra_query).items()
            )
        content: Any = options.content
        if options.json_body is not NOT_GIVEN:
            body = options.json_body
            if isinstance(body, Mapping):  # keyword arguments the caller left out are not sent
                body = {key: value for key, value in body.items() if value is not NOT_GIVEN}
            content = json.dumps(to_jsonable(body), ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        elif options.content_type is not None:
            headers["Content-Type"] = options.content_type
        data = {
            key: _form_value(value) for key, value in _present(options.form or {}).items()
        } or None
        files = _files(options.files) if options.files is not None else None
        if files is not None and not files and data:
            # A multipart body without a file: httpx would send the fields urlencoded.
            files = [
                (key, (None, item.encode()))
                for key, value in data.items()
                for item in (value if isinstance(value, list) else [value])
            ]
            data = None
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        return http.build_request(
            options.method.upper(),
            str(self.base_url) + path,
            params=params or None,
            headers=headers,
            content=content,
            data=data,
            files=files,
            timeout=timeout,
        )

    def _should_retry_error(self, exc: httpx.TransportError) -> bool:
        # A request HTTP cannot carry (an illegal header value) fails the same way every time.
        return not isinstance(exc, httpx.LocalProtocolError)

    def _should_retry(self, response: httpx.Response) -> bool:
        # The server may say so explicitly; otherwise retry what is likely transient.
        should_retry: str | None = response.headers.get("x-should-retry")
        if should_retry in ("true", "false"):
            return should_retry == "true"
        status = response.status_code
        return status in (408, 409, 429) or status >= 500

    def _retry_delay(self, retries_taken: int, response: httpx.Response | None) -> float:
        """Exponential backoff with jitter, unless the server said how long to wait."""
        asked = _retry_after(response)
        if asked is not None and 0 <= asked <= MAX_RETRY_AFTER:
            return asked
        delay = min(self.initial_retry_delay * 2.0**retries_taken, self.max_retry_delay)
        return delay * (1 - 0.25 * random.random())

    def _log_retry(
        self, request: httpx.Request, reason: str, delay: float, retries_left: int
    ) -> None:
        log.debug(
            "%s %s failed (%s); retrying in %.2f s (%d retries left)",
            request.method,
            request.url,
            reason,
            delay,
            retries_left,
        )

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        return make_status_error(response, _body(response), redact=self._redact)

    def _connection_error(self, request: httpx.Request, exc: httpx.HTTPError) -> APIConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(request)
        detail = self._redact(str(exc)) or type(exc).__name__
        # A LocalProtocolError is ours: a request HTTP cannot carry, refused before it went out.
        what = (
            "The request could not be sent"
            if isinstance(exc, httpx.LocalProtocolError)
            else "Connection error"
        )
        return APIConnectionError(message=f"{what}: {detail}", request=request)

    def _redact(self, text: str) -> str:
        return redact(text, self._secret_pattern)

    def _redirect(self, response: httpx.Response) -> httpx.Request:
        """The request a redirect asks for, without our credentials if it leads to another origin.

        httpx drops ``Authorization`` there, but not an API key in a header of its own.
        """
        request = response.next_request
        assert request is not None
        if (request.url.scheme, request.url.host, request.url.port) != (
            response.request.url.scheme,
            response.request.url.host,
            response.request.url.port,
        ):
            for name in self._auth_headers:
                request.headers.pop(name, None)
        return request

    def _parse(self, response: httpx.Response, cast_to: type[T]) -> T:
        if cast_to is type(None):
            return None
        if cast_to is bytes:
            return cast(T, response.content)
        if cast_to is str:
            return cast(T, response.text)
        if not response.content:
            # An empty answer (a 204 beside a 200 with a body) is None where the method allows it.
            try:
                return cast(T, _adapter(cast_to).validate_python(None))
            except pydantic.ValidationError:
                raise APIResponseValidationError(
                    response, None, message="The response body is empty"
                ) from None
        # pydantic parses and validates the JSON in one pass, much faster than json.loads first.
        try:
            if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel):
                return cast(T, cast_to.model_validate_json(response.content))
            return cast(T, _adapter(cast_to).validate_json(response.content))
        except pydantic.ValidationError as exc:
            raise self._invalid_body(response, exc) from None

    def _invalid_body(
        self, response: httpx.Response, exc: pydantic.ValidationError
    ) -> APIResponseValidationError:
        first = exc.errors(include_input=False, include_url=False)[0]
        if first["type"] == "json_invalid":
            content_type = response.headers.get("content-type", "no content type")
            return APIResponseValidationError(
                response,
                response.text,
                message=self._redact(
                    f"The response body is not valid JSON ({content_type}): {first['msg']}"
                ),
            )
        where = ".".join(str(part) for part in first["loc"]) or "body"
        return APIResponseValidationError(
            response,
            _body(response),
            message=self._redact(
                f"The response body does not match the API description ({where}: {first['msg']})"
            ),
        )

    def _raw_or(self, response: httpx.Response, parse: Any) -> Any:
        if raw_response_mode.get():
            return APIResponse(response, parse)
        return parse()


def _body(response: httpx.Response) -> object | None:
    try:
        body: object = response.json()
        return body
    except ValueError:
        return response.text or None


def _form_value(value: object) -> str | list[str]:
    if isinstance(value, (list, tuple)):
        return [_scalar(item) for item in value]
    if isinstance(value, (dict, pydantic.BaseModel)):
        return json.dumps(to_jsonable(value))
    return _scalar(value)


def _files(
    files: Mapping[str, FileTypes | Sequence[FileTypes] | NotGiven | None],
) -> list[tuple[str, Any]]:
    result: list[tuple[str, Any]] = []
    for name, value in files.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, list):
            result.extend((name, item) for item in value)
        else:
            result.append((name, value))
    return result


class SyncAPIClient(BaseClient):
    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth_headers: Mapping[str, str],
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        secrets: Sequence[str] = (),
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth_headers=auth_headers,
            secrets=secrets,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout, follow_redirects=True)

    def close(self) -> None:
        """Close the connection pool (not one passed in as ``http_client``)."""
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(self, options: RequestOptions) -> httpx.Response:
        retries_taken = 0
        while True:
            request = self._build_request(self._http, options)
            retries_left = self.max_retries - retries_taken
            try:
                response = self._send_following_redirects(request)
            except httpx.TransportError as exc:  # connection errors and timeouts
                if retries_left > 0 and self._should_retry_error(exc):
                    delay = self._retry_delay(retries_taken, None)
                    self._log_retry(request, type(exc).__name__, delay, retries_left)
                    time.sleep(delay)
                    retries_taken += 1
                    continue
                raise self._connection_error(request, exc) from exc
            except httpx.RequestError as exc:  # e.g. too many redirects: retrying will not help
                raise self._connection_error(request, exc) from exc
            if response.is_success:
                return response
            if retries_left > 0 and self._should_retry(response):
                delay = self._retry_delay(retries_taken, response)
                self._log_retry(request, f"HTTP {response.status_code}", delay, retries_left)
                response.close()
                time.sleep(delay)
                retries_taken += 1
                continue
            raise self._status_error(response)

    def _send_following_redirects(self, request: httpx.Request) -> httpx.Response:
        response = self._http.send(request, follow_redirects=False)
        for _ in range(self._http.max_redirects):
            if not (self._http.follow_redirects and response.next_request is not None):
                return response
            response.close()
            response = self._http.send(self._redirect(response), follow_redirects=False)
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)

    def _request(self, options: RequestOptions, cast_to: type[T]) -> T:
        response = self._send(options)
        result: T = self._raw_or(response, lambda: self._parse(response, cast_to))
        return result

    def _request_page(self, page_cls: type[SyncPageT], options: RequestOptions) -> SyncPageT:
        response = self._send(options)

        def parse() -> SyncPageT:
            page = self._parse(response, page_cls)
            page._set_context(self, options)
            return page

        result: SyncPageT = self._raw_or(response, parse)
        return result


class AsyncAPIClient(BaseClient):
    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth_headers: Mapping[str, str],
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.AsyncClient | None,
        secrets: Sequence[str] = (),
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth_headers=auth_headers,
            secrets=secrets,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout, follow_redirects=True)

    async def close(self) -> None:
        """Close the connection pool (not one passed in as ``http_client``)."""
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _send(self, options: RequestOptions) -> httpx.Response:
        retries_taken = 0
        while True:
            request = self._build_request(self._http, options)
            retries_left = self.max_retries - retries_taken
            try:
                response = await self._send_following_redirects(request)
            except httpx.TransportError as exc:  # connection errors and timeouts
                if retries_left > 0 and self._should_retry_error(exc):
                    delay = self._retry_delay(retries_taken, None)
                    self._log_retry(request, type(exc).__name__, delay, retries_left)
                    await anyio.sleep(delay)
                    retries_taken += 1
                    continue
                raise self._connection_error(request, exc) from exc
            except httpx.RequestError as exc:  # e.g. too many redirects: retrying will not help
                raise self._connection_error(request, exc) from exc
            if response.is_success:
                return response
            if retries_left > 0 and self._should_retry(response):
                delay = self._retry_delay(retries_taken, response)
                self._log_retry(request, f"HTTP {response.status_code}", delay, retries_left)
                await response.aclose()
                await anyio.sleep(delay)
                retries_taken += 1
                continue
            raise self._status_error(response)

    async def _send_following_redirects(self, request: httpx.Request) -> httpx.Response:
        response = await self._http.send(request, follow_redirects=False)
        for _ in range(self._http.max_redirects):
            if not (self._http.follow_redirects and response.next_request is not None):
                return response
            await response.aclose()
            response = await self._http.send(self._redirect(response), follow_redirects=False)
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)

    async def _request(self, options: RequestOptions, cast_to: type[T]) -> T:
        response = await self._send(options)
        result: T = self._raw_or(response, lambda: self._parse(response, cast_to))
        return result

    async def _request_page(
        self, page_cls: type[AsyncPageT], options: RequestOptions
    ) -> AsyncPageT:
        response = await self._send(options)

        def parse() -> AsyncPageT:
            page = self._parse(response, page_cls)
            page._set_context(self, options)
            return page

        result: AsyncPageT = self._raw_or(response, parse)
        return result
