"""The generated client keeps the API key to itself.

tests/runtime covers TLS verification (sync), and the key in error messages, reprs of the
client and errors, and logs; tests/cli covers the CLI's --debug output and a key the CLI
refuses. Here: the key goes in its own header and nowhere else in the request (not the
URL, not the body), not to another host a redirect points to, and in no repr of the
objects a user holds; TLS is verified by the async client too. A key no HTTP header can
carry is refused when the client is made, and the key is redacted however it is escaped.
"""

from __future__ import annotations

import importlib
import shutil
import ssl
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from llamacloud import (
    APIConnectionError,
    APIStatusError,
    AsyncLlamaCloud,
    BadRequestError,
    LlamaCloud,
    LlamaCloudError,
)

from tests.support.fake_api import (
    API_KEY,
    ODD_KEY,
    SECRET,
    FakeAPI,
    Recorded,
    Reply,
    make_jobs,
    spellings,
)
from tests.support.paths import GOLDEN


@pytest.fixture(scope="module")
def hostile() -> Iterator[ModuleType]:
    """The hostile fixture's SDK: its key goes in an apiKey header, X-Key-Nmzq."""
    src = str(GOLDEN / "hostile" / "src")
    sys.path.insert(0, src)
    try:
        yield importlib.import_module("hostile")
    finally:
        sys.path.remove(src)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def places_of(key: str, request: Recorded) -> list[str]:
    """Every part of a recorded request that holds ``key``."""
    found = [f"header {name}" for name, value in request.headers.items() if key in value]
    if key in request.path:
        found.append("path")
    if any(
        key in name or any(key in value for value in values)
        for name, values in request.query.items()
    ):
        found.append("query")
    if key.encode() in request.body:
        found.append("body")
    return found


def test_the_bearer_key_is_only_in_the_authorization_header() -> None:
    with FakeAPI(jobs=make_jobs(3)) as api, LlamaCloud(api_key=API_KEY, base_url=api.url) as client:
        list(client.classifier.jobs.list(page_size=1))  # three requests, following cursors
    assert len(api.requests) == 3
    for request in api.requests:
        assert places_of(API_KEY, request) == ["header authorization"]
        assert request.headers["authorization"] == f"Bearer {API_KEY}"


def test_an_api_key_header_is_the_only_place_of_its_key(hostile: ModuleType) -> None:
    with FakeAPI() as api:
        api.script(Reply(200, {"name": "w"}))
        with hostile.Hostile(api_key=API_KEY, base_url=api.url, max_retries=0) as client:
            client.widgets.retrieve("w1", class_="c")
    assert places_of(API_KEY, api.requests[0]) == ["header x-key-nmzq"]
    assert "authorization" not in api.requests[0].headers


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_does_not_take_the_key(
    status: int, hostile: ModuleType
) -> None:
    with FakeAPI() as elsewhere, FakeAPI(jobs=make_jobs(1)) as api:
        api.script(Reply(status, None, {"Location": f"{elsewhere.url}/landing"}))
        elsewhere.script(Reply(200, {"items": [], "next_page_token": None}))
        with LlamaCloud(api_key=API_KEY, base_url=api.url, max_retries=0) as client:
            client.classifier.jobs.list()
        api.script(Reply(status, None, {"Location": f"{elsewhere.url}/landing"}))
        elsewhere.script(Reply(200, {"name": "w"}))
        with hostile.Hostile(api_key=API_KEY, base_url=api.url, max_retries=0) as hostile_client:
            hostile_client.widgets.retrieve("w1")
    assert [request.path for request in elsewhere.requests] == ["/landing", "/landing"]
    for request in elsewhere.requests:
        assert places_of(API_KEY, request) == []


@pytest.mark.anyio
async def test_the_async_client_drops_the_key_on_a_redirect_too(hostile: ModuleType) -> None:
    with FakeAPI() as elsewhere, FakeAPI() as api:
        api.script(
            Reply(307, None, {"Location": f"{api.url}/widgets/w2"}),  # same origin: the key stays
            Reply(302, None, {"Location": f"{elsewhere.url}/landing"}),
        )
        elsewhere.script(Reply(200, {"name": "w"}))
        async with hostile.AsyncHostile(api_key=API_KEY, base_url=api.url, max_retries=0) as client:
            assert (await client.widgets.retrieve("w1")).name == "w"
    assert [places_of(API_KEY, request) for request in api.requests] == [["header x-key-nmzq"]] * 2
    assert places_of(API_KEY, elsewhere.requests[0]) == []


@pytest.mark.anyio
@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("status", [302, 307])
async def test_a_redirect_to_another_origin_takes_nothing_the_caller_set(
    hostile: ModuleType, flavour: str, status: int
) -> None:
    """Only headers that describe the request go on: no key, header, credential or cookie.

    The other origin is the same host on another port, which a cookie jar does not tell apart.
    """
    options: dict[str, Any] = {
        "headers": {"X-Proxy-Token": "client-secret"},
        "auth": ("user", "auth-secret"),
        "cookies": {"jar": "jar-secret"},
        "follow_redirects": True,
    }
    with FakeAPI() as elsewhere, FakeAPI() as api:
        redirect = {"Location": f"{elsewhere.url}/landing", "Set-Cookie": "s=cookie-secret; Path=/"}
        api.script(
            Reply(307, None, {"Location": f"{api.url}/widgets/w2"}),  # same origin: all stays
            Reply(status, None, redirect),
        )
        elsewhere.script(Reply(200, {"name": "w"}))
        settings = {"api_key": API_KEY, "base_url": api.url, "max_retries": 0}
        settings["default_headers"] = {"X-Tenant-Secret": "default-secret"}
        extra = {"X-Extra-Token": "extra-secret"}
        if flavour == "sync":
            with (
                httpx.Client(**options) as http,
                hostile.Hostile(**settings, http_client=http) as client,
            ):
                client.widgets.retrieve("w1", extra_headers=extra)
        else:
            async with (
                httpx.AsyncClient(**options) as async_http,
                hostile.AsyncHostile(**settings, http_client=async_http) as async_client,
            ):
                await async_client.widgets.retrieve("w1", extra_headers=extra)
    same_origin = api.requests[1].headers
    assert same_origin["x-key-nmzq"] == API_KEY
    assert same_origin["x-tenant-secret"] == "default-secret"
    assert same_origin["x-extra-token"] == "extra-secret"
    assert same_origin["x-proxy-token"] == "client-secret"
    assert same_origin["authorization"].startswith("Basic ")
    assert same_origin["cookie"] == "jar=jar-secret"
    landed = elsewhere.requests[0]
    assert set(landed.headers) == {"host", "accept", "accept-encoding", "connection", "user-agent"}
    assert landed.headers["user-agent"].startswith("hostile-python/")


def test_redirects_are_still_bounded_and_can_be_turned_off() -> None:
    with FakeAPI() as api:
        api.script(*[Reply(302, None, {"Location": f"{api.url}/again"})] * 30)
        with (
            LlamaCloud(api_key=API_KEY, base_url=api.url, max_retries=0) as client,
            pytest.raises(APIConnectionError, match="Exceeded maximum allowed redirects"),
        ):
            client.classifier.jobs.list()
        assert len(api.requests) == 21  # the first request and httpx's 20 redirects
        api.script(Reply(302, None, {"Location": f"{api.url}/again"}))
        with (
            httpx.Client(follow_redirects=False) as http,
            LlamaCloud(
                api_key=API_KEY, base_url=api.url, max_retries=0, http_client=http
            ) as client,
            pytest.raises(APIStatusError, match="302"),
        ):
            client.classifier.jobs.list()


def test_no_repr_of_what_a_user_holds_shows_the_key(hostile: ModuleType) -> None:
    with FakeAPI(jobs=make_jobs(2)) as api, LlamaCloud(api_key=API_KEY, base_url=api.url) as client:
        page = client.classifier.jobs.list()
        raw = client.classifier.jobs.with_raw_response.list()
        held = [
            client, client.classifier, client.classifier.jobs, client.classifier.jobs.with_raw_response,
            page, page.items[0], raw, raw.parse(), raw.http_response, raw.http_response.request,
            raw.http_response.request.headers, raw.http_response.headers,
        ]  # fmt: skip
        for thing in held:
            assert API_KEY not in repr(thing), type(thing)
            assert API_KEY not in str(thing), type(thing)
    with hostile.Hostile(api_key=API_KEY, base_url="http://127.0.0.1:9") as other:
        for thing in (other, other.widgets, other.abs.nmzq, other.widgets.with_raw_response):
            assert API_KEY not in repr(thing) and API_KEY not in str(thing)


@pytest.fixture
def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def test_the_client_verifies_tls_by_default(self_signed: tuple[Path, Path]) -> None:
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(*self_signed)
    with FakeAPI(tls=server_tls) as api:
        with LlamaCloud(api_key=API_KEY, base_url=api.url, max_retries=0) as client:
            with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
                client.classifier.jobs.list()
        assert api.requests == []


@pytest.mark.anyio
async def test_the_async_client_verifies_tls_by_default(self_signed: tuple[Path, Path]) -> None:
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(*self_signed)
    with FakeAPI(tls=server_tls) as api:
        async with AsyncLlamaCloud(api_key=API_KEY, base_url=api.url, max_retries=0) as client:
            with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
                await client.classifier.jobs.list()
        assert api.requests == []  # nothing, and so no key, was sent to the unverified server


# -- a key no HTTP header can carry ------------------------------------------------------

UNSENDABLE = {
    "a trailing newline": API_KEY + "\n",
    "CRLF": API_KEY + "\r\n",
    "a trailing CR": API_KEY + "\r",
    "NUL": API_KEY[:6] + "\0" + API_KEY[6:],
    "an escape sequence": "\x1b]0;" + API_KEY,
    "a tab": API_KEY + "\t",
    "DEL": API_KEY + "\x7f",
    "a C1 control": API_KEY + "\x85",
    "latin-1": API_KEY + "\xe9",
    "beyond latin-1": API_KEY + "\u20ac",
    "a leading space": " " + API_KEY,
}
ARGUMENT = "The API key from the api_key argument "
ENVIRONMENT = "The API key from the LLAMA_CLOUD_API_KEY environment variable "


def shown(exc: BaseException) -> str:
    """All a user may see of an error: its message, its repr and its traceback, causes too."""
    return f"{exc}\n{exc!r}\n" + "".join(traceback.format_exception(exc))


def failure_of(call: Callable[[], object]) -> BaseException:
    try:
        call()
    except Exception as exc:
        return exc
    raise AssertionError("no error")


def assert_refused(exc: BaseException, source: str, key: str) -> None:
    assert type(exc) is LlamaCloudError, shown(exc)  # not an error of a request
    message = str(exc)
    assert message.startswith(source) and "HTTP header" in message, message
    if key.endswith(("\n", "\r")):
        assert "strip the trailing newline" in message
    assert SECRET not in shown(exc)


@pytest.mark.parametrize("key", UNSENDABLE.values(), ids=UNSENDABLE)
def test_a_key_no_header_can_carry_is_refused_by_the_client(
    key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeAPI() as api:
        # Made, the client would have to send something for the old error to show.
        exc = failure_of(lambda: LlamaCloud(api_key=key, base_url=api.url).classifier.jobs.list())
        assert_refused(exc, ARGUMENT, key)
        if "\0" not in key:  # which no environment variable can hold
            monkeypatch.setenv("LLAMA_CLOUD_API_KEY", key)
            exc = failure_of(lambda: LlamaCloud(base_url=api.url).classifier.jobs.list())
            assert_refused(exc, ENVIRONMENT, key)
    assert api.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("key", UNSENDABLE.values(), ids=UNSENDABLE)
async def test_a_key_no_header_can_carry_is_refused_by_the_async_client(
    key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeAPI() as api:
        attempts: list[tuple[Callable[[], AsyncLlamaCloud], str]] = [
            (lambda: AsyncLlamaCloud(api_key=key, base_url=api.url), ARGUMENT)
        ]
        if "\0" not in key:  # which no environment variable can hold
            monkeypatch.setenv("LLAMA_CLOUD_API_KEY", key)
            attempts.append((lambda: AsyncLlamaCloud(base_url=api.url), ENVIRONMENT))
        for make, source in attempts:
            try:
                await make().classifier.jobs.list()
            except Exception as exc:
                assert_refused(exc, source, key)
            else:
                raise AssertionError("no error")
    assert api.requests == []


def test_a_key_no_header_can_carry_is_refused_for_an_api_key_header(
    hostile: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(hostile.HostileError) as caught:
        hostile.Hostile(api_key=API_KEY + "\n", base_url="http://127.0.0.1:9")
    assert str(caught.value).startswith("The API key from the api_key argument ends with")
    monkeypatch.setenv("HOSTILE_API_KEY", API_KEY + "\r\n")
    with pytest.raises(hostile.HostileError, match="^The API key from the HOSTILE_API_KEY env"):
        hostile.AsyncHostile(base_url="http://127.0.0.1:9")


@pytest.mark.anyio
@pytest.mark.parametrize("spelling", spellings(ODD_KEY))
async def test_the_key_is_redacted_however_it_is_spelt(spelling: str) -> None:
    echo = spellings(ODD_KEY)[spelling]
    with FakeAPI() as api:
        api.script(*[Reply(400, {"detail": f"bad key: {echo}"})] * 2)
        with LlamaCloud(api_key=ODD_KEY, base_url=api.url) as client:
            sync_error = failure_of(client.classifier.jobs.list)
        async with AsyncLlamaCloud(api_key=ODD_KEY, base_url=api.url) as async_client:
            try:
                await async_client.classifier.jobs.list()
            except BadRequestError as exc:
                async_error = exc
    assert [request.headers["authorization"] for request in api.requests] == [
        f"Bearer {ODD_KEY}"
    ] * 2
    for error in (sync_error, async_error):
        assert str(error) == "Error code: 400 - bad key: [redacted]"
        for form in spellings(ODD_KEY).values():
            assert form not in str(error) and form not in repr(error)
