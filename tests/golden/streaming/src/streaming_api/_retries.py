"""Which failed requests are tried again, and how long the client waits first.

A request is sent again only if that cannot do twice what it does: its method is idempotent,
the API gives it an idempotency key (the same on every attempt), or the failure shows that
the server never acted on it. A connection that could not be made sent nothing; a 429, a 408
(the request did not arrive in full), a 503 that says when to come back, and a response with
``x-should-retry: true`` are the server's word that it did not act. Anything else (a timeout
or a broken connection once the request was sent, a 500, 502 or 504) may come after the
server did what was asked, so a POST or PATCH is not repeated after it.
"""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
MAX_RETRY_AFTER = 60.0  # a longer Retry-After is ignored in favour of our own backoff

# Failures before the request left: no connection, or no free one in the pool.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def should_retry_error(exc: httpx.TransportError, repeatable: bool) -> bool:
    """Whether to try again after a connection error or a timeout."""
    if isinstance(exc, httpx.LocalProtocolError):
        return False  # a request HTTP cannot carry (an illegal header value) fails every time
    return repeatable or isinstance(exc, _NOT_SENT)


def should_retry_response(response: httpx.Response, repeatable: bool) -> bool:
    """Whether to try again after a 4xx or 5xx response."""
    should_retry: str | None = response.headers.get("x-should-retry")
    if should_retry in ("true", "false"):  # the server says so explicitly
        return should_retry == "true"
    status = response.status_code
    if repeatable:  # what is likely transient
        return status in (408, 409, 429) or status >= 500
    return status in (408, 429) or (status == 503 and retry_after(response) is not None)


def retry_after(response: httpx.Response | None) -> float | None:
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
