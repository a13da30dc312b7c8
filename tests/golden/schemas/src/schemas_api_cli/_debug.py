"""``--debug``: every request and response (retries too) logged to stderr, secrets left out.

What the server sent is shown with its control characters escaped, and its body is read
within the bounds the client itself reads it in.
"""

from __future__ import annotations

import sys

from ._errors import redact
from ._settings import KEY_HEADERS
from ._terminal import visible

TYPE_CHECKING = False
if TYPE_CHECKING:
    import httpx

MAX_DEBUG_BODY = 4000  # characters of a body shown
SECRET_HEADERS = frozenset(
    ["authorization", "proxy-authorization", "cookie", "set-cookie", *KEY_HEADERS]
)


def debug_http_client(timeout: float | None, secrets: tuple[str, ...]) -> httpx.Client:
    """An httpx client that logs every request and response to stderr."""
    import httpx

    from . import _sdk as sdk

    def log(text: str) -> None:
        print(visible(redact(text, secrets)), file=sys.stderr, flush=True)

    def headers(prefix: str, values: httpx.Headers) -> str:
        return "".join(
            f"{prefix} {key}: {'<redacted>' if key.lower() in SECRET_HEADERS else value}\n"
            for key, value in values.multi_items()
        )

    def body(content: bytes) -> str:
        if not content:
            return ""
        text = content[:MAX_DEBUG_BODY].decode("utf-8", "replace")
        more = f"\n... ({len(content)} bytes in all)" if len(content) > MAX_DEBUG_BODY else ""
        return text + more + "\n"

    def log_request(request: httpx.Request) -> None:
        try:
            content = request.content
        except httpx.RequestNotRead:
            content = b"(streamed body not shown)"
        log(f"> {request.method} {request.url}\n{headers('>', request.headers)}{body(content)}")

    def log_response(response: httpx.Response) -> None:
        status = f"< {response.status_code} {response.reason_phrase}\n"
        if response.headers.get("content-type", "").startswith("text/event-stream"):
            # Read here, its events would show only once the stream ended.
            log(f"{status}{headers('<', response.headers)}(events, printed as they arrive)\n")
            return
        deadline = sdk.Deadline(response.request)
        sdk.read_body(response, sdk.DEFAULT_MAX_RESPONSE_BYTES, deadline)
        log(f"{status}{headers('<', response.headers)}{body(response.content)}")

    return httpx.Client(
        timeout=timeout if timeout is not None else 60.0,
        follow_redirects=True,
        event_hooks={"request": [log_request], "response": [log_response]},
    )
