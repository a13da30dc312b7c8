"""HTTP plumbing shared by every resource: building requests, retrying, mapping errors, parsing.

Which failures are retried is decided in ``_retries``, how much of a response is read and for
how long in ``_limits``, what a redirect to another origin keeps in ``_redirects``.
"""

from __future__ import annotations

import json
import logging
import random
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from typing import IO, TYPE_CHECKING, Any, Literal, Self, TypeGuard, TypeVar, cast
from urllib.parse import quote

import anyio
import httpx
import pydantic

from ._auth import Credentials, Sent
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    make_status_error,
)
from ._jsonable import to_jsonable
from ._limits import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    Deadline,
    aread_body,
    attempt_seconds,
    deadline_passed,
    read_body,
)
from ._logs import hide, setup_logging
from ._redirects import redirect_request
from ._request_id import request_id_of, with_request_id
from ._response import APIResponse
from ._retries import (
    IDEMPOTENT_METHODS,
    MAX_RETRY_AFTER,
    retry_after,
    should_retry_error,
    should_retry_response,
)
from ._secrets import redact, secret_pattern
from ._types import NOT_GIVEN, FileTypes, NotGiven, Timeout, is_json_array, is_json_object
from ._version import __title__, __version__

if TYPE_CHECKING:
    from ._paging import AsyncPage, SyncPage
    from ._streaming import AsyncStream, Stream
    from ._streaming_response import _BaseStreamedResponse
    from ._tolerant import ValidationProblem

T = TypeVar("T")
E = TypeVar("E")
SyncPageT = TypeVar("SyncPageT", bound="SyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="AsyncPage[Any]")

DEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"{__title__}-python/{__version__}"

log = logging.getLogger(__package__)
# Header values a debug log never shows, whoever set them (the client's own are redacted anyway).
_UNLOGGED_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})

# Set while a `with_raw_response` method runs: the client then hands back the
# response itself, with the parsing deferred to APIResponse.parse().
raw_response_mode: ContextVar[bool] = ContextVar("raw_response_mode", default=False)
# Set while a `with_streaming_response` method sends its request: the client then leaves a
# successful response's body unread and hands back a response of this class.
streamed_response_class: ContextVar[type[_BaseStreamedResponse[Any]] | None] = ContextVar(
    "streamed_response_class", default=None
)


@dataclass(frozen=True)
class RequestOptions:
    """Everything one API call needs, before it becomes an HTTP request."""

    method: str
    path: str  # may hold {name} placeholders, filled from path_params
    path_params: Mapping[str, object] = field(default_factory=dict[str, object])
    params: Mapping[str, object] = field(default_factory=dict[str, object])
    headers: Mapping[str, object] = field(default_factory=dict[str, object])
    cookies: Mapping[str, object] = field(default_factory=dict[str, object])
    json_body: object = NOT_GIVEN
    form: Mapping[str, object] | None = None
    files: Mapping[str, FileTypes | Sequence[FileTypes] | NotGiven | None] | None = None
    content: bytes | str | IO[bytes] | None = None
    content_type: str | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    # Top-level fields merged into a JSON object body, over the method's own.
    extra_body: Mapping[str, object] | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    # The header in which the API takes an idempotency key; the client then sends one, the
    # same on every attempt, and retries the request whatever its method.
    idempotency_header: str | None = None
    # The credentials it needs (see ``_auth``); None: what the API needs unless it says otherwise.
    security: Sequence[Sequence[str]] | None = None
    # The absolute URL of a next page the server named (a Link header, a field of the body):
    # it is fetched as given, in place of the base URL, the path and the query parameters.
    url: str | None = None

    def with_params(self, **params: object) -> RequestOptions:
        return replace(self, params={**self.params, **params})


def comma_separated(values: Sequence[object] | None) -> str | None:
    """A list query parameter sent as ``a,b,c`` (OpenAPI ``explode: false``)."""
    if values is None:
        return None
    return ",".join(_scalar(value) for value in values)


@dataclass(frozen=True)
class PathSegment:
    """A path parameter already in its style, its values percent-encoded: sent as it is."""

    text: str


def path_value(
    value: object,
    style: Literal["simple", "label", "matrix"] = "simple",
    name: str = "",
    *,
    explode: bool = False,
) -> PathSegment:
    """A path parameter in an OpenAPI style, each value percent-encoded but not the separators.

    ``simple``: ``a,b``; ``label``: ``.a,b``, exploded ``.a.b``; ``matrix`` (which names the
    parameter): ``;x=a,b``, exploded ``;x=a;x=b``. An object is ``k,v,k2,v2`` in each, exploded
    ``k=v,k2=v2`` (``.k=v.k2=v2``, ``;k=v;k2=v2``).
    """
    data = to_jsonable(value)
    prefix = {"simple": "", "label": ".", "matrix": ";"}[style]
    separator = prefix if explode and style != "simple" else ","
    if is_json_object(data):
        pairs = [(_encoded(key), _encoded(item)) for key, item in data.items() if item is not None]
        if explode:
            return PathSegment(prefix + separator.join(f"{key}={item}" for key, item in pairs))
        text = ",".join(part for pair in pairs for part in pair)
    elif is_json_array(data):
        if explode and style == "matrix":
            return PathSegment("".join(f";{_encoded(name)}={_encoded(item)}" for item in data))
        text = separator.join(_encoded(item) for item in data)
    else:
        text = _encoded(data)
    if style == "matrix":
        return PathSegment(f";{_encoded(name)}" + (f"={text}" if text else ""))
    return PathSegment(prefix + text)


def _encoded(value: object) -> str:
    return quote(_scalar(value), safe="")


def _path_segment(name: str, value: object) -> str:
    """``value`` encoded as one path segment; never empty, never ``.`` or ``..``."""
    text = value.text if isinstance(value, PathSegment) else _scalar(value)
    if not text:
        raise ValueError(f"Expected a non-empty value for the path parameter {name!r}")
    if text in (".", ".."):
        return text.replace(".", "%2E")  # otherwise URL normalisation would walk up the path
    return text if isinstance(value, PathSegment) else quote(text, safe="")


def delimited(value: object, separator: str = ",", *, explode: bool = False) -> str | None:
    """A list (``a|b``) or an object, a model or a mapping (``k,v,k2,v2``; exploded
    ``k=v,k2=v2``), as one parameter value."""
    if value is None or isinstance(value, NotGiven):
        return None
    # to_jsonable() reads a dict; any other Mapping is copied into one first.
    data = to_jsonable(
        dict(cast("Mapping[object, object]", value)) if isinstance(value, Mapping) else value
    )
    if is_json_object(data):
        pairs = [(key, item) for key, item in data.items() if item is not None]
        if explode:
            return separator.join(f"{key}={_scalar(item)}" for key, item in pairs)
        return separator.join(_scalar(part) for pair in pairs for part in pair)
    if is_json_array(data):
        return separator.join(_scalar(item) for item in data)
    return _scalar(data)


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
    if not (is_json_object(data) or is_json_array(data)):
        return {name: data}
    flat: dict[str, object] = {}

    def walk(prefix: str, item: object) -> None:
        if is_json_object(item):
            for key, child in item.items():
                walk(f"{prefix}[{key}]", child)
        elif is_json_array(item):
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
    return dict(data) if is_json_object(data) else {}


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return _scalar(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _is_many(value: object) -> TypeGuard[list[object] | tuple[object, ...]]:
    """A list or tuple: a parameter sent once per item (isinstance() leaves the items untyped)."""
    return isinstance(value, (list, tuple))


def _query_value(value: object) -> str | list[str]:
    if _is_many(value):
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


class BaseClient:
    """What the sync and async clients share; no I/O happens here."""

    # The backoff between retries: initial_retry_delay * 2**n seconds, capped at
    # max_retry_delay, less up to 25% jitter. A subclass may change them.
    initial_retry_delay = 0.5
    max_retry_delay = 8.0
    # Sent on every attempt with the retries before it (0, 1, 2...), unless the caller sets it;
    # None sends none.
    retry_count_header: str | None = "X-Retry-Count"

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        credentials: Credentials | None = None,
        default_query: Mapping[str, object] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if max_response_bytes is not None and max_response_bytes < 0:
            raise ValueError("max_response_bytes must be 0 or more, or None")
        self.base_url = httpx.URL(str(base_url).rstrip("/"))
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_response_bytes = max_response_bytes
        # False: a response that breaks the API description is read as far as it matches.
        self.strict_response_validation = strict_response_validation
        self._credentials = credentials
        # Removed from every error message, in case the server echoes them back.
        self._secret_pattern = secret_pattern(credentials.secrets if credentials else ())
        setup_logging()
        hide(self._secret_pattern)
        # The caller's own, kept apart for ``copy()`` to merge into.
        self._custom_headers = dict(default_headers or {})
        self._custom_query = dict(default_query or {})
        self._default_headers = {
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": USER_AGENT,
            **self._custom_headers,
        }

    def _credential(self, argument: str) -> str | None:
        """The value of the credential the client takes as ``argument``, if it has one."""
        return self._credentials.value(argument) if self._credentials is not None else None

    def _copied_headers(
        self,
        default_headers: Mapping[str, str] | None,
        set_default_headers: Mapping[str, str] | None,
    ) -> dict[str, str]:
        """A copy's ``default_headers``: these merged over the client's, or set in their place."""
        return _copied(self._custom_headers, default_headers, set_default_headers, "headers")

    def _copied_query(
        self,
        default_query: Mapping[str, object] | None,
        set_default_query: Mapping[str, object] | None,
    ) -> dict[str, object]:
        """A copy's ``default_query``: these merged over the client's, or set in their place."""
        return _copied(self._custom_query, default_query, set_default_query, "query")

    @property
    def _credential_params(self) -> frozenset[str]:
        """The query parameters credentials may be sent in: not to another origin."""
        return self._credentials.query_names if self._credentials is not None else frozenset()

    def __repr__(self) -> str:
        # Never show credentials: only where the client talks to.
        return f"<{type(self).__name__} base_url={str(self.base_url)!r}>"

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        options: RequestOptions,
        idempotency_key: str | None = None,
        retries_taken: int = 0,
    ) -> httpx.Request:
        path = options.path
        for name, value in options.path_params.items():
            path = path.replace("{" + name + "}", _path_segment(name, value))
        # Checked before anything is sent: a call without the credentials it needs fails here.
        sent = (
            self._credentials.sent(options.method, options.path, options.security)
            if self._credentials is not None
            else Sent()
        )
        headers: dict[str, str] = {**self._default_headers, **sent.headers}
        headers.update((key, _scalar(value)) for key, value in _present(options.headers).items())
        cookies = {**sent.cookies, **_present(options.cookies)}
        if cookies:
            # A list is a cookie per value (OpenAPI's form style, exploded).
            headers["Cookie"] = "; ".join(
                f"{key}={_scalar(item)}"
                for key, value in cookies.items()
                for item in (value if _is_many(value) else [value])
            )
        if options.extra_headers:
            headers.update(options.extra_headers)
        if idempotency_key is not None and options.idempotency_header is not None:
            name = options.idempotency_header.lower()
            if not any(key.lower() == name for key in headers):  # unless the caller gave one
                headers[options.idempotency_header] = idempotency_key
        if self.retry_count_header is not None:
            name = self.retry_count_header.lower()
            if not any(key.lower() == name for key in headers):
                headers[self.retry_count_header] = str(retries_taken)
        params: dict[str, str | list[str]] = {
            key: _query_value(value) for key, value in _present(self._custom_query).items()
        }
        params.update(sent.params)  # a query-string credential
        if options.url is None:  # a next page the server named carries its own query
            params.update(
                (key, _query_value(value)) for key, value in _present(options.params).items()
            )
            params.update(
                (key, _query_value(value))
                for key, value in _present(options.extra_query or {}).items()
            )
        content: Any = options.content
        if options.json_body is not NOT_GIVEN:
            body = options.json_body
            if isinstance(body, Mapping):  # keyword arguments the caller left out are not sent
                fields = cast("Mapping[object, object]", body)
                body = {key: value for key, value in fields.items() if value is not NOT_GIVEN}
            content = _json_content(to_jsonable(body), options.extra_body)
            headers["Content-Type"] = "application/json"
        elif options.extra_body:  # an optional body left out: the extra fields are the body
            content = _json_content({}, options.extra_body)
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
            options.url if options.url is not None else str(self.base_url) + path,
            params=params or None,
            headers=headers,
            content=content,
            data=data,
            files=files,
            timeout=timeout,
        )

    def _idempotency_key(self, options: RequestOptions) -> str | None:
        """A new key for one call, sent on each of its attempts, if the API takes one."""
        return None if options.idempotency_header is None else str(uuid.uuid4())

    def _repeatable(self, options: RequestOptions) -> bool:
        """Whether sending the request twice does what sending it once does (see ``_retries``)."""
        method = options.method.upper()
        return method in IDEMPOTENT_METHODS or options.idempotency_header is not None

    def _should_retry_error(self, exc: httpx.TransportError, repeatable: bool) -> bool:
        return should_retry_error(exc, repeatable)

    def _should_retry(self, response: httpx.Response, repeatable: bool) -> bool:
        return should_retry_response(response, repeatable)

    def _retry_delay(self, retries_taken: int, response: httpx.Response | None) -> float:
        """Exponential backoff with jitter, unless the server said how long to wait."""
        asked = retry_after(response)
        if asked is not None and 0 <= asked <= MAX_RETRY_AFTER:
            return asked
        delay = min(self.initial_retry_delay * 2.0**retries_taken, self.max_retry_delay)
        return delay * (1 - 0.25 * random.random())

    def _log_request(self, request: httpx.Request) -> None:
        if not log.isEnabledFor(logging.DEBUG):
            return
        headers = {
            name: "[redacted]" if name.lower() in _UNLOGGED_HEADERS else value
            for name, value in request.headers.items()
        }
        log.debug(
            "Sending %s %s with headers %s",
            request.method,
            self._redact(str(request.url)),
            self._redact(repr(headers)),
        )

    def _log_response(self, response: httpx.Response) -> None:
        if not log.isEnabledFor(logging.DEBUG):
            return
        request_id = request_id_of(response.headers)
        log.debug(
            "%s %s: HTTP %d%s",
            response.request.method,
            self._redact(str(response.request.url)),
            response.status_code,
            f" (request id {request_id})" if request_id else "",
        )

    def _log_retry(
        self, request: httpx.Request, reason: str, delay: float, retries_left: int
    ) -> None:
        log.debug(
            "%s %s failed (%s); retrying in %.2f s (%d retries left)",
            request.method,
            self._redact(str(request.url)),  # an API key may be in the query
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

    def _parse(self, response: httpx.Response, cast_to: type[T]) -> T:
        if cast_to is type(None):
            return cast_to()  # NoneType() is None, and typed as T
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
            # cast_to may be a union or a generic alias such as list[Model], which is no class.
            if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel):  # pyright: ignore[reportUnnecessaryIsInstance]
                return cast(T, cast_to.model_validate_json(response.content))
            return cast(T, _adapter(cast_to).validate_json(response.content))
        except pydantic.ValidationError as exc:
            if self.strict_response_validation or _not_json(exc):
                raise self._invalid_body(response, exc) from None
            return self._tolerant_parse(response, cast_to, exc)

    def _tolerant_parse(
        self, response: httpx.Response, cast_to: type[T], exc: pydantic.ValidationError
    ) -> T:
        """The body as far as it matches ``cast_to``, the rest kept as sent (see ``_tolerant``)."""
        from ._tolerant import tolerant_value

        problems: list[ValidationProblem] = []
        try:
            result = cast(T, tolerant_value(cast_to, json.loads(response.content), problems))
        except RecursionError:  # nested deeper than Python reads: as the strict parse said
            raise self._invalid_body(response, exc) from None
        if problems:
            request = response.request
            log.debug(
                "%s %s: %d value(s) in the response do not match the API description; kept as"
                " sent: %s",
                request.method,
                self._redact(str(request.url)),
                len(problems),
                self._redact("; ".join(str(problem) for problem in problems[:5])),
            )
        return result

    def _invalid_body(
        self, response: httpx.Response, exc: pydantic.ValidationError
    ) -> APIResponseValidationError:
        first = exc.errors(include_input=False, include_url=False)[0]
        if _not_json(exc):
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

    def _leaves_body_unread(self, response: httpx.Response, stream: bool) -> bool:
        """Whether a response's body is left for its reader to read as it arrives: a successful
        stream of events, or any success of a ``with_streaming_response`` method."""
        return response.is_success and (stream or streamed_response_class.get() is not None)

    def _raw_or(self, response: httpx.Response, parse: Any) -> Any:
        def parse_with_request_id() -> Any:
            return with_request_id(parse(), response)

        streamed = streamed_response_class.get()
        if streamed is not None:
            return streamed(response, parse_with_request_id, self.max_response_bytes)
        if raw_response_mode.get():
            return APIResponse(response, parse_with_request_id)
        return parse_with_request_id()


def _not_json(exc: pydantic.ValidationError) -> bool:
    """Whether the body failed as JSON, not as the data the API describes."""
    return exc.errors(include_input=False, include_url=False)[0]["type"] == "json_invalid"


def _event_parser(cast_to: type[T]) -> Callable[[str], T] | None:
    """How a stream parses each event's data; None gives the events as they came."""
    from ._streaming import ServerSentEvent

    if cast_to is ServerSentEvent:
        return None
    parse: Callable[[str], T] = _adapter(cast_to).validate_json
    return parse


def _body(response: httpx.Response) -> object | None:
    """The response's JSON, else its text (a body nested too deep for json is not JSON to us)."""
    try:
        body: object = response.json()
        return body
    except (ValueError, RecursionError):
        return response.text or None


def _json_content(body: object, extra_body: Mapping[str, object] | None) -> bytes:
    """The JSON body, with ``extra_body``'s fields set over its own."""
    if extra_body:
        if not is_json_object(body):
            raise TypeError(f"extra_body needs a JSON object body, not {type(body).__name__}")
        body = {**body, **cast("dict[str, object]", to_jsonable(dict(extra_body)))}
    return json.dumps(body, ensure_ascii=False).encode()


_V = TypeVar("_V")


def _copied(
    current: Mapping[str, _V],
    merged: Mapping[str, _V] | None,
    replacing: Mapping[str, _V] | None,
    what: str,
) -> dict[str, _V]:
    if merged is not None and replacing is not None:
        raise ValueError(f"Give default_{what} or set_default_{what}, not both")
    if replacing is not None:
        return dict(replacing)
    return {**current, **(merged or {})}


def _form_value(value: object) -> str | list[str]:
    if _is_many(value):
        return [_scalar(item) for item in value]
    if is_json_object(value) or isinstance(value, pydantic.BaseModel):
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
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        credentials: Credentials | None = None,
        default_query: Mapping[str, object] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            max_response_bytes=max_response_bytes,
            credentials=credentials,
            default_query=default_query,
            strict_response_validation=strict_response_validation,
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

    def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        idempotency_key = self._idempotency_key(options)
        repeatable = self._repeatable(options)
        retries_taken = 0
        while True:
            request = self._build_request(self._http, options, idempotency_key, retries_taken)
            retries_left = self.max_retries - retries_taken
            self._log_request(request)
            try:
                response = self._attempt(request, stream=stream)
            except httpx.TransportError as exc:  # connection errors and timeouts
                if retries_left > 0 and self._should_retry_error(exc, repeatable):
                    delay = self._retry_delay(retries_taken, None)
                    self._log_retry(request, type(exc).__name__, delay, retries_left)
                    time.sleep(delay)
                    retries_taken += 1
                    continue
                raise self._connection_error(request, exc) from exc
            except httpx.RequestError as exc:  # e.g. too many redirects: retrying will not help
                raise self._connection_error(request, exc) from exc
            self._log_response(response)
            if response.is_success:
                return response
            if retries_left > 0 and self._should_retry(response, repeatable):
                delay = self._retry_delay(retries_taken, response)
                self._log_retry(request, f"HTTP {response.status_code}", delay, retries_left)
                time.sleep(delay)
                retries_taken += 1
                continue
            raise self._status_error(response)

    def _attempt(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """One try: the request, its redirects and the whole body, within the deadline.

        A successful ``stream`` is left unread: its events are read as they arrive.
        """
        deadline = Deadline(request)
        response = self._send_following_redirects(request, deadline)
        if not self._leaves_body_unread(response, stream):
            read_body(response, self.max_response_bytes, deadline)
        return response

    def _send_following_redirects(
        self, request: httpx.Request, deadline: Deadline
    ) -> httpx.Response:
        response = self._http.send(request, follow_redirects=False, stream=True)
        for _ in range(self._http.max_redirects):
            if not (self._http.follow_redirects and response.next_request is not None):
                return response
            response.close()
            deadline.check()
            redirect, elsewhere = redirect_request(response, self._credential_params)
            auth = None if elsewhere else httpx.USE_CLIENT_DEFAULT  # the client's own auth too
            response = self._http.send(redirect, auth=auth, follow_redirects=False, stream=True)
        response.close()
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)

    def _request(self, options: RequestOptions, cast_to: type[T]) -> T:
        response = self._send(options)
        result: T = self._raw_or(response, lambda: self._parse(response, cast_to))
        return result

    def _request_stream(self, options: RequestOptions, cast_to: type[E]) -> Stream[E]:
        """Server-sent events, each parsed as ``cast_to`` (``ServerSentEvent``: as they came)."""
        from ._streaming import Stream, _Events

        response = self._send(options, stream=True)
        result: Stream[E] = self._raw_or(
            response, lambda: Stream(_Events(response, _event_parser(cast_to), self))
        )
        return result

    def _request_or_stream(
        self, options: RequestOptions, cast_to: type[T], *, stream: bool, events: type[E]
    ) -> T | Stream[E]:
        """An operation whose ``stream`` flag asks for its answer as server-sent events."""
        if stream:
            accept = {**options.headers, "Accept": "text/event-stream"}
            return self._request_stream(replace(options, headers=accept), events)
        return self._request(options, cast_to)

    def _request_page(self, page_cls: type[SyncPageT], options: RequestOptions) -> SyncPageT:
        response = self._send(options)

        def parse() -> SyncPageT:
            page = self._parse(response, page_cls)
            page._set_context(self, options, response)
            return page

        result: SyncPageT = self._raw_or(response, parse)
        return result


class AsyncAPIClient(BaseClient):
    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.AsyncClient | None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        credentials: Credentials | None = None,
        default_query: Mapping[str, object] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            max_response_bytes=max_response_bytes,
            credentials=credentials,
            default_query=default_query,
            strict_response_validation=strict_response_validation,
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

    async def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        idempotency_key = self._idempotency_key(options)
        repeatable = self._repeatable(options)
        retries_taken = 0
        while True:
            request = self._build_request(self._http, options, idempotency_key, retries_taken)
            retries_left = self.max_retries - retries_taken
            self._log_request(request)
            try:
                response = await self._attempt(request, stream=stream)
            except httpx.TransportError as exc:  # connection errors and timeouts
                if retries_left > 0 and self._should_retry_error(exc, repeatable):
                    delay = self._retry_delay(retries_taken, None)
                    self._log_retry(request, type(exc).__name__, delay, retries_left)
                    await anyio.sleep(delay)
                    retries_taken += 1
                    continue
                raise self._connection_error(request, exc) from exc
            except httpx.RequestError as exc:  # e.g. too many redirects: retrying will not help
                raise self._connection_error(request, exc) from exc
            self._log_response(response)
            if response.is_success:
                return response
            if retries_left > 0 and self._should_retry(response, repeatable):
                delay = self._retry_delay(retries_taken, response)
                self._log_retry(request, f"HTTP {response.status_code}", delay, retries_left)
                await anyio.sleep(delay)
                retries_taken += 1
                continue
            raise self._status_error(response)

    async def _attempt(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """One try: the request, its redirects and the whole body, cancelled at the deadline.

        A successful ``stream`` is left unread: its events are read as they arrive.
        """
        seconds = attempt_seconds(request)
        try:
            with anyio.fail_after(seconds):
                response = await self._send_following_redirects(request)
                if not self._leaves_body_unread(response, stream):
                    await aread_body(response, self.max_response_bytes)
        except TimeoutError:
            if seconds is None:  # not the deadline's
                raise
            raise deadline_passed(request, seconds) from None
        return response

    async def _send_following_redirects(self, request: httpx.Request) -> httpx.Response:
        response = await self._http.send(request, follow_redirects=False, stream=True)
        for _ in range(self._http.max_redirects):
            if not (self._http.follow_redirects and response.next_request is not None):
                return response
            await response.aclose()
            redirect, elsewhere = redirect_request(response, self._credential_params)
            auth = None if elsewhere else httpx.USE_CLIENT_DEFAULT  # the client's own auth too
            response = await self._http.send(
                redirect, auth=auth, follow_redirects=False, stream=True
            )
        await response.aclose()
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)

    async def _request(self, options: RequestOptions, cast_to: type[T]) -> T:
        response = await self._send(options)
        result: T = self._raw_or(response, lambda: self._parse(response, cast_to))
        return result

    async def _request_stream(self, options: RequestOptions, cast_to: type[E]) -> AsyncStream[E]:
        """Server-sent events, each parsed as ``cast_to`` (``ServerSentEvent``: as they came)."""
        from ._streaming import AsyncStream, _Events

        response = await self._send(options, stream=True)
        result: AsyncStream[E] = self._raw_or(
            response, lambda: AsyncStream(_Events(response, _event_parser(cast_to), self))
        )
        return result

    async def _request_or_stream(
        self, options: RequestOptions, cast_to: type[T], *, stream: bool, events: type[E]
    ) -> T | AsyncStream[E]:
        """An operation whose ``stream`` flag asks for its answer as server-sent events."""
        if stream:
            accept = {**options.headers, "Accept": "text/event-stream"}
            return await self._request_stream(replace(options, headers=accept), events)
        return await self._request(options, cast_to)

    async def _request_page(
        self, page_cls: type[AsyncPageT], options: RequestOptions
    ) -> AsyncPageT:
        response = await self._send(options)

        def parse() -> AsyncPageT:
            page = self._parse(response, page_cls)
            page._set_context(self, options, response)
            return page

        result: AsyncPageT = self._raw_or(response, parse)
        return result
