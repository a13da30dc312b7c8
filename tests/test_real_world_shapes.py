"""What public APIs do that small specs do not (tests/fixtures/realworld, golden in tests/golden/realworld).

- Twilio's paths start with a date and end in ``.json``: ``/Messages/{Sid}.json`` is an item
  (``messages.retrieve``/``delete``), ``/Messages.json`` its collection, and neither the date nor
  the suffix is a word of a class name.
- GitHub's ``GET /user`` answers with one object: it is ``user.retrieve()``, not ``list()``; a
  property named ``$ref`` is a property, not a reference (nor is a ``$ref`` in an example).
- A fixed-length ``prefixItems`` array is a tuple, sent and parsed as one; an open one is a list,
  with a warning. An empty ``enum`` beside ``allOf`` is ignored, with a warning.
- Webhooks and callbacks: their payloads are models, and ``client.webhooks.unwrap`` parses a
  request's body into the right one, checking its Standard Webhooks signature given the secret.

That the golden SDK passes ``mypy --strict`` and ruff is checked with the others in
tests/test_generated_quality.py; here it is imported and called over loopback.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.config import load_config
from generator.errors import Diagnostics
from generator.pipeline import generate_files
from tests.cli.conftest import clean_env, run
from tests.spec_builder import build, ok, openapi
from tests.support.fake_api import FakeAPI, Reply
from tests.support.paths import FIXTURES, GOLDEN

SRC = GOLDEN / "realworld" / "src"
MESSAGE = {"sid": "SM1", "body": "hi", "status": "delivered"}
SECRET = "whsec_" + base64.b64encode(b"a secret of the receiver").decode()


@pytest.fixture(scope="module")
def sdk() -> ModuleType:
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))
    return __import__("realworld_api")


@pytest.fixture(scope="module")
def recording_server() -> Iterator[FakeAPI]:
    with FakeAPI() as api:
        yield api


@pytest.fixture
def server(recording_server: FakeAPI) -> FakeAPI:
    recording_server.requests.clear()
    return recording_server


@pytest.fixture
def client(sdk: ModuleType, server: FakeAPI) -> Any:
    return sdk.RealWorld(base_url=server.url, max_retries=0)


def test_twilio_paths_name_an_item_and_its_collection(client: Any, server: FakeAPI) -> None:
    server.script(
        Reply(200, {"messages": [MESSAGE], "next_page_uri": None}),
        Reply(201, MESSAGE),
        Reply(200, MESSAGE),
        Reply(204),
        Reply(200, {"sid": "AC1", "friendly_name": "main"}),
    )
    page = client.accounts.messages.list("AC1", page_size=5)
    created = client.accounts.messages.create("AC1", to="+1555", body="hi")
    message = client.accounts.messages.retrieve("AC1", "SM1")
    client.accounts.messages.delete("AC1", "SM1")
    account = client.accounts.retrieve("AC1")
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", "/2010-04-01/Accounts/AC1/Messages.json"),
        ("POST", "/2010-04-01/Accounts/AC1/Messages.json"),
        ("GET", "/2010-04-01/Accounts/AC1/Messages/SM1.json"),
        ("DELETE", "/2010-04-01/Accounts/AC1/Messages/SM1.json"),
        ("GET", "/2010-04-01/Accounts/AC1.json"),
    ]
    assert server.requests[0].query == {"PageSize": ["5"]}
    assert server.requests[1].body == b"To=%2B1555&Body=hi"
    assert (
        type(page).__name__ == "SyncNextUrlPage[Message]"
    )  # Twilio's next_page_uri: walked for you
    assert [item.sid for item in page] == ["SM1"] and created.sid == message.sid == "SM1"
    assert type(account).__name__ == "AccountsSidGetResponse" and account.friendly_name == "main"


def test_a_get_answering_with_one_object_is_retrieve(
    sdk: ModuleType, client: Any, server: FakeAPI
) -> None:
    server.script(
        Reply(200, {"login": "octocat", "id": 1, "plan": {"name": "pro", "seats": 3}}),
        Reply(200, [{"id": 7, "full_name": "octocat/hello", "$ref": "https://x/7"}]),
    )
    user = client.user.retrieve()
    repos = client.user.repos.list()
    assert isinstance(user, sdk.types.User) and user.login == "octocat"
    # The empty enum beside allOf is ignored: the plan is typed by its allOf, not Any.
    assert isinstance(user.plan, sdk.types.Plan) and user.plan.seats == 3
    assert [repo.full_name for repo in repos] == ["octocat/hello"]
    # A property named $ref is a property: typed, and written back under its wire name.
    assert repos[0].ref == "https://x/7" and repos[0].to_dict()["$ref"] == "https://x/7"
    assert not hasattr(client.user, "list")
    assert [r.path for r in server.requests] == ["/user", "/user/repos"]


def test_fixed_length_prefix_items_are_tuples_both_ways(
    sdk: ModuleType, client: Any, server: FakeAPI
) -> None:
    answer = {"start": [1.5, 2.5], "end": [3.0, 4.0], "waypoints": [[2, 3]], "tags": ["a", 1]}
    server.script(Reply(200, answer))
    route = client.routes.create(
        start=(1.5, 2.5), end=(3.0, 4.0), waypoints=[(2, 3)], tags=["a", 1]
    )
    assert json.loads(server.requests[0].body) == answer
    assert route.start.root == (1.5, 2.5) and route.waypoints[0].root == (2.0, 3.0)
    assert route.tags == ["a", 1]
    fields = sdk.types.Route.model_fields
    assert str(sdk.types.Coordinates.model_fields["root"].annotation) == "tuple[float, float]"
    assert "list[typing.Any]" in str(fields["tags"].annotation)


def test_the_cli_names_twilio_commands_alike(server: FakeAPI) -> None:
    server.script(Reply(200, MESSAGE))
    env = clean_env(PYTHONPATH=str(SRC), REALWORLD_BASE_URL=server.url)
    cli = [sys.executable, "-m", "realworld_api_cli"]
    result = run(
        cli, "accounts:messages", "retrieve", "--account-sid", "AC1", "--sid", "SM1", env=env
    )
    assert result.code == 0, result.err
    assert json.loads(result.out)["sid"] == "SM1"
    assert server.requests[-1].path == "/2010-04-01/Accounts/AC1/Messages/SM1.json"


def test_generation_warns_of_what_it_ignores() -> None:
    diagnostics = Diagnostics(quiet=True)
    generate_files(load_config(FIXTURES / "realworld" / "sdkgen.toml"), diagnostics)
    assert [w.split("#", 1)[1].split(": ", 1)[0] for w in diagnostics.warnings] == [
        "/components/schemas/Plan/enum",
        "/components/schemas/Route/properties/tags/prefixItems",
    ]
    assert diagnostics.summary() == "2 warnings: 1 empty enum, 1 unsupported schema keyword"


# -- webhooks ------------------------------------------------------------------------------


def signed(body: bytes, secret: str = SECRET, at: float | None = None) -> dict[str, str]:
    timestamp = str(int(time.time() if at is None else at))
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signature = hmac.new(key, b"msg_1." + timestamp.encode() + b"." + body, hashlib.sha256)
    return {
        "Webhook-Id": "msg_1",
        "Webhook-Timestamp": timestamp,
        "Webhook-Signature": "v1,bogus v1," + base64.b64encode(signature.digest()).decode(),
    }


def test_unwrap_parses_each_webhook_into_its_model(sdk: ModuleType, client: Any) -> None:
    delivered = json.dumps({"type": "message.delivered", "message": MESSAGE})
    failed = json.dumps(
        {"type": "message.failed", "message": MESSAGE, "error_code": 30003}
    ).encode()
    event = client.webhooks.unwrap(delivered)
    assert type(event).__name__ == "MessageDeliveredWebhook" and event.message.sid == "SM1"
    assert isinstance(client.webhooks.unwrap(failed), sdk.types.MessageFailed)
    async_client = sdk.AsyncRealWorld(base_url="http://127.0.0.1:9", max_retries=0)
    assert async_client.webhooks.unwrap(failed).error_code == 30003
    from realworld_api.webhooks import WebhookError

    arrived = client.webhooks.unwrap('{"type": "message.arrived", "sid": "SM9"}')  # a callback
    assert type(arrived).__name__ == "OnMessageCallback" and arrived.sid == "SM9"
    for body in (b"not json", b'{"type": "message.unknown"}'):
        with pytest.raises(WebhookError, match="none of the API's events"):
            client.webhooks.unwrap(body)


def test_unwrap_checks_the_signature_given_a_secret(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from realworld_api.webhooks import WebhookVerificationError

    body = json.dumps({"type": "message.delivered", "message": MESSAGE}).encode()
    assert client.webhooks.unwrap(body, signed(body), secret=SECRET).message.sid == "SM1"
    tampered = body.replace(b"SM1", b"SM2")
    other = "whsec_" + base64.b64encode(b"another secret").decode()
    stale = signed(body, at=time.time() - 600)
    failures = {
        "No webhook signature matches": (tampered, signed(body), SECRET),
        "No webhook signature matches ": (body, signed(body, other), SECRET),
        "may be replayed": (body, stale, SECRET),
        "has no webhook-id": (body, {}, SECRET),
        "Pass the request's headers": (body, None, SECRET),
    }
    for message, (payload, headers, secret) in failures.items():
        with pytest.raises(WebhookVerificationError, match=message.strip()):
            client.webhooks.unwrap(payload, headers, secret=secret)
    # The secret may come from the environment; then unsigned bodies are refused.
    monkeypatch.setenv("REALWORLD_WEBHOOK_SECRET", SECRET)
    with pytest.raises(WebhookVerificationError):
        client.webhooks.unwrap(body, {})
    assert client.webhooks.unwrap(body, signed(body)).type == "message.delivered"


def test_a_webhook_that_sends_no_json_is_a_warning(tmp_path: Path) -> None:
    text = {"content": {"text/plain": {"schema": {"type": "string"}}}}
    document = openapi(
        webhooks={
            "ping": {"post": {"responses": ok()}},  # no body: nothing to parse, nothing to say
            "report": {"post": {"requestBody": text, "responses": ok()}},
        }
    )
    api, diagnostics = build(tmp_path, document)
    assert api.webhooks == ()
    assert [w.split("#", 1)[1] for w in diagnostics.warnings] == [
        "/webhooks/report/post: webhook 'report' sends no JSON payload; the SDK does not parse it"
    ]
