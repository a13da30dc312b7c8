"""Following a redirect without taking the caller's secrets to another origin.

httpx drops ``Authorization`` there, but not an API key in a header of its own, the headers
a caller adds (``default_headers``, ``extra_headers``), nor the cookies its jar holds for the
host (cookies do not tell ports apart), nor an API key in the query of a URL the server
redirects to as it is. To another origin (scheme, host or port), a redirect keeps only the
headers that describe the request and hold nothing of the caller's, and none of the query
parameters the API takes credentials in; the client's own ``auth`` is not applied there
either. Same-origin redirects keep everything.
"""

from __future__ import annotations

import httpx

# What a request to a stranger may still say: what it accepts and is, and who sends it.
SAFE_HEADERS = frozenset(
    {
        "accept",
        "accept-encoding",
        "connection",
        "content-length",
        "content-type",
        "host",
        "transfer-encoding",
        "user-agent",
    }
)


def same_origin(url: httpx.URL, other: httpx.URL) -> bool:
    return (url.scheme, url.host, url.port) == (other.scheme, other.host, other.port)


def redirect_request(
    response: httpx.Response, credential_params: frozenset[str] = frozenset()
) -> tuple[httpx.Request, bool]:
    """The request a redirect asks for, and whether it leads to another origin.

    To another origin it carries only ``SAFE_HEADERS``, and none of ``credential_params``.
    """
    request = response.next_request
    assert request is not None
    elsewhere = not same_origin(request.url, response.request.url)
    if elsewhere:
        for name in [name for name in request.headers if name.lower() not in SAFE_HEADERS]:
            del request.headers[name]
        for name in credential_params & set(request.url.params):
            request.url = request.url.copy_remove_param(name)
    return request, elsewhere
