"""Authentication: each operation sends what its security requirement asks for, over real HTTP.

Two fixture SDKs: tests/golden/auth (every kind of scheme the client supports, and one it
does not, each operation asking for something else) and tests/golden/basic_auth (HTTP Basic
for every operation, as Twilio's API has it). Requests go to our recording server
(tests/support/fake_api.py); the CLIs run as subprocesses.
"""

from __future__ import annotations

import base64
import importlib
import inspect
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import load_config
from generator.errors import Diagnostics
from generator.pipeline import generate_files
from tests.support.fake_api import FakeAPI, Recorded, Reply
from tests.support.paths import FIXTURES, GOLDEN

WIDGET = {"id": "w-1", "name": "sprocket"}
OK = {"status": "ok"}
ALL = {
    "bearer": "bearer-secret-1",
    "basic_username": "alice",
    "basic_password": "basic-secret-2",
    "api_key_header": "header-secret-3",
    "api_key_query": "query-secret-4",
    "session_cookie": "cookie-secret-5",
    "oauth": "oauth-secret-6",
}
ENV = {
    "bearer": "AUTH_API_BEARER",
    "basic_username": "AUTH_API_BASIC_USERNAME",
    "basic_password": "AUTH_API_BASIC_PASSWORD",
    "api_key_header": "AUTH_API_API_KEY_HEADER",
    "api_key_query": "AUTH_API_API_KEY_QUERY",
    "session_cookie": "AUTH_API_SESSION_COOKIE",
    "oauth": "AUTH_API_OAUTH",
}


def _import(case: str, package: str) -> ModuleType:
    source = str(GOLDEN / case / "src")
    if source not in sys.path:
        sys.path.insert(0, source)
    return importlib.import_module(package)


@pytest.fixture(scope="module")
def auth() -> ModuleType:
    return _import("auth", "auth_api")


@pytest.fixture(scope="module")
def twilio() -> ModuleType:
    return _import("basic_auth", "twilio_style")


@pytest.fixture(autouse=True)
def no_credentials_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [*ENV.values(), "TWILIO_STYLE_USERNAME", "TWILIO_STYLE_PASSWORD"]:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[FakeAPI]:
    with FakeAPI() as api:
        yield api


def sent(request: Recorded) -> dict[str, Any]:
    """The credentials a recorded request carries, wherever they are."""
    found: dict[str, Any] = {
        name: request.headers[name]
        for name in ("authorization", "x-api-key", "cookie")
        if name in request.headers
    }
    if "api_key" in request.query:
        found["api_key"] = request.query["api_key"]
    return found


def basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


# -- what each operation sends -------------------------------------------------------


def test_each_operation_sends_what_its_requirement_asks_for(
    auth: ModuleType, server: FakeAPI
) -> None:
    server.script(
        Reply(200, [WIDGET]),
        Reply(201, WIDGET),
        Reply(200, WIDGET),
        Reply(200, OK),
        Reply(200, OK),
        Reply(200, OK),
        Reply(200, OK),
    )
    with auth.AuthAPI(base_url=server.url, max_retries=0, **ALL) as client:
        client.widgets.list()  # the spec's own requirement
        client.widgets.create(name="w", username="bob")  # two API keys together
        client.widgets.retrieve("w-1")  # the first of two alternatives the client has
        client.health.retrieve()  # security: []
        client.feed.retrieve()  # optional: sent when the client has it
        client.reports.retrieve()  # OAuth 2
        client.legacy.retrieve()  # HTTP Digest: left to the http_client
    assert [sent(request) for request in server.requests] == [
        {"authorization": "Bearer bearer-secret-1"},
        {"x-api-key": "header-secret-3", "api_key": ["query-secret-4"]},
        {"x-api-key": "header-secret-3"},
        {},
        {"cookie": "session=cookie-secret-5"},
        {"authorization": "Bearer oauth-secret-6"},
        {},
    ]
    assert server.requests[1].query["username"] == ["bob"]  # the parameter, not the credential


def test_the_next_alternative_when_the_first_is_missing(auth: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(200, WIDGET), Reply(200, OK))
    credentials = {"basic_username": "alice", "basic_password": "pässword:1"}
    with auth.AuthAPI(base_url=server.url, max_retries=0, **credentials) as client:
        client.widgets.retrieve("w-1")
        client.feed.retrieve()  # optional, and the client has no session cookie: nothing
    assert [sent(request) for request in server.requests] == [
        {"authorization": basic("alice", "pässword:1")},
        {},
    ]


def test_a_call_without_its_credentials_fails_before_anything_is_sent(
    auth: ModuleType, server: FakeAPI
) -> None:
    server.script(Reply(200, OK))
    with auth.AuthAPI(base_url=server.url, max_retries=0, bearer="b") as client:
        with pytest.raises(auth.MissingCredentialsError) as caught:
            client.widgets.retrieve("w-1")
        assert str(caught.value) == (
            "GET /widgets/{widget_id} needs credentials the client was not given: "
            "pass api_key_header=... or set the AUTH_API_API_KEY_HEADER environment variable; "
            "or pass basic_username=... and basic_password=... or set the "
            "AUTH_API_BASIC_USERNAME and AUTH_API_BASIC_PASSWORD environment variables"
        )
        assert caught.value.alternatives == (
            ("api_key_header",),
            ("basic_username", "basic_password"),
        )
        with pytest.raises(auth.MissingCredentialsError, match="pass api_key_header=... and api_"):
            client.widgets.create(name="w")
        assert isinstance(caught.value, auth.AuthAPIError)
        assert server.requests == []
        assert client.health.retrieve().status == "ok"  # needs nothing
    assert [sent(request) for request in server.requests] == [{}]


@pytest.mark.anyio
async def test_the_async_client_alike(auth: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(200, OK))
    async with auth.AsyncAuthAPI(base_url=server.url, max_retries=0, oauth="o") as client:
        with pytest.raises(auth.MissingCredentialsError):
            await client.widgets.list()
        await client.reports.retrieve()
    assert [sent(request) for request in server.requests] == [{"authorization": "Bearer o"}]


def test_credentials_come_from_the_environment(
    auth: ModuleType, server: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    for argument, variable in ENV.items():
        monkeypatch.setenv(variable, ALL[argument])
    server.script(Reply(201, WIDGET))
    with auth.AuthAPI(base_url=server.url, max_retries=0) as client:
        client.widgets.create(name="w")
    assert sent(server.requests[0]) == {
        "x-api-key": "header-secret-3",
        "api_key": ["query-secret-4"],
    }


def test_half_a_username_and_password_is_refused(auth: ModuleType) -> None:
    with pytest.raises(auth.MissingCredentialsError) as caught:
        auth.AuthAPI(basic_username="alice")
    assert str(caught.value) == (
        "No basic password too: pass basic_password=... or set the "
        "AUTH_API_BASIC_PASSWORD environment variable."
    )


def test_a_credential_its_place_cannot_carry_is_refused(auth: ModuleType) -> None:
    with pytest.raises(auth.AuthAPIError) as caught:
        auth.AuthAPI(session_cookie="a;b")
    assert str(caught.value) == (
        "The session cookie from the session_cookie argument has a space, quote, comma, "
        "semicolon or backslash, which a cookie cannot carry"
    )
    with pytest.raises(auth.AuthAPIError, match="has a colon, which HTTP Basic cannot carry"):
        auth.AuthAPI(basic_username="a:b", basic_password="p")
    with pytest.raises(
        auth.AuthAPIError, match="The oauth from the oauth argument ends with a line"
    ):
        auth.AuthAPI(oauth="token\n")


def test_constructor_arguments_are_named_after_the_schemes(
    auth: ModuleType, twilio: ModuleType
) -> None:
    for client_class in (auth.AuthAPI, auth.AsyncAuthAPI):
        parameters = inspect.signature(client_class).parameters
        assert [name for name in parameters if name in ALL] == list(ALL)
        assert {str(parameters[name].annotation) for name in ALL} == {"str | None"}
    parameters = inspect.signature(twilio.TwilioStyle).parameters
    assert list(parameters)[:3] == ["username", "password", "base_url"]


def test_each_credential_is_readable_by_its_argument_and_never_shown(
    auth: ModuleType, twilio: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV["oauth"], ALL["oauth"])
    given = {name: value for name, value in ALL.items() if name != "oauth"}
    for client_class in (auth.AuthAPI, auth.AsyncAuthAPI):
        client = client_class(base_url="http://127.0.0.1:9", **given)
        assert {name: getattr(client, name) for name in ALL} == ALL  # oauth from the environment
        assert not any(value in repr(client) for value in ALL.values())
        copied = client.with_options(bearer="bearer-other")
        assert (copied.bearer, copied.api_key_query, client.bearer) == (
            "bearer-other",
            "query-secret-4",
            "bearer-secret-1",
        )
    client = auth.AuthAPI(base_url="http://127.0.0.1:9")
    assert client.bearer is None and client.oauth == ALL["oauth"]
    client = twilio.TwilioStyle(username="ACsid", password="token", base_url="http://127.0.0.1:9")
    assert (client.username, client.password) == ("ACsid", "token")
    assert "token" not in repr(client.copy(timeout=1.0))


def test_extra_body_is_merged_into_the_json_body(auth: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(201, WIDGET), Reply(201, WIDGET))
    with auth.AuthAPI(
        base_url=server.url, max_retries=0, api_key_header="h", api_key_query="q"
    ) as client:
        client.widgets.create(name="w", extra_body={"color": "red", "size": {"x": 1}})
        client.widgets.create(name="w", extra_body={"name": "over"})  # over the method's own
    assert [json.loads(request.body) for request in server.requests] == [
        {"name": "w", "color": "red", "size": {"x": 1}},
        {"name": "over"},
    ]
    assert "extra_body" not in inspect.signature(auth.AuthAPI(oauth="o").health.retrieve).parameters


@pytest.mark.anyio
async def test_the_async_extra_body_alike(auth: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(201, WIDGET))
    async with auth.AsyncAuthAPI(
        base_url=server.url, max_retries=0, api_key_header="h", api_key_query="q"
    ) as client:
        await client.widgets.create(name="w", extra_body={"color": "red"})
    assert json.loads(server.requests[0].body) == {"name": "w", "color": "red"}


# -- HTTP Basic for every operation (Twilio's way) ---------------------------------------------


def test_basic_auth_for_every_operation(twilio: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(200, {"messages": [], "page": 0}), Reply(201, {"sid": "SM1"}))
    with twilio.TwilioStyle(
        username="ACsid", password="token", base_url=server.url, max_retries=0
    ) as client:
        client.accounts.messages.list("ACsid", username="bob")
        client.accounts.messages.create("ACsid", to="+1555", body="hi")
    assert [request.headers["authorization"] for request in server.requests] == [
        basic("ACsid", "token")
    ] * 2
    assert server.requests[0].query["username"] == ["bob"]


def test_basic_auth_is_required_when_the_client_is_made(
    twilio: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(twilio.MissingCredentialsError) as caught:
        twilio.TwilioStyle()
    assert str(caught.value) == (
        "No username and password: pass username=... and password=... or set the "
        "TWILIO_STYLE_USERNAME and TWILIO_STYLE_PASSWORD environment variables."
    )
    monkeypatch.setenv("TWILIO_STYLE_USERNAME", "ACsid")
    monkeypatch.setenv("TWILIO_STYLE_PASSWORD", "token")
    assert repr(twilio.TwilioStyle()) == (
        "<TwilioStyle base_url='https://api.twilio-style.example.com'>"
    )


def test_a_password_the_server_echoes_is_redacted(twilio: ModuleType, server: FakeAPI) -> None:
    token = "s3cret-auth-token"
    echoed = {"message": f"bad token {token} for {basic('ACsid', token)}"}
    server.script(Reply(401, echoed))
    with (
        twilio.TwilioStyle(username="ACsid", password=token, base_url=server.url) as client,
        pytest.raises(twilio.AuthenticationError) as caught,
    ):
        client.accounts.retrieve("ACsid")
    assert token not in str(caught.value)
    assert basic("ACsid", token).split()[1] not in str(caught.value)


# -- redirects ---------------------------------------------------------------------------


def test_a_redirect_to_another_origin_takes_no_credentials(auth: ModuleType) -> None:
    with FakeAPI() as elsewhere, FakeAPI() as api:
        landing = f"{elsewhere.url}/landing?api_key=query-secret-4&page=2"
        api.script(Reply(302, None, {"Location": landing}), Reply(302, None, {"Location": landing}))
        elsewhere.script(Reply(201, WIDGET), Reply(200, WIDGET))
        with auth.AuthAPI(base_url=api.url, max_retries=0, **ALL) as client:
            client.widgets.create(name="w")
            client.widgets.retrieve("w-1", extra_headers={})
    for request in elsewhere.requests:
        assert sent(request) == {}
        assert request.query == {"page": ["2"]}


# -- the command line --------------------------------------------------------------------


def cli(case: str, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    package = {"auth": "auth_api_cli", "basic_auth": "twilio_style_cli"}[case]
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AUTH_API_", "TWILIO_STYLE_"))
    }
    return subprocess.run(
        [sys.executable, "-m", package, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**clean, "PYTHONPATH": str(GOLDEN / case / "src"), **env},
        check=False,
        timeout=60,
    )


def test_the_cli_takes_the_same_credentials(server: FakeAPI, tmp_path: Path) -> None:
    password = tmp_path / "password"
    password.write_text("basic-secret-2\n")
    server.script(Reply(200, WIDGET), Reply(200, OK), Reply(200, WIDGET))
    url = {"AUTH_API_BASE_URL": server.url}
    flags = ("--basic-username", "alice", "--basic-password-file", str(password))
    assert cli("auth", "widgets", "retrieve", "--widget-id", "w-1", *flags, **url).returncode == 0
    oauth = cli("auth", "reports", "retrieve", "--oauth-stdin", stdin="oauth-secret-6\n", **url)
    assert oauth.returncode == 0, oauth.stderr
    from_env = cli(
        "auth", "widgets", "retrieve", "--widget-id", "w-1", AUTH_API_API_KEY_HEADER="h", **url
    )
    assert from_env.returncode == 0, from_env.stderr
    assert [sent(request) for request in server.requests] == [
        {"authorization": basic("alice", "basic-secret-2")},
        {"authorization": "Bearer oauth-secret-6"},
        {"x-api-key": "h"},
    ]


def test_the_cli_names_the_flags_that_would_do(server: FakeAPI) -> None:
    result = cli("auth", "widgets", "retrieve", "--widget-id", "w-1", AUTH_API_BASE_URL=server.url)
    assert (result.returncode, result.stderr) == (
        2,
        "Error: no credentials this command can use; any of these will do: api key header (set "
        "$AUTH_API_API_KEY_HEADER, or pass --api-key-header-file, --api-key-header-stdin or "
        "--api-key-header); basic username (set $AUTH_API_BASIC_USERNAME or pass "
        "--basic-username) and basic password (set $AUTH_API_BASIC_PASSWORD, or "
        "pass --basic-password-file, --basic-password-stdin or --basic-password)\n",
    )
    twilio = cli("basic_auth", "accounts", "retrieve", "--account-sid", "AC1")
    assert (twilio.returncode, twilio.stderr) == (
        2,
        "Error: no username and password: set $TWILIO_STYLE_USERNAME or pass --username; set "
        "$TWILIO_STYLE_PASSWORD, or pass --password-file, --password-stdin or --password\n",
    )
    two_stdins = cli("auth", "health", "retrieve", "--oauth-stdin", "--bearer-stdin")
    assert (
        two_stdins.stderr == "Error: --bearer-stdin and --oauth-stdin each read stdin: pass one\n"
    )
    assert server.requests == []


def test_a_parameter_named_like_a_credential_flag_takes_another_flag(server: FakeAPI) -> None:
    server.script(Reply(200, {"messages": [], "page": 0}))
    result = cli(
        "basic_auth",
        "accounts:messages",
        "list",
        "--account-sid",
        "AC1",
        "--username",
        "ACsid",
        "--password",
        "token",
        "--username-param",
        "bob",
        TWILIO_STYLE_BASE_URL=server.url,
    )
    assert result.returncode == 0, result.stderr
    request = server.requests[0]
    assert request.headers["authorization"] == basic("ACsid", "token")
    assert request.query["username"] == ["bob"]


def test_the_cli_debug_log_shows_no_credential(server: FakeAPI) -> None:
    server.script(Reply(201, WIDGET))
    result = cli(
        "auth",
        "widgets",
        "create",
        "--name",
        "w",
        "--debug",
        AUTH_API_BASE_URL=server.url,
        AUTH_API_API_KEY_HEADER="header-secret-3",
        AUTH_API_API_KEY_QUERY="query-secret-4",
    )
    assert result.returncode == 0, result.stderr
    assert "header-secret-3" not in result.stderr and "query-secret-4" not in result.stderr
    assert "x-api-key: <redacted>" in result.stderr


# -- the generator -----------------------------------------------------------------------


def test_a_scheme_the_client_cannot_send_is_a_warning_naming_what_it_does() -> None:
    diagnostics = Diagnostics(quiet=True)
    result = generate_files(load_config(FIXTURES / "auth" / "sdkgen.toml"), diagnostics)
    assert [str(warning) for warning in diagnostics.warnings] == [
        f"{FIXTURES / 'auth' / 'spec.yaml'}#/components/securitySchemes/digestAuth: security scheme "
        "'digestAuth' (http digest) is not supported; the client sends no credentials for it "
        "(an http_client of your own can)"
    ]
    security = {op.method_name + " " + op.path: op.security for op in result.api.operations}
    assert security == {
        "list /widgets": (("bearerAuth",),),
        "create /widgets": (("apiKeyHeader", "apiKeyQuery"),),
        "retrieve /widgets/{widget_id}": (("apiKeyHeader",), ("basicAuth",)),
        "retrieve /health": (),
        "retrieve /feed": ((), ("sessionCookie",)),
        "retrieve /reports": (("oauth",),),
        "retrieve /legacy": ((),),
    }
