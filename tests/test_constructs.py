"""The fixture SDKs (tests/golden/{operations,schemas,naming}) do on the wire what their specs say.

Requests go over real HTTP on loopback to our recording server (tests/support/fake_api.py),
which answers with scripted replies; each test then checks the request as the server saw it
and what the client made of the reply.
"""

from __future__ import annotations

import email.parser
import email.policy
import inspect
import json
import sys
from collections.abc import Iterator
from datetime import datetime
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, unquote

import pytest

from tests.support.fake_api import FakeAPI, Recorded, Reply
from tests.support.paths import GOLDEN

FILE = {"id": "file-1", "name": "report.pdf", "bytes": 3}


def import_golden(case: str, package: str) -> ModuleType:
    source = str(GOLDEN / case / "src")
    if source not in sys.path:
        sys.path.insert(0, source)
    return __import__(package)


@pytest.fixture(scope="module")
def ops() -> ModuleType:
    return import_golden("operations", "operations_api")


@pytest.fixture(scope="module")
def schemas() -> ModuleType:
    return import_golden("schemas", "schemas_api")


@pytest.fixture(scope="module")
def naming() -> ModuleType:
    return import_golden("naming", "naming_api")


@pytest.fixture(scope="module")
def recording_server() -> Iterator[FakeAPI]:
    with FakeAPI() as api:
        yield api


@pytest.fixture
def server(recording_server: FakeAPI) -> FakeAPI:
    """The module's server, with an empty request log (starting one per test costs 0.5 s to stop)."""
    recording_server.requests.clear()
    return recording_server


def client_for(module: ModuleType, name: str, server: FakeAPI) -> Any:
    options: dict[str, Any] = {"base_url": server.url, "max_retries": 0}
    if "api_key" in getattr(module, name).__init__.__code__.co_varnames:
        options["api_key"] = "test-key"
    return getattr(module, name)(**options)


def last(server: FakeAPI) -> Recorded:
    assert server.requests, "no request reached the server"
    return server.requests[-1]


def multipart_parts(request: Recorded) -> list[tuple[str, str | None, bytes]]:
    """(name, filename, content) of each part of a multipart/form-data body."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary="), content_type
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + request.body
    )
    parts = []
    for part in message.iter_parts():
        disposition = part["Content-Disposition"]
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts.append((disposition.params["name"], disposition.params.get("filename"), payload))
    return parts


# -- operations ---------------------------------------------------------------------------


def test_query_header_and_cookie_styles(ops: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(200, [FILE]))
    with client_for(ops, "OperationsAPI", server) as client:
        files = client.files.list(
            tag=["a", "b"],
            ids=[1, 2],
            words=["big", "red"],
            flags=["x", "y"],
            filter={"kind": "pdf", "size": {"gt": 1}},
            x_trace=["t1", "t2"],
            region="eu",
            include_deleted=True,
        )
    assert [type(f).__name__ for f in files] == ["File"]
    request = last(server)
    assert (request.method, request.path) == ("GET", "/files")
    assert request.query == {
        "tag": ["a", "b"],
        "ids": ["1,2"],
        "words": ["big red"],
        "flags": ["x|y"],
        "filter[kind]": ["pdf"],
        "filter[size][gt]": ["1"],
        "include_deleted": ["true"],
    }
    assert request.headers["x-trace"] == "t1,t2"
    assert request.headers["cookie"] == "region=eu"
    assert request.headers["authorization"] == "Bearer test-key"


def test_parameters_left_out_are_not_sent(ops: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(200, []))
    with client_for(ops, "OperationsAPI", server) as client:
        assert client.files.list() == []
    request = last(server)
    assert request.query == {}
    assert "x-trace" not in request.headers and "cookie" not in request.headers


def test_a_list_in_the_path(ops: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(200, []))
    with client_for(ops, "OperationsAPI", server) as client:
        client.batches.retrieve([1, 2, 3])
    assert last(server).path == "/batches/1,2,3"  # the separators as OpenAPI writes them


def test_multipart_upload_sends_files_and_fields(ops: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(201, FILE))
    with client_for(ops, "OperationsAPI", server) as client:
        created = client.files.create(
            file=("notes.txt", b"hello", "text/plain"),
            purpose="batch",
            attachments=[("a.bin", b"\x00\x01"), ("b.bin", b"\x02")],
            meta={"owner": "me"},
        )
    assert created.id == "file-1"
    request = last(server)
    assert (request.method, request.path) == ("POST", "/files")
    assert sorted(multipart_parts(request)) == [
        ("attachments", "a.bin", b"\x00\x01"),
        ("attachments", "b.bin", b"\x02"),
        ("file", "notes.txt", b"hello"),
        ("meta", None, b'{"owner": "me"}'),
        ("purpose", None, b"batch"),
    ]


def test_multipart_without_a_file_is_still_multipart(ops: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(201, {"id": "job-1", "status": "queued"}))
    with client_for(ops, "OperationsAPI", server) as client:
        job = client.jobs.create(name="nightly", priority=2)
    assert job.status == "queued"
    assert sorted(multipart_parts(last(server))) == [
        ("name", None, b"nightly"),
        ("priority", None, b"2"),
    ]


def test_form_urlencoded_body_with_a_deep_object_field(ops: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(200, [FILE]))
    with client_for(ops, "OperationsAPI", server) as client:
        client.files.search(query="q", kinds=["pdf", "txt"], metadata={"team": "ml"})
    request = last(server)
    assert request.path == "/files/search"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.body.decode()) == {
        "query": ["q"],
        "kinds": ["pdf", "txt"],
        "metadata[team]": ["ml"],
    }


def test_json_body_from_keyword_arguments(ops: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(200, FILE))
    with client_for(ops, "OperationsAPI", server) as client:
        client.files.update("file-1", name="new.pdf", description=None, object="file")
    request = last(server)
    assert (request.method, request.path) == ("PATCH", "/files/file-1")
    assert request.headers["content-type"] == "application/json"
    # None is an explicit null; arguments left out are not sent.
    assert json.loads(request.body) == {"name": "new.pdf", "description": None, "object": "file"}


def test_json_body_that_is_not_an_object(ops: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(200, ["a", "b"]))
    with client_for(ops, "OperationsAPI", server) as client:
        assert client.files.labels("file-1", body=["a", "b"]) == ["a", "b"]
        # Fields to add to the body (extra_body) need an object: such a method takes none.
        assert "extra_body" not in inspect.signature(client.files.labels).parameters
        assert "extra_body" in inspect.signature(client.files.update).parameters
    assert json.loads(last(server).body) == ["a", "b"]


def test_openapi_30_nullable_on_required_properties_and_referenced_components(
    ops: ModuleType, server: FakeAPI
) -> None:
    # Required and nullable: always present, may be null (GitHub's repositories read like this).
    server.script(Reply(200, {"id": "r1", "language": None, "license": None, "topics": [None]}))
    with client_for(ops, "OperationsAPI", server) as client:
        repo = client.repos.retrieve("r1")
        assert (repo.language, repo.license, repo.topics) == (None, None, [None])
        server.script(Reply(200, {"id": "r1", "language": "Go", "license": {"key": "mit"}}))
        repo = client.repos.update("r1", language=None, license=None)
    assert (repo.language, repo.license.key if repo.license else None) == ("Go", "mit")
    assert json.loads(last(server).body) == {"language": None, "license": None}
    fields = ops.types.Repo.model_fields
    assert fields["language"].is_required() and fields["license"].is_required()
    with pytest.raises(ValueError, match="language"):
        ops.types.Repo.model_validate({"id": "r1", "license": None})  # present, even when null
    parameters = inspect.signature(ops.OperationsAPI(api_key="k").repos.update).parameters
    assert parameters["license"].default is inspect.Parameter.empty
    assert "None" in str(parameters["license"].annotation)


def test_binary_request_and_two_success_codes(ops: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(204), Reply(200, FILE))
    with client_for(ops, "OperationsAPI", server) as client:
        assert client.files.replace("file-1", body=b"\x00\xff") is None
        replaced = client.files.replace("file-1", body=b"\x01")
    assert replaced is not None and replaced.name == "report.pdf"
    first = server.requests[0]
    assert (first.method, first.headers["content-type"], first.body) == (
        "PUT",
        "application/octet-stream",
        b"\x00\xff",
    )


def test_text_request_with_200_and_201(ops: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(201, {"id": "n1", "text": "hi"}), Reply(200, {"id": "n1", "text": "hi"}))
    with client_for(ops, "OperationsAPI", server) as client:
        assert client.files.notes("file-1", body="hi").id == "n1"
        assert client.files.notes("file-1", body="hi").id == "n1"
    request = last(server)
    assert (request.headers["content-type"], request.body) == ("text/plain", b"hi")


def test_binary_and_text_responses(ops: ModuleType, server: FakeAPI) -> None:
    server.script(
        Reply(200, b"\x89PNG\x00", {"Content-Type": "application/octet-stream"}),
        Reply(200, b"Quarterly report, 3 pages.", {"Content-Type": "text/plain"}),
    )
    with client_for(ops, "OperationsAPI", server) as client:
        assert client.files.content("file-1") == b"\x89PNG\x00"
        assert client.files.summary("file-1") == "Quarterly report, 3 pages."
    binary, text = server.requests
    assert binary.headers["accept"] == "application/octet-stream"
    assert text.headers["accept"] == "text/plain"


@pytest.mark.parametrize(
    ("call", "method", "path"),
    [
        (lambda c: c.files.head(), "HEAD", "/files"),
        (lambda c: c.files.options(), "OPTIONS", "/files"),
        (lambda c: c.files.delete_all(), "DELETE", "/files"),
        (lambda c: c.files.delete("file-1"), "DELETE", "/files/file-1"),
        (lambda c: c.jobs.trace("job-1"), "TRACE", "/jobs/job-1"),
    ],
)
def test_every_http_method(
    ops: ModuleType, server: FakeAPI, call: Any, method: str, path: str
) -> None:
    server.script(
        Reply(204)
        if method != "TRACE"
        else Reply(200, b"TRACE /jobs/job-1", {"Content-Type": "text/plain"})
    )
    with client_for(ops, "OperationsAPI", server) as client:
        call(client)
    assert (last(server).method, last(server).path) == (method, path)


def test_actions_custom_methods_and_default_responses(ops: ModuleType, server: FakeAPI) -> None:
    job = {"id": "job-1", "status": "cancelled"}
    server.script(Reply(202, job), Reply(200, job))
    with client_for(ops, "OperationsAPI", server) as client:
        assert client.files.archive("file-1").id == "job-1"
        # Only a default response is documented: it is what the method returns.
        assert client.jobs.cancel("job-1").status == "cancelled"
    archive, cancel = server.requests
    assert (archive.method, unquote(archive.path)) == ("POST", "/files/file-1/:archive")
    assert (cancel.method, cancel.path) == ("POST", "/jobs/job-1/cancel")


@pytest.mark.anyio
async def test_the_async_client_sends_the_same_requests(ops: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(201, FILE), Reply(200, [FILE]))
    async with ops.AsyncOperationsAPI(
        api_key="test-key", base_url=server.url, max_retries=0
    ) as client:
        await client.files.create(file=("n.txt", b"hi"), purpose="batch")
        await client.files.search(query="q", metadata={"a": "b"})
    upload, search = server.requests
    assert [name for name, _, _ in multipart_parts(upload)] == ["purpose", "file"]
    assert parse_qs(search.body.decode()) == {"query": ["q"], "metadata[a]": ["b"]}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# -- schemas ------------------------------------------------------------------------------


def test_tagged_union_parses_to_the_variant_named_by_the_discriminator(
    schemas: ModuleType, server: FakeAPI
) -> None:
    server.script(
        Reply(
            200,
            [
                {"id": "1", "name": "Rex", "pet_type": "dog", "bark": 3},
                {"id": "2", "name": "Tom", "pet_type": "cat", "indoor": True},
                {"id": "3", "name": "Liz", "pet_type": "lizard", "scales": None},
            ],
        )
    )
    with client_for(schemas, "SchemasAPI", server) as client:
        dog, cat, lizard = client.pets.list()
    types = schemas.types
    assert (type(dog), type(cat), type(lizard)) == (types.Dog, types.Cat, types.Lizard)
    assert dog.bark == types.Volume.INTEGER_3 and cat.indoor is True and lizard.scales is None


def test_union_without_discriminator_goes_by_shape(schemas: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(200, {"side": 2}), Reply(200, {"radius": 1.5}))
    with client_for(schemas, "SchemasAPI", server) as client:
        square = client.shapes.retrieve("s1")
        circle = client.shapes.retrieve("s2")
    assert type(square) is schemas.types.Square and square.side == 2
    assert type(circle) is schemas.types.Circle and circle.radius == 1.5


def test_recursive_and_mutually_recursive_models(schemas: ModuleType, server: FakeAPI) -> None:
    tree = {"value": "root", "children": [{"value": "leaf", "children": [{"value": "deeper"}]}]}
    server.script(Reply(200, tree))
    with client_for(schemas, "SchemasAPI", server) as client:
        node = client.trees.retrieve("t1")
    assert node.children[0].children[0].value == "deeper"
    book = schemas.types.Book.model_validate(
        {"title": "Dune", "author": {"name": "Herbert", "books": [{"title": "Children of Dune"}]}}
    )
    assert book.author.books[0].title == "Children of Dune"


def test_everything_else_in_one_object(schemas: ModuleType, server: FakeAPI) -> None:
    account = {
        "kind": "account",
        "status": "active",
        "nickname": None,
        "labels": {"team": "ml"},
        "limits": {"daily": {"max": 5}},
        "metadata": {"anything": [1, {"x": None}]},
        "address": {"street": "Main St", "geo": {"lat": 1.5, "lon": 2.5}},
        "tags": [{"key": "k", "value": "v"}],
        "created_at": "2024-01-31T10:00:00Z",
        "homepage": "https://example.com",
        "added_later": "kept",
    }
    server.script(Reply(200, account))
    with client_for(schemas, "SchemasAPI", server) as client:
        parsed = client.accounts.retrieve("a1")
    types = schemas.types
    assert parsed.status == types.Status.ACTIVE and parsed.nickname is None
    assert parsed.limits["daily"].max == 5 and parsed.address.geo.lat == 1.5
    assert type(parsed.address) is types.AccountAddress and type(parsed.tags[0]) is types.AccountTag
    assert parsed.created_at == datetime.fromisoformat("2024-01-31T10:00:00+00:00")
    assert parsed.homepage == "https://example.com"  # a uri stays the string sent
    assert parsed.page_size is None  # a default is the server's to apply
    assert parsed.to_dict() == account  # unknown fields too


def test_request_body_sends_the_constant_and_serialises_models(
    schemas: ModuleType, server: FakeAPI
) -> None:
    types = schemas.types
    server.script(Reply(200, {"kind": "account", "status": "closed"}))
    with client_for(schemas, "SchemasAPI", server) as client:
        client.accounts.update(
            "a1",
            status=types.Status.CLOSED,
            address=types.AccountAddress(street="Elm St"),
            tags=[types.AccountTag(key="k", value="v")],
            secret="s3cret",
        )
    assert json.loads(last(server).body) == {
        "kind": "account",
        "status": "closed",
        "address": {"street": "Elm St"},
        "tags": [{"key": "k", "value": "v"}],
        "secret": "s3cret",
    }


def test_read_only_and_write_only_properties(schemas: ModuleType) -> None:
    """Read-only: never an argument. Write-only: an argument (required if the spec says so), never required in
    a model, since responses do not carry it."""
    update = inspect.signature(schemas.resources.accounts.AccountsResource.update).parameters
    assert "created_at" not in update and "secret" in update
    assert inspect.signature(schemas.resources.pets.PetsResource.create).parameters[
        "password"
    ].default is (inspect.Parameter.empty)
    assert schemas.types.NewPet.model_validate({"name": "Rex", "pet_type": "dog"}).password is None


def test_defaults_are_documented_not_sent(ops: ModuleType, server: FakeAPI) -> None:
    assert "include_deleted: Defaults to false." in (
        ops.resources.files.FilesResource.list.__doc__ or ""
    )
    server.script(Reply(200, []))
    with client_for(ops, "OperationsAPI", server) as client:
        client.files.list()
    assert "include_deleted" not in last(server).query


# -- naming -------------------------------------------------------------------------------

RECORD = {
    "@type": "Person",
    "id": "r1",
    "x-id": "x1",
    "1st": 1,
    "class": "c",
    "fooBar": "camel",
    "foo_bar": "snake",
    "self": "me",
    "display name": "Ada",
    "note": None,
    "status": None,
}


def test_aliases_round_trip_wire_names(naming: ModuleType) -> None:
    record = naming.types.Record.model_validate(RECORD)
    assert (record.type, record.x_id, record.field_1st, record.class_) == ("Person", "x1", 1, "c")
    assert (record.foo_bar, record.foo_bar_1, record.self, record.display_name) == (
        "camel",
        "snake",
        "me",
        "Ada",
    )
    assert record.to_dict() == RECORD
    assert naming.types.Record(type="T", id="r2", foo_bar_1="s").to_dict() == {
        "@type": "T",
        "id": "r2",
        "foo_bar": "s",
    }


def test_keyword_arguments_go_out_under_their_wire_names(
    naming: ModuleType, server: FakeAPI
) -> None:
    server.script(Reply(201, RECORD), Reply(200, [RECORD]))
    with client_for(naming, "NamingAPI", server) as client:
        client.records.create(
            type="Person", x_id="x1", field_1st=1, class_="c", foo_bar_1="snake", self_="me"
        )
        client.records.list(class_="c", page_size=10, x_request_id="req-1", self_=True)
    create, listing = server.requests
    assert json.loads(create.body) == {
        "@type": "Person",
        "x-id": "x1",
        "1st": 1,
        "class": "c",
        "foo_bar": "snake",
        "self": "me",
    }
    assert listing.query == {"class": ["c"], "pageSize": ["10"], "self": ["true"]}
    assert listing.headers["x-request-id"] == "req-1"


def test_paths_are_named_readably(naming: ModuleType, server: FakeAPI) -> None:
    server.script(*(Reply(200, RECORD) for _ in range(3)), Reply(204), Reply(200, {"count": 1}))
    with client_for(naming, "NamingAPI", server) as client:
        client.records.get_record("r1")  # GET /records/{id}, clashing with the action below
        client.records.run_retrieval(
            "r1"
        )  # POST /records/{id}/retrieve, from its FastAPI operationId
        client.v2.records.retrieve("r1")  # a second API version is a namespace
        client.records.sync_cancel("r1")  # /sync/cancel: action segments join
        assert client.records_resource.retrieve().count == 1
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", "/api/v1/records/r1"),
        ("POST", "/api/v1/records/r1/retrieve"),
        ("GET", "/api/v2/records/r1"),
        ("POST", "/api/v1/records/r1/sync/cancel"),
        ("GET", "/api/v1/records-resource"),
    ]
