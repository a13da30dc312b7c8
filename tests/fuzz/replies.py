"""Server replies to the generated client: whatever a server sends, a call returns a page or
raises one of the SDK's own errors, soon; never another exception."""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import time
import zlib
from typing import Any

from hypothesis import strategies as st
from llamacloud import AsyncLlamaCloud, LlamaCloud, LlamaCloudError

from tests.support.fake_api import API_KEY, FakeAPI, Reply, make_job

DEADLINE = 10.0  # seconds a call may take, whatever the reply

JSON = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=20),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=5), st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=30,
)
FIELD_VALUES = st.one_of(
    JSON, st.sampled_from(["", "not-a-uuid", "2024-13-45T99:00", "\x00", "\u202e"])
)


@st.composite
def page_like(draw: st.DrawFn) -> Any:
    """A page of jobs with some fields broken, missing or of another type."""
    jobs = []
    for index in range(draw(st.integers(0, 3))):
        job: dict[str, Any] = make_job(index)
        for key in draw(st.lists(st.sampled_from(sorted(job)), max_size=3, unique=True)):
            if draw(st.booleans()):
                del job[key]
            else:
                job[key] = draw(FIELD_VALUES)
        jobs.append(job)
    page: dict[str, Any] = {"items": jobs}
    if draw(st.booleans()):
        page["next_page_token"] = draw(st.one_of(st.none(), st.text(max_size=10), JSON))
    if draw(st.booleans()):
        page["items"] = draw(JSON)
    return page


def _deep(depth: int, opener: str) -> bytes:
    closer = {"[": "]", "{": "}"}[opener]
    inner = '{"a":' if opener == "{" else "["
    return (inner * depth + "1" + closer * depth).encode()


BODIES = st.one_of(
    page_like().map(lambda page: json.dumps(page).encode()),
    JSON.map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=200),
    st.text(max_size=100).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.builds(_deep, st.integers(1, 200_000), st.sampled_from(["[", "{"])),
    page_like().map(lambda page: json.dumps(page).encode()[:-3]),  # cut short
)
CONTENT_TYPES = st.sampled_from(
    ["application/json", "application/json; charset=latin-1", "text/plain", "text/html",
     "application/problem+json", "", "garbage", "application/octet-stream"]
)  # fmt: skip
STATUSES = st.sampled_from(
    [
        200,
        201,
        202,
        204,
        206,
        299,
        301,
        304,
        400,
        401,
        403,
        404,
        409,
        418,
        422,
        429,
        500,
        502,
        503,
        504,
        599,
    ]
)
HEADER_VALUES = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40)


@st.composite
def replies(draw: st.DrawFn) -> dict[str, Any]:
    """A reply as JSON: status, headers, and the body's bytes in base64."""
    body = draw(BODIES)
    headers: dict[str, str] = {"Content-Type": draw(CONTENT_TYPES)}
    encoding = draw(st.sampled_from([None, None, "gzip", "deflate", "gzip-lie", "br"]))
    if encoding == "gzip":
        body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
    elif encoding == "deflate":
        body, headers["Content-Encoding"] = zlib.compress(body), "deflate"
    elif encoding in ("gzip-lie", "br"):
        headers["Content-Encoding"] = "gzip" if encoding == "gzip-lie" else "br"
    for name in draw(
        st.lists(
            st.sampled_from(
                ["Retry-After", "X-Request-Id", "X-Should-Retry", "Retry-After-Ms", "Location"]
            ),
            max_size=3,
            unique=True,
        )
    ):
        headers[name] = draw(HEADER_VALUES)
    return {"status": draw(STATUSES), "headers": headers, "body": base64.b64encode(body).decode()}


def check_reply(reply: dict[str, Any], api: FakeAPI) -> None:
    """The property, sync and async: one call against this reply ends in a page or an SDK error."""
    body = base64.b64decode(reply["body"])
    scripted = Reply(reply["status"], body, dict(reply["headers"]))
    for flavour in ("sync", "async"):
        api.script(scripted)
        started = time.monotonic()
        try:
            if flavour == "sync":
                with LlamaCloud(
                    api_key=API_KEY, base_url=api.url, max_retries=0, timeout=5
                ) as client:
                    page = client.classifier.jobs.list()
                    _touch(page)
            else:
                asyncio.run(_async_call(api.url))
        except LlamaCloudError as exc:
            message = str(exc)
            assert isinstance(message, str) and message, f"{type(exc).__name__} with no message"
            repr(exc)
        finally:
            api.forget_script()  # a reply the client never asked for is not the next one's
        elapsed = time.monotonic() - started
        assert elapsed < DEADLINE, f"{flavour} call took {elapsed:.1f} s"


async def _async_call(url: str) -> None:
    async with AsyncLlamaCloud(api_key=API_KEY, base_url=url, max_retries=0, timeout=5) as client:
        page = await client.classifier.jobs.list()
        _touch(page)


def _touch(page: Any) -> None:
    """Read what a user reads first: the items, their fields, and the page as a dict."""
    for item in page.items:
        item.to_dict()
        str(item)
    page.has_next_page()
