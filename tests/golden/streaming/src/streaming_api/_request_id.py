"""The id a server gives each request, read from the response's headers.

Which headers carry it is the API's own (``_settings.REQUEST_ID_HEADERS``): those its
description declares, then ``x-request-id`` and ``request-id``. Quote it when asking the API's
support about a call.
"""

from __future__ import annotations

from typing import TypeVar

import httpx

from ._settings import REQUEST_ID_HEADERS

T = TypeVar("T")


def request_id_of(headers: httpx.Headers) -> str | None:
    """The request id these response headers carry, if any."""
    for name in REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


def with_request_id(result: T, response: httpx.Response) -> T:
    """``result``, a model parsed from ``response``, told its request id (``_request_id``)."""
    from ._models import BaseModel  # loaded by then, if result is one: no cost

    if isinstance(result, BaseModel):
        result._request_id = request_id_of(response.headers)
    return result
