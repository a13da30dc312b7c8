"""Every operation of the fixture SDKs, called against Prism serving the fixture's own spec.

Prism checks each request against the spec (parameters, body, content type) before it
answers from the spec's examples, so this proves the encodings with a validator that is
not ours. Prism does not read repeated multipart parts or form keys as arrays, nor JSON
parts as objects ("must be array"); those encodings are proven byte by byte against our
recording server in tests/test_constructs.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.support.paths import FIXTURES, GOLDEN
from tests.support.prism import prism_server

Call = Callable[[Any], Any]

OPERATIONS: dict[str, Call] = {
    "files.list": lambda c: c.files.list(
        tag=["a", "b"],
        ids=[1, 2],
        words=["big", "red"],
        flags=["x", "y"],
        filter={"kind": "pdf", "size": {"gt": 1}},
        x_trace=["t1", "t2"],
        region="eu",
        include_deleted=True,
    ),
    "files.create": lambda c: c.files.create(
        file=("a.txt", b"hello", "text/plain"), purpose="batch"
    ),
    "files.delete_all": lambda c: c.files.delete_all(),
    "files.head": lambda c: c.files.head(),
    "files.options": lambda c: c.files.options(),
    "files.search": lambda c: c.files.search(query="q", metadata={"team": "ml"}),
    "files.retrieve": lambda c: c.files.retrieve("file-1"),
    "files.replace": lambda c: c.files.replace("file-1", body=b"\x00\xff"),
    "files.update": lambda c: c.files.update(
        "file-1", name="new.pdf", description=None, object="file"
    ),
    "files.delete": lambda c: c.files.delete("file-1"),
    "files.content": lambda c: c.files.content("file-1"),
    "files.summary": lambda c: c.files.summary("file-1"),
    "files.notes": lambda c: c.files.notes("file-1", body="a note"),
    "files.labels": lambda c: c.files.labels("file-1", body=["a", "b"]),
    "files.archive": lambda c: c.files.archive("file-1"),
    "jobs.create": lambda c: c.jobs.create(name="nightly", priority=2),
    "jobs.retrieve": lambda c: c.jobs.retrieve("job-1"),
    "jobs.trace": lambda c: c.jobs.trace("job-1"),
    "jobs.cancel": lambda c: c.jobs.cancel("job-1"),
    # One id: Prism 5.14 crashes on a list in the path sent with its commas as OpenAPI writes
    # them (1,2,3; it wants 1%2C2%2C3), so that form is checked against tests/test_constructs.py's
    # recording server instead.
    "batches.retrieve": lambda c: c.batches.retrieve([1]),
    "repos.retrieve": lambda c: c.repos.retrieve("repo-1"),
    "repos.update": lambda c: c.repos.update("repo-1", language=None, license=None),
}

SCHEMAS: dict[str, Call] = {
    "pets.list": lambda c: c.pets.list(),
    "pets.create": lambda c: c.pets.create(name="Rex", pet_type="dog", password="s3cret"),
    "pets.retrieve": lambda c: c.pets.retrieve("p1"),
    "shapes.retrieve": lambda c: c.shapes.retrieve("s1"),
    "trees.retrieve": lambda c: c.trees.retrieve("t1"),
    "accounts.retrieve": lambda c: c.accounts.retrieve("a1"),
    "accounts.update": lambda c: c.accounts.update(
        "a1",
        status="active",
        nickname=None,
        labels={"team": "ml"},
        tags=[{"key": "k", "value": "v"}],
    ),
}

NAMING: dict[str, Call] = {
    "records.list": lambda c: c.records.list(
        class_="c", page_size=10, x_request_id="r", self_=True
    ),
    "records.create": lambda c: c.records.create(
        type="Person", x_id="x1", field_1st=1, foo_bar_1="s", self_="me"
    ),
    "records.get_record": lambda c: c.records.get_record("r1"),
    "records.run_retrieval": lambda c: c.records.run_retrieval("r1"),
    "records.sync_cancel": lambda c: c.records.sync_cancel("r1"),
    "v2.records.retrieve": lambda c: c.v2.records.retrieve("r1"),
    "records_resource.retrieve": lambda c: c.records_resource.retrieve(),
}

# A spec split across files (YAML and JSON, references nested and cyclic across them): Prism
# reads the files as sdkgen does, so it checks what the SDK built from the bundled document.
MULTIFILE: dict[str, Call] = {
    "pets.list": lambda c: c.pets.list(limit=10),
    "pets.retrieve": lambda c: c.pets.retrieve("p1"),
    "owners.retrieve": lambda c: c.owners.retrieve("Ann"),
}

# Prism checks each operation's security too: a request without what it asks for is a 401.
AUTH: dict[str, Call] = {
    "widgets.list": lambda c: c.widgets.list(),
    "widgets.create": lambda c: c.widgets.create(name="w", username="bob"),
    "widgets.retrieve": lambda c: c.widgets.retrieve("w-1"),
    "health.retrieve": lambda c: c.health.retrieve(),
    "feed.retrieve": lambda c: c.feed.retrieve(),
    "reports.retrieve": lambda c: c.reports.retrieve(),
    # HTTP Digest is the caller's to send (its http_client's auth, or a header of its own).
    "legacy.retrieve": lambda c: c.legacy.retrieve(
        extra_headers={
            "Authorization": 'Digest username="u", realm="r", nonce="n", uri="legacy", response="x"'
        }
    ),
}

TWILIO: dict[str, Call] = {
    "accounts.messages.list": lambda c: c.accounts.messages.list(
        "AC1", to="+15558675310", page_size=10, username="bob"
    ),
    "accounts.messages.create": lambda c: c.accounts.messages.create(
        "AC1", to="+15558675310", body="Hello"
    ),
    "accounts.messages.retrieve": lambda c: c.accounts.messages.retrieve("AC1", "SM1"),
    "accounts.retrieve": lambda c: c.accounts.retrieve("AC1"),
}

CASES = {
    "multifile": ("multifile_api", "MultifileAPI", MULTIFILE),
    "operations": ("operations_api", "OperationsAPI", OPERATIONS),
    "schemas": ("schemas_api", "SchemasAPI", SCHEMAS),
    "naming": ("naming_api", "NamingAPI", NAMING),
    "auth": ("auth_api", "AuthAPI", AUTH),
    "basic_auth": ("twilio_style", "TwilioStyle", TWILIO),
}
CREDENTIALS: dict[str, dict[str, str]] = {
    "operations": {"api_key": "test-key"},
    "auth": {
        "bearer": "bearer-token",
        "api_key_header": "header-key",
        "api_key_query": "query-key",
        "session_cookie": "cookie-key",
        "oauth": "oauth-token",
    },
    "basic_auth": {"username": "ACsid", "password": "token"},
}


@pytest.fixture(scope="module", params=sorted(CASES))
def served(request: pytest.FixtureRequest) -> Iterator[tuple[str, Any]]:
    case = request.param
    package, client_class, _ = CASES[case]
    source = str(GOLDEN / case / "src")
    if source not in sys.path:
        sys.path.insert(0, source)
    module = __import__(package)
    with prism_server(FIXTURES / case / "spec.yaml") as url:
        options: dict[str, Any] = {"base_url": url, "max_retries": 0, **CREDENTIALS.get(case, {})}
        with getattr(module, client_class)(**options) as client:
            yield case, client


def test_every_operation_is_called_and_accepted(served: tuple[str, Any]) -> None:
    case, client = served
    calls = CASES[case][2]
    expected = {".".join((*op_path, name)) for op_path, name in _operations(client)}
    assert set(calls) == expected, "every operation of the fixture is called"
    failures = {}
    for name, call in calls.items():
        try:
            call(client)
        except Exception as exc:
            response = getattr(exc, "response", None)
            failures[name] = (
                f"{type(exc).__name__}: {exc} {response.text[:300] if response is not None else ''}"
            )
    assert not failures, failures


def _operations(client: Any) -> set[tuple[tuple[str, ...], str]]:
    """(resource path, method) of every public method reachable from the client."""
    from functools import cached_property

    found: set[tuple[tuple[str, ...], str]] = set()

    def walk(resource: Any, path: tuple[str, ...]) -> None:
        for name, member in vars(type(resource)).items():
            if name.startswith("_") or name in ("with_raw_response", "with_streaming_response"):
                continue
            if isinstance(member, cached_property):
                walk(getattr(resource, name), (*path, name))
            elif callable(member):
                found.add((path, name))

    for name, member in vars(type(client)).items():
        if isinstance(member, cached_property) and name not in (
            "with_raw_response",
            "with_streaming_response",
        ):
            walk(getattr(client, name), (name,))
    return found


def test_the_multifile_spec_answers_fully_typed() -> None:
    """Prism answers from the examples in each file; the SDK reads them into the classes the
    other files define, through the loop Pet -> Owner -> Pet."""
    source = str(GOLDEN / "multifile" / "src")
    if source not in sys.path:
        sys.path.insert(0, source)
    from multifile_api import MultifileAPI
    from multifile_api.types import Address, Owner, Pet

    with (
        prism_server(FIXTURES / "multifile" / "spec.yaml") as url,
        MultifileAPI(base_url=url, max_retries=0) as client,
    ):
        [pet] = client.pets.list(limit=10)
        owner = client.owners.retrieve("Ann")
        one = client.pets.retrieve("p1")
    assert isinstance(pet, Pet) and pet.tags is not None and pet.tags[0].name == "good"
    assert isinstance(pet.owner, Owner) and isinstance(pet.owner.address, Address)
    assert pet.owner.address.city == "Paris"
    assert isinstance(owner, Owner) and owner.pets == [Pet(id="p1", name="Rex")]
    assert isinstance(one, Pet) and one.owner == Owner(name="Ann")
