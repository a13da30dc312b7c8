"""What ``sdkgen diff`` reports between two versions of a spec, and which changes it calls breaking.

Each row is a pair of tiny specs and the whole report, one change a line, ``[breaking]``
marking the breaking ones. A change breaks users when code written against the old SDK can
stop working: what they send must now be different, or what they read may now be missing.
Rows marked xfail hold the right verdict where the differ gives a wrong one today.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.specdiff import diff_apis
from tests.spec_builder import build, ok, openapi


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def query(name: str, schema: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema or {"type": "string"}, **extra}


def get(*parameters: dict[str, Any], response: dict[str, Any] | None = None) -> Any:
    return {"parameters": list(parameters), "responses": ok(response)}


def post(
    body: dict[str, Any] | None = None,
    *,
    media_type: str = "application/json",
    required: bool = True,
) -> Any:
    operation: dict[str, Any] = {"responses": ok()}
    if body is not None:
        operation["requestBody"] = {"required": required, "content": {media_type: {"schema": body}}}
    return operation


def obj(required: list[str] | None = None, **properties: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
ID = {"name": "id", "in": "path", "required": True, "schema": STRING}
PETS = {"/pets": {"get": get()}}
PET = obj(["id"], id=STRING, tag=STRING)

# A named schema used only in responses, only in requests, or as part of a request body.
READ_ONLY = {"/pets": {"get": get(response=ref("Pet"))}}
WRITE_ONLY = {"/pets": {"post": post(ref("Pet"))}}
NESTED_IN_BODY = {"/pets": {"post": post(obj(["owner"], owner=ref("Pet")))}}

ITEMS = {"type": "array", "items": STRING}
PAGE = obj(["items"], items=ITEMS, next_page_token={"type": ["string", "null"]})

# Why the xfail rows fail today: the differ judges a named schema's fields without
# knowing whether users send it (where fewer required fields break nobody and more do)
# or read it (where more required fields break nobody and fewer do).
DIRECTION = "schema changes are judged alike whether users send the schema or read it"

# (id, old spec, new spec, the report, why it is wrong today or None)
ROWS: list[tuple[str, dict[str, Any], dict[str, Any], list[str], str | None]] = [
    ("no-change", openapi(PETS), openapi(PETS), [], None),
    # operations
    (
        "operation-added",
        openapi(PETS),
        openapi({**PETS, "/pets/{id}": {"parameters": [ID], "get": get()}}),
        ["GET /pets/{id}: operation added"],
        None,
    ),
    (
        "operation-removed",
        openapi({**PETS, "/pets/{id}": {"parameters": [ID], "get": get()}}),
        openapi(PETS),
        ["GET /pets/{id}: operation removed [breaking]"],
        None,
    ),
    (
        "method-added-on-a-path",
        openapi(PETS),
        openapi({"/pets": {"get": get(), "post": post()}}),
        ["POST /pets: operation added"],
        None,
    ),
    (
        "method-renamed",
        openapi(PETS),
        openapi({"/pets": {"get": {**get(), "x-sdkgen-method": "all"}}}),
        ["GET /pets: method renamed from pets.list() to pets.all() [breaking]"],
        None,
    ),
    # parameters
    (
        "optional-parameter-added",
        openapi(PETS),
        openapi({"/pets": {"get": get(query("tag"))}}),
        ["GET /pets: optional query parameter 'tag' added"],
        None,
    ),
    (
        "required-parameter-added",
        openapi(PETS),
        openapi({"/pets": {"get": get(query("tag", required=True))}}),
        ["GET /pets: required query parameter 'tag' added [breaking]"],
        None,
    ),
    (
        "header-parameter-added",
        openapi(PETS),
        openapi({"/pets": {"get": get({"name": "X-Trace", "in": "header", "schema": STRING})}}),
        ["GET /pets: optional header parameter 'X-Trace' added"],
        None,
    ),
    (
        "parameter-removed",
        openapi({"/pets": {"get": get(query("tag"))}}),
        openapi(PETS),
        ["GET /pets: query parameter 'tag' removed [breaking]"],
        None,
    ),
    (
        "parameter-moved-to-a-header",
        openapi({"/pets": {"get": get(query("tag"))}}),
        openapi({"/pets": {"get": get({"name": "tag", "in": "header", "schema": STRING})}}),
        [
            "GET /pets: query parameter 'tag' removed [breaking]",
            "GET /pets: optional header parameter 'tag' added",
        ],
        None,
    ),
    (
        "parameter-became-required",
        openapi({"/pets": {"get": get(query("tag"))}}),
        openapi({"/pets": {"get": get(query("tag", required=True))}}),
        ["GET /pets: query parameter 'tag' became required [breaking]"],
        None,
    ),
    (
        "parameter-became-optional",
        openapi({"/pets": {"get": get(query("tag", required=True))}}),
        openapi({"/pets": {"get": get(query("tag"))}}),
        ["GET /pets: query parameter 'tag' became optional"],
        None,
    ),
    (
        "parameter-type-changed",
        openapi({"/pets": {"get": get(query("limit", INTEGER))}}),
        openapi({"/pets": {"get": get(query("limit", STRING))}}),
        ["GET /pets: query parameter 'limit' changed type from integer to string [breaking]"],
        None,
    ),
    (
        "parameter-format-changed",
        openapi({"/pets": {"get": get(query("since", STRING))}}),
        openapi({"/pets": {"get": get(query("since", {"type": "string", "format": "date"}))}}),
        ["GET /pets: query parameter 'since' changed type from string to string (date) [breaking]"],
        None,
    ),
    (
        "parameter-description-changed",
        openapi({"/pets": {"get": get(query("tag", description="a tag"))}}),
        openapi({"/pets": {"get": get(query("tag", description="the tag"))}}),
        [],
        None,
    ),
    (
        "parameter-widened",
        openapi({"/pets": {"get": get(query("limit", INTEGER))}}),
        openapi({"/pets": {"get": get(query("limit", {"type": ["integer", "string"]}))}}),
        ["GET /pets: query parameter 'limit' changed type from integer to integer|string"],
        "a wider type for a value users send is flagged breaking; only narrowing breaks them",
    ),
    (
        "parameter-enum-value-added",
        openapi({"/pets": {"get": get(query("kind", {"type": "string", "enum": ["cat"]}))}}),
        openapi({"/pets": {"get": get(query("kind", {"type": "string", "enum": ["cat", "dog"]}))}}),
        ["GET /pets query parameter 'kind': enum value 'dog' added"],
        None,
    ),
    (
        "parameter-enum-value-removed",
        openapi({"/pets": {"get": get(query("kind", {"type": "string", "enum": ["cat", "dog"]}))}}),
        openapi({"/pets": {"get": get(query("kind", {"type": "string", "enum": ["cat"]}))}}),
        ["GET /pets query parameter 'kind': enum value 'dog' removed [breaking]"],
        None,
    ),
    # request bodies
    (
        "request-body-added",
        openapi({"/pets": {"post": post()}}),
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        ["POST /pets: request body added (required) [breaking]"],
        None,
    ),
    (
        "optional-request-body-added",
        openapi({"/pets": {"post": post()}}),
        openapi({"/pets": {"post": post(obj(name=STRING), required=False)}}),
        ["POST /pets: request body added"],
        None,
    ),
    (
        "request-body-removed",
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        openapi({"/pets": {"post": post()}}),
        ["POST /pets: request body removed [breaking]"],
        None,
    ),
    (
        "request-body-media-type-changed",
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        openapi(
            {
                "/pets": {
                    "post": post(obj(name=STRING), media_type="application/x-www-form-urlencoded")
                }
            }
        ),
        [
            "POST /pets: request body changed from application/json to "
            "application/x-www-form-urlencoded [breaking]"
        ],
        None,
    ),
    (
        "optional-body-field-added",
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        openapi({"/pets": {"post": post(obj(name=STRING, tag=STRING))}}),
        ["POST /pets: optional body field 'tag' added"],
        None,
    ),
    (
        "required-body-field-added",
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        openapi({"/pets": {"post": post(obj(["tag"], name=STRING, tag=STRING))}}),
        ["POST /pets: required body field 'tag' added [breaking]"],
        None,
    ),
    (
        "body-field-removed",
        openapi({"/pets": {"post": post(obj(name=STRING, tag=STRING))}}),
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        ["POST /pets: body field 'tag' removed [breaking]"],
        None,
    ),
    (
        "body-field-became-required",
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        openapi({"/pets": {"post": post(obj(["name"], name=STRING))}}),
        ["POST /pets: body field 'name' became required [breaking]"],
        None,
    ),
    (
        "body-field-type-changed",
        openapi({"/pets": {"post": post(obj(age=INTEGER))}}),
        openapi({"/pets": {"post": post(obj(age=STRING))}}),
        ["POST /pets: body field 'age' changed type from integer to string [breaking]"],
        None,
    ),
    # responses
    (
        "response-body-removed",
        openapi({"/pets": {"get": get(response=obj(name=STRING))}}),
        openapi(PETS),
        ["GET /pets: response body removed [breaking]"],
        None,
    ),
    (
        "response-type-changed",
        openapi({"/pets": {"get": get(response={"type": "array", "items": STRING})}}),
        openapi({"/pets": {"get": get(response=STRING)}}),
        ["GET /pets: response changed type from array of string to string [breaking]"],
        None,
    ),
    (
        "response-may-now-be-null",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(
            {"/pets": {"get": get(response={"anyOf": [ref("Pet"), {"type": "null"}]})}},
            {"Pet": PET},
        ),
        ["GET /pets: response may now be null [breaking]"],
        None,
    ),
    (
        "pagination-added",
        openapi({"/pets": {"get": get(query("page_token"), response=obj(["items"], items=ITEMS))}}),
        openapi({"/pets": {"get": get(query("page_token"), response=PAGE)}}),
        [
            "GET /pets response: optional field 'next_page_token' added",
            "GET /pets: pagination added [breaking]",
        ],
        None,
    ),
    # named schemas
    (
        "schema-added",
        openapi(PETS),
        openapi(PETS, {"Pet": PET}),
        ["schema Pet: added"],
        None,
    ),
    (
        "schema-removed",
        openapi(PETS, {"Pet": PET}),
        openapi(PETS),
        ["schema Pet: removed [breaking]"],
        None,
    ),
    (
        "enum-value-added",
        openapi(PETS, {"Kind": {"type": "string", "enum": ["cat"]}}),
        openapi(PETS, {"Kind": {"type": "string", "enum": ["cat", "dog"]}}),
        ["schema Kind: enum value 'dog' added"],
        None,
    ),
    (
        "enum-value-removed",
        openapi(PETS, {"Kind": {"type": "string", "enum": ["cat", "dog"]}}),
        openapi(PETS, {"Kind": {"type": "string", "enum": ["cat"]}}),
        ["schema Kind: enum value 'dog' removed [breaking]"],
        None,
    ),
    (
        "field-type-changed",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id"], id=INTEGER, tag=STRING)}),
        ["schema Pet: field 'id' changed type from string to integer [breaking]"],
        None,
    ),
    (
        "nested-field-removed",
        openapi(READ_ONLY, {"Pet": obj(owner=obj(name=STRING, email=STRING))}),
        openapi(READ_ONLY, {"Pet": obj(owner=obj(name=STRING))}),
        ["schema Pet.owner: field 'email' removed [breaking]"],
        None,
    ),
    (
        "field-added-through-allof",
        openapi(READ_ONLY, {"Base": obj(id=STRING), "Pet": {"allOf": [ref("Base")]}}),
        openapi(
            READ_ONLY,
            {"Base": obj(id=STRING), "Pet": {"allOf": [ref("Base"), obj(tag=STRING)]}},
        ),
        ["schema Pet: optional field 'tag' added"],
        None,
    ),
    # a schema users read
    (
        "read-optional-field-added",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id"], id=STRING, tag=STRING, age=INTEGER)}),
        ["schema Pet: optional field 'age' added"],
        None,
    ),
    (
        "read-required-field-added",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id", "age"], id=STRING, tag=STRING, age=INTEGER)}),
        ["schema Pet: required field 'age' added"],
        None,
    ),
    (
        "read-field-removed",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id"], id=STRING)}),
        ["schema Pet: field 'tag' removed [breaking]"],
        None,
    ),
    (
        "read-field-became-optional",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(id=STRING, tag=STRING)}),
        ["schema Pet: field 'id' became optional [breaking]"],
        None,
    ),
    (
        "read-field-became-required",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id", "tag"], id=STRING, tag=STRING)}),
        ["schema Pet: field 'tag' became required"],
        DIRECTION,
    ),
    # a schema users send
    (
        "sent-optional-field-added",
        openapi(WRITE_ONLY, {"Pet": PET}),
        openapi(WRITE_ONLY, {"Pet": obj(["id"], id=STRING, tag=STRING, age=INTEGER)}),
        ["POST /pets: optional body field 'age' added", "schema Pet: optional field 'age' added"],
        None,
    ),
    (
        "sent-field-became-required",
        openapi(WRITE_ONLY, {"Pet": PET}),
        openapi(WRITE_ONLY, {"Pet": obj(["id", "tag"], id=STRING, tag=STRING)}),
        [
            "POST /pets: body field 'tag' became required [breaking]",
            "schema Pet: field 'tag' became required [breaking]",
        ],
        None,
    ),
    (
        "sent-field-became-optional",
        openapi(WRITE_ONLY, {"Pet": PET}),
        openapi(WRITE_ONLY, {"Pet": obj(id=STRING, tag=STRING)}),
        ["schema Pet: field 'id' became optional"],
        DIRECTION,
    ),
    (
        "sent-nested-required-field-added",
        openapi(NESTED_IN_BODY, {"Pet": PET}),
        openapi(NESTED_IN_BODY, {"Pet": obj(["id", "age"], id=STRING, tag=STRING, age=INTEGER)}),
        ["schema Pet: required field 'age' added [breaking]"],
        DIRECTION,
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "report"),
    [
        pytest.param(
            old,
            new,
            report,
            id=id_,
            marks=[pytest.mark.xfail(strict=True, reason=bug)] if bug else [],
        )
        for id_, old, new, report, bug in ROWS
    ],
)
def test_diff(tmp_path: Path, old: dict[str, Any], new: dict[str, Any], report: list[str]) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    before, _ = build(tmp_path / "old", old)
    after, _ = build(tmp_path / "new", new)
    assert [str(change) for change in diff_apis(before, after)] == report
