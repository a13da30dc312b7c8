"""The runtime works for any plain or paginated operation, not just LlamaCloud's list.

Plain operations: the petstore fixture's SDK (tests/golden/petstore) against Prism
serving its spec: a list returned as an array, a create with a JSON body and a 201,
a retrieve by path parameter, a 204 delete and a binary upload.

Paginated ones: an SDK generated here from a small spec whose cursors have other
names, declared once in the sdkgen configuration and once with the
x-sdkgen-pagination extension, walked over our stateful server.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.support.fake_api import API_KEY, FakeAPI, make_jobs
from tests.support.paths import BIN, GOLDEN


def import_sdk(src: Path, package: str) -> ModuleType:
    sys.path.insert(0, str(src))
    try:
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(src))


# -- plain operations: petstore over Prism --------------------------------------


@pytest.fixture(scope="module")
def petstore() -> ModuleType:
    return import_sdk(GOLDEN / "petstore" / "src", "petstore")


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def pets_client(
    petstore: ModuleType, petstore_prism_url: str, sent: list[httpx.Request]
) -> Iterator[Any]:
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with petstore.Petstore(
        api_key="pet-key", base_url=petstore_prism_url, http_client=http
    ) as client:
        yield client
    http.close()


def test_plain_operations(
    petstore: ModuleType, pets_client: Any, sent: list[httpx.Request]
) -> None:
    from petstore.types import Pet

    pets = pets_client.pets.list(limit=5, tags=["small", "indoor"], x_request_id="req-1")
    assert isinstance(pets, list) and all(isinstance(pet, Pet) for pet in pets)
    assert sent[-1].url.params["tags"] == "small,indoor"  # explode: false
    assert sent[-1].url.params["limit"] == "5"
    assert sent[-1].headers["x-request-id"] == "req-1"
    assert sent[-1].headers["x-api-key"] == "pet-key"

    created = pets_client.pets.create(name="Rex", kind="dog")
    assert isinstance(created, Pet) and isinstance(created.born_at, datetime)
    assert json.loads(sent[-1].content) == {
        "name": "Rex",
        "kind": "dog",
    }  # nothing left out is sent

    assert isinstance(pets_client.pets.retrieve(7), Pet)
    assert sent[-1].url.path == "/pets/7"
    assert pets_client.pets.delete(7) is None
    assert sent[-1].method == "DELETE"
    assert pets_client.pets.upload_photo(7, body=b"\x89PNG...") is None
    assert sent[-1].headers["content-type"] == "application/octet-stream"
    assert sent[-1].content == b"\x89PNG..."


def test_plain_operation_raw_response_and_errors(petstore: ModuleType, pets_client: Any) -> None:
    response = pets_client.pets.with_raw_response.create(name="Rex")
    assert response.status_code == 201
    assert response.parse().name == "string"  # Prism's example
    # The spec's "default" error response: {code, message}; its message becomes ours.
    with pytest.raises(petstore.UnprocessableEntityError, match="^Error code: 422 - string$"):
        pets_client.pets.retrieve("not-a-number")
    with pytest.raises(petstore.AuthenticationError):
        pets_client.pets.list(extra_headers={"X-API-Key": ""})


@pytest.mark.anyio
async def test_async_plain_operations(petstore: ModuleType, petstore_prism_url: str) -> None:
    from petstore.types import Pet

    async with petstore.AsyncPetstore(api_key="pet-key", base_url=petstore_prism_url) as client:
        pets = await client.pets.list(limit=5, tags=["small"])
        assert all(isinstance(pet, Pet) for pet in pets)
        assert isinstance(await client.pets.create(name="Rex"), Pet)
        assert isinstance(await client.pets.retrieve(7), Pet)
        assert await client.pets.delete(7) is None
        assert await client.pets.upload_photo(7, body=b"data") is None
        response = await client.pets.with_raw_response.delete(7)
        assert response.status_code == 204 and response.parse() is None


# -- paginated operations with other cursor names ---------------------------------

WIDGETS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1.0.0"},
    "servers": [{"url": "https://widgets.example.com"}],
    "security": [{"Token": []}],
    "components": {
        "securitySchemes": {"Token": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Widget": {
                "type": "object",
                "required": ["user_id", "status"],
                "properties": {"user_id": {"type": "string"}, "status": {"type": "string"}},
            }
        },
    },
    "paths": {
        # The cursor shape of the configuration: ?after= -> results, after_cursor.
        "/v2/gadgets": {
            "get": {
                "operationId": "listGadgets",
                "parameters": [
                    {"name": "after", "in": "query", "schema": {"type": "string"}},
                    {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {"200": {"description": "A page.", "content": {"application/json": {"schema": {
                    "type": "object",
                    "required": ["results"],
                    "properties": {
                        "results": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
                        "after_cursor": {"type": ["string", "null"]},
                    },
                }}}}},
            }
        },
        # Declared in the spec: ?cursor= -> data, next.
        "/v2/widgets": {
            "get": {
                "operationId": "listWidgets",
                "x-sdkgen-pagination": {"request_param": "cursor", "items": "data", "next_cursor": "next"},
                "parameters": [
                    {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                    {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {"200": {"description": "A page.", "content": {"application/json": {"schema": {
                    "type": "object",
                    "required": ["data"],
                    "properties": {
                        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
                        "next": {"type": ["string", "null"]},
                        "total_size": {"type": "integer"},
                    },
                }}}}},
            }
        },
    },
}  # fmt: skip

WIDGETS_CONFIG = """\
[tool.sdkgen]
spec = "spec.json"
output = "out"
package = "widgets"
distribution = "widgets"
client_class = "Widgets"
cli_name = "widgets"
env_prefix = "WIDGETS"

[tool.sdkgen.pagination]
request_param = "after"
items_field = "results"
next_field = "after_cursor"
"""


@pytest.fixture(scope="module")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    folder = tmp_path_factory.mktemp("widgets")
    (folder / "spec.json").write_text(json.dumps(WIDGETS_SPEC))
    (folder / "pyproject.toml").write_text(WIDGETS_CONFIG)
    result = subprocess.run(
        [str(BIN / "sdkgen"), "generate", "-q"],
        check=False,
        cwd=folder,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return import_sdk(folder / "out" / "src", "widgets")


@pytest.mark.parametrize(
    ("method", "path", "cursor_param", "items_field", "next_field"),
    [
        ("gadgets", "/v2/gadgets", "after", "results", "after_cursor"),
        ("widgets", "/v2/widgets", "cursor", "data", "next"),
    ],
)
def test_paginated_operations_with_other_cursor_names(
    widgets: ModuleType,
    method: str,
    path: str,
    cursor_param: str,
    items_field: str,
    next_field: str,
) -> None:
    server = FakeAPI(
        make_jobs(23),
        path=path,
        cursor_param=cursor_param,
        items_field=items_field,
        next_field=next_field,
    )
    with server as api, widgets.Widgets(api_key=API_KEY, base_url=api.url) as client:
        listing = getattr(client, method).list(page_size=10)
        first_page_items = getattr(listing, items_field)
        assert [w.user_id for w in first_page_items] == [f"user-{i}" for i in range(10)]
        assert listing.has_next_page()
        assert [w.user_id for w in listing] == [f"user-{i}" for i in range(23)]
        assert [r.query.get(cursor_param) for r in api.requests] == [None, ["10"], ["20"]]


@pytest.mark.anyio
async def test_async_paginated_operation_declared_in_the_spec(widgets: ModuleType) -> None:
    server = FakeAPI(
        make_jobs(23),
        path="/v2/widgets",
        cursor_param="cursor",
        items_field="data",
        next_field="next",
    )
    with server as api:
        async with widgets.AsyncWidgets(api_key=API_KEY, base_url=api.url) as client:
            users = [w.user_id async for w in client.widgets.list(page_size=10)]
            first = await client.widgets.list(page_size=20)
    assert users == [f"user-{i}" for i in range(23)]
    assert first.total_size == 23 and first.next == "20"
