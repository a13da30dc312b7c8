"""What ``sdkgen diff`` reports between two versions of a spec, and which changes it calls breaking.

Each row is a pair of tiny specs and the whole report, one change a line: the subject, what
happened, the sides it touches (``request``: what users send; ``response``: what they read;
``sdk``: names in the SDK) and ``[breaking]`` on the breaking ones. A change breaks users when
code written against the old SDK can stop working: what they send must now be different, what
they read may now be missing or of another shape, or a name they use is gone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from generator.diff import diff_apis, format_json, format_text
from generator.diff.changes import RULES
from generator.ir.model import Api
from generator.models import build_models
from tests.spec_builder import build, ok, openapi
from tests.support.paths import BIN


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


def enum(*values: str) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


def const(value: str) -> dict[str, Any]:
    return {"type": "string", "enum": [value]}


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
NULLABLE_STRING = {"anyOf": [STRING, {"type": "null"}]}
ID = {"name": "id", "in": "path", "required": True, "schema": STRING}
PETS = {"/pets": {"get": get()}}
PET = obj(["id"], id=STRING, tag=STRING)

# A named schema used only in responses, only in requests, in both, or as part of a body.
READ_ONLY = {"/pets": {"get": get(response=ref("Pet"))}}
WRITE_ONLY = {"/pets": {"post": post(ref("Pet"))}}
SENT_AND_READ = {"/pets": {"get": get(response=ref("Pet")), "post": post(ref("Pet"))}}
NESTED_IN_BODY = {"/pets": {"post": post(obj(["owner"], owner=ref("Pet")))}}

ITEMS = {"type": "array", "items": STRING}
PAGE = obj(["items"], items=ITEMS, next_page_token={"type": ["string", "null"]})

# Event unions users read: an error event and a message event, told apart by `type`.
ERROR_EVENT = obj(["type", "code", "message"], type=const("error"), code=STRING, message=STRING)
MESSAGE_EVENT = obj(["type", "text"], type=const("message"), text=STRING)
PING_EVENT = obj(["type"], type=const("ping"))
EVENTS = {"/events": {"get": get(response=ref("Event"))}}
SEND_EVENT = {"/events": {"post": post(obj(["event"], event=ref("Event")))}}


def events(*branches: dict[str, Any], **schemas: Any) -> dict[str, Any]:
    return {"Event": {"oneOf": list(branches)}, **schemas}


# (id, old spec, new spec, the report)
ROWS: list[tuple[str, dict[str, Any], dict[str, Any], list[str]]] = [
    ("no-change", openapi(PETS), openapi(PETS), []),
    # operations
    (
        "operation-added",
        openapi(PETS),
        openapi({**PETS, "/pets/{id}": {"parameters": [ID], "get": get()}}),
        ["GET /pets/{id}: operation added (method pets.retrieve()) [sdk]"],
    ),
    (
        "operation-removed",
        openapi({**PETS, "/pets/{id}": {"parameters": [ID], "get": get()}}),
        openapi(PETS),
        ["GET /pets/{id}: operation removed (method pets.retrieve()) [sdk] [breaking]"],
    ),
    (
        "method-added-on-a-path",
        openapi(PETS),
        openapi({"/pets": {"get": get(), "post": post()}}),
        ["POST /pets: operation added (method pets.create()) [sdk]"],
    ),
    (
        "method-renamed",
        openapi(PETS),
        openapi({"/pets": {"get": {**get(), "x-sdkgen-method": "all"}}}),
        ["GET /pets: method renamed from pets.list() to pets.all() [sdk] [breaking]"],
    ),
    (
        "operation-deprecated",
        openapi(PETS),
        openapi({"/pets": {"get": {**get(), "deprecated": True}}}),
        ["GET /pets: deprecated [sdk]"],
    ),
    (
        "path-parameter-renamed",
        openapi({"/pets/{id}": {"parameters": [ID], "get": get()}}),
        openapi({"/pets/{pet_id}": {"parameters": [{**ID, "name": "pet_id"}], "get": get()}}),
        [
            "GET /pets/{pet_id} path parameter 'pet_id': "
            "keyword argument renamed from id to pet_id [sdk] [breaking]"
        ],
    ),
    # parameters: what users send
    (
        "optional-parameter-added",
        openapi(PETS),
        openapi({"/pets": {"get": get(query("tag"))}}),
        ["GET /pets query parameter 'tag': optional parameter added [request]"],
    ),
    (
        "required-parameter-added",
        openapi(PETS),
        openapi({"/pets": {"get": get(query("tag", required=True))}}),
        ["GET /pets query parameter 'tag': required parameter added [request] [breaking]"],
    ),
    (
        "header-parameter-added",
        openapi(PETS),
        openapi({"/pets": {"get": get({"name": "X-Trace", "in": "header", "schema": STRING})}}),
        ["GET /pets header parameter 'X-Trace': optional parameter added [request]"],
    ),
    (
        "parameter-removed",
        openapi({"/pets": {"get": get(query("tag"))}}),
        openapi(PETS),
        ["GET /pets query parameter 'tag': removed [request] [breaking]"],
    ),
    (
        "parameter-moved-to-a-header",
        openapi({"/pets": {"get": get(query("tag"))}}),
        openapi({"/pets": {"get": get({"name": "tag", "in": "header", "schema": STRING})}}),
        [
            "GET /pets query parameter 'tag': removed [request] [breaking]",
            "GET /pets header parameter 'tag': optional parameter added [request]",
        ],
    ),
    (
        "parameter-became-required",
        openapi({"/pets": {"get": get(query("tag"))}}),
        openapi({"/pets": {"get": get(query("tag", required=True))}}),
        ["GET /pets query parameter 'tag': became required [request] [breaking]"],
    ),
    (
        "parameter-became-optional",
        openapi({"/pets": {"get": get(query("tag", required=True))}}),
        openapi({"/pets": {"get": get(query("tag"))}}),
        ["GET /pets query parameter 'tag': became optional [request]"],
    ),
    (
        "parameter-type-changed",
        openapi({"/pets": {"get": get(query("limit", INTEGER))}}),
        openapi({"/pets": {"get": get(query("limit", STRING))}}),
        [
            "GET /pets query parameter 'limit': type changed from integer to string "
            "[request] [breaking]"
        ],
    ),
    (
        "parameter-format-changed",
        openapi({"/pets": {"get": get(query("since", STRING))}}),
        openapi({"/pets": {"get": get(query("since", {"type": "string", "format": "date"}))}}),
        [
            "GET /pets query parameter 'since': type changed from string to string (date) "
            "[request] [breaking]"
        ],
    ),
    (
        "parameter-description-changed",
        openapi({"/pets": {"get": get(query("tag", description="a tag"))}}),
        openapi({"/pets": {"get": get(query("tag", description="the tag"))}}),
        [],
    ),
    (
        "parameter-widened",
        openapi({"/pets": {"get": get(query("limit", INTEGER))}}),
        openapi({"/pets": {"get": get(query("limit", {"type": ["integer", "string"]}))}}),
        [
            "GET /pets query parameter 'limit': type widened from integer to integer|string [request]"
        ],
    ),
    (
        "parameter-integer-to-number",
        openapi({"/pets": {"get": get(query("limit", INTEGER))}}),
        openapi({"/pets": {"get": get(query("limit", {"type": "number"}))}}),
        ["GET /pets query parameter 'limit': type widened from integer to number [request]"],
    ),
    (
        "parameter-narrowed",
        openapi({"/pets": {"get": get(query("limit", {"type": ["integer", "string"]}))}}),
        openapi({"/pets": {"get": get(query("limit", INTEGER))}}),
        [
            "GET /pets query parameter 'limit': type narrowed from integer|string to integer "
            "[request] [breaking]"
        ],
    ),
    (
        "parameter-may-now-be-null",
        openapi({"/pets": {"get": get(query("tag"))}}),
        openapi({"/pets": {"get": get(query("tag", NULLABLE_STRING))}}),
        ["GET /pets query parameter 'tag': may now be null [request]"],
    ),
    (
        "parameter-enum-value-added",
        openapi({"/pets": {"get": get(query("kind", enum("cat")))}}),
        openapi({"/pets": {"get": get(query("kind", enum("cat", "dog")))}}),
        ["GET /pets query parameter 'kind': enum value 'dog' added [request]"],
    ),
    (
        "parameter-enum-value-removed",
        openapi({"/pets": {"get": get(query("kind", enum("cat", "dog")))}}),
        openapi({"/pets": {"get": get(query("kind", enum("cat")))}}),
        ["GET /pets query parameter 'kind': enum value 'dog' removed [request] [breaking]"],
    ),
    (
        "parameter-became-an-enum",
        openapi({"/pets": {"get": get(query("kind"))}}),
        openapi({"/pets": {"get": get(query("kind", enum("cat")))}}),
        ["GET /pets query parameter 'kind': now limited to enum value 'cat' [request] [breaking]"],
    ),
    (
        "parameter-min-length-added",
        openapi({"/pets": {"get": get(query("tag"))}}),
        openapi({"/pets": {"get": get(query("tag", {"type": "string", "minLength": 1}))}}),
        ["GET /pets query parameter 'tag': minLength 1 added [request] [breaking]"],
    ),
    (
        "parameter-maximum-raised",
        openapi({"/pets": {"get": get(query("limit", {"type": "integer", "maximum": 10}))}}),
        openapi({"/pets": {"get": get(query("limit", {"type": "integer", "maximum": 100}))}}),
        ["GET /pets query parameter 'limit': maximum changed from 10 to 100 [request]"],
    ),
    # request bodies
    (
        "request-body-added",
        openapi({"/pets": {"post": post()}}),
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        ["POST /pets: required request body added [request] [breaking]"],
    ),
    (
        "optional-request-body-added",
        openapi({"/pets": {"post": post()}}),
        openapi({"/pets": {"post": post(obj(name=STRING), required=False)}}),
        ["POST /pets: optional request body added [request]"],
    ),
    (
        "request-body-removed",
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        openapi({"/pets": {"post": post()}}),
        ["POST /pets: request body removed [request] [breaking]"],
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
            "application/x-www-form-urlencoded [request] [breaking]"
        ],
    ),
    (
        "optional-body-field-added",
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        openapi({"/pets": {"post": post(obj(name=STRING, tag=STRING))}}),
        ["POST /pets body.tag: optional field added [request]"],
    ),
    (
        "required-body-field-added",
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        openapi({"/pets": {"post": post(obj(["tag"], name=STRING, tag=STRING))}}),
        ["POST /pets body.tag: required field added [request] [breaking]"],
    ),
    (
        "body-field-removed",
        openapi({"/pets": {"post": post(obj(name=STRING, tag=STRING))}}),
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        ["POST /pets body.tag: field removed [request] [breaking]"],
    ),
    (
        "body-field-became-required",
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        openapi({"/pets": {"post": post(obj(["name"], name=STRING))}}),
        ["POST /pets body.name: field became required [request] [breaking]"],
    ),
    (
        "body-field-became-optional",
        openapi({"/pets": {"post": post(obj(["name"], name=STRING))}}),
        openapi({"/pets": {"post": post(obj(name=STRING))}}),
        ["POST /pets body.name: field became optional [request]"],
    ),
    (
        "body-field-type-changed",
        openapi({"/pets": {"post": post(obj(age=INTEGER))}}),
        openapi({"/pets": {"post": post(obj(age=STRING))}}),
        ["POST /pets body.age: type changed from integer to string [request] [breaking]"],
    ),
    (
        "body-field-no-longer-nullable",
        openapi({"/pets": {"post": post(obj(tag=NULLABLE_STRING))}}),
        openapi({"/pets": {"post": post(obj(tag=STRING))}}),
        ["POST /pets body.tag: can no longer be null [request] [breaking]"],
    ),
    # responses: what users read
    (
        "response-body-removed",
        openapi({"/pets": {"get": get(response=obj(name=STRING))}}),
        openapi(PETS),
        # One object was pets.retrieve(); with no body, the collection's GET is list().
        [
            "GET /pets: method renamed from pets.retrieve() to pets.list() [sdk] [breaking]",
            "GET /pets: response body removed [response] [breaking]",
        ],
    ),
    (
        "response-type-changed",
        openapi({"/pets": {"get": get(response={"type": "array", "items": STRING})}}),
        openapi({"/pets": {"get": get(response=STRING)}}),
        ["GET /pets response: type changed from array to string [response] [breaking]"],
    ),
    (
        "response-may-now-be-null",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(
            {"/pets": {"get": get(response={"anyOf": [ref("Pet"), {"type": "null"}]})}},
            {"Pet": PET},
        ),
        ["GET /pets response: may now be null [response] [breaking]"],
    ),
    (
        "response-field-widened",
        openapi({"/pets": {"get": get(response=obj(age=INTEGER))}}),
        openapi({"/pets": {"get": get(response=obj(age={"type": ["integer", "string"]}))}}),
        [
            "GET /pets response.age: type widened from integer to integer|string "
            "[response] [breaking]"
        ],
    ),
    (
        "response-field-narrowed",
        openapi({"/pets": {"get": get(response=obj(age={"type": "number"}))}}),
        openapi({"/pets": {"get": get(response=obj(age=INTEGER))}}),
        ["GET /pets response.age: type narrowed from number to integer [response]"],
    ),
    (
        "response-enum-value-added",
        openapi({"/pets": {"get": get(response=obj(kind=enum("cat")))}}),
        openapi({"/pets": {"get": get(response=obj(kind=enum("cat", "dog")))}}),
        ["GET /pets response.kind: enum value 'dog' added [response]"],
    ),
    (
        "response-enum-value-removed",
        openapi({"/pets": {"get": get(response=obj(kind=enum("cat", "dog")))}}),
        openapi({"/pets": {"get": get(response=obj(kind=enum("cat")))}}),
        ["GET /pets response.kind: enum value 'dog' removed [response] [breaking]"],
    ),
    (
        "response-bound-removed",
        openapi({"/pets": {"get": get(response=obj(age={"type": "integer", "minimum": 0}))}}),
        openapi({"/pets": {"get": get(response=obj(age=INTEGER))}}),
        ["GET /pets response.age: minimum 0 removed [response]"],
    ),
    (
        "pagination-added",
        openapi({"/pets": {"get": get(query("page_token"), response=obj(["items"], items=ITEMS))}}),
        openapi({"/pets": {"get": get(query("page_token"), response=PAGE)}}),
        [
            "GET /pets response.next_page_token: optional field added [response]",
            "GET /pets: pagination added [sdk] [breaking]",
        ],
    ),
    # named schemas
    (
        "schema-added",
        openapi(PETS),
        openapi(PETS, {"Pet": PET}),
        ["schema Pet: added [sdk]"],
    ),
    (
        "schema-removed",
        openapi(PETS, {"Pet": PET}),
        openapi(PETS),
        ["schema Pet: removed [sdk] [breaking]"],
    ),
    (
        "schema-renamed",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi({"/pets": {"get": get(response=ref("Animal"))}}, {"Animal": PET}),
        [
            "GET /pets response: now schema Animal, was schema Pet [response]",
            "schema Pet: renamed to Animal (same shape) [sdk] [breaking]",
        ],
    ),
    (
        "schema-renamed-in-a-body",
        openapi(WRITE_ONLY, {"Pet": PET}),
        openapi({"/pets": {"post": post(ref("Animal"))}}, {"Animal": PET}),
        [
            "POST /pets body: now schema Animal, was schema Pet [request]",
            "schema Pet: renamed to Animal (same shape) [sdk] [breaking]",
        ],
    ),
    (
        "enum-value-added",
        openapi(PETS, {"Kind": enum("cat")}),
        openapi(PETS, {"Kind": enum("cat", "dog")}),
        ["schema Kind: enum value 'dog' added [request, response]"],
    ),
    (
        "enum-value-removed",
        openapi(PETS, {"Kind": enum("cat", "dog")}),
        openapi(PETS, {"Kind": enum("cat")}),
        ["schema Kind: enum value 'dog' removed [request, response] [breaking]"],
    ),
    (
        "field-type-changed",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id"], id=INTEGER, tag=STRING)}),
        ["schema Pet.id: type changed from string to integer [response] [breaking]"],
    ),
    (
        "nested-field-removed",
        openapi(READ_ONLY, {"Pet": obj(owner=obj(name=STRING, email=STRING))}),
        openapi(READ_ONLY, {"Pet": obj(owner=obj(name=STRING))}),
        ["schema Pet.owner.email: field removed [response] [breaking]"],
    ),
    (
        "array-item-field-removed",
        openapi(READ_ONLY, {"Pet": obj(toys={"type": "array", "items": obj(name=STRING)})}),
        openapi(READ_ONLY, {"Pet": obj(toys={"type": "array", "items": obj()})}),
        ["schema Pet.toys[].name: field removed [response] [breaking]"],
    ),
    (
        "field-added-through-allof",
        openapi(READ_ONLY, {"Base": obj(id=STRING), "Pet": {"allOf": [ref("Base")]}}),
        openapi(
            READ_ONLY,
            {"Base": obj(id=STRING), "Pet": {"allOf": [ref("Base"), obj(tag=STRING)]}},
        ),
        ["schema Pet.tag: optional field added [response]"],
    ),
    (
        "base-field-removed-is-reported-once",
        openapi(READ_ONLY, {"Base": obj(id=STRING, tag=STRING), "Pet": {"allOf": [ref("Base")]}}),
        openapi(READ_ONLY, {"Base": obj(id=STRING), "Pet": {"allOf": [ref("Base")]}}),
        ["schema Base.tag: field removed [response] [breaking]"],
    ),
    (
        "field-moved-into-an-allof-part",
        openapi(READ_ONLY, {"Pet": obj(id=STRING, tag=STRING)}),
        openapi(
            READ_ONLY, {"Base": obj(id=STRING), "Pet": {"allOf": [ref("Base"), obj(tag=STRING)]}}
        ),
        ["schema Base: added [sdk]"],
    ),
    (
        "recursive-schema",
        openapi(READ_ONLY, {"Pet": obj(kids={"type": "array", "items": ref("Pet")})}),
        openapi(READ_ONLY, {"Pet": obj(kids={"type": "array", "items": ref("Pet")}, age=INTEGER)}),
        ["schema Pet.age: optional field added [response]"],
    ),
    (
        "recursion-through-a-renamed-schema",
        openapi(READ_ONLY, {"Pet": obj(kids={"type": "array", "items": ref("Pet")})}),
        openapi(
            {"/pets": {"get": get(response=ref("Animal"))}},
            {"Animal": obj(kids={"type": "array", "items": ref("Animal")}, age=INTEGER)},
        ),
        [
            "GET /pets response: now schema Animal, was schema Pet [response]",
            "GET /pets response.age: optional field added [response]",
            "schema Pet: removed [sdk] [breaking]",
            "schema Animal: added [sdk]",
        ],
    ),
    (
        "read-field-now-a-named-scalar",  # the models make a named string a root model
        openapi(READ_ONLY, {"Pet": obj(id=STRING)}),
        openapi(READ_ONLY, {"Pet": obj(id=ref("Id")), "Id": STRING}),
        [
            "schema Id: added [sdk]",
            "schema Pet.id: now wrapped in the root model Id [response] [breaking]",
        ],
    ),
    (
        "sent-field-no-longer-a-named-scalar",
        openapi(WRITE_ONLY, {"Pet": obj(id=ref("Id")), "Id": STRING}),
        openapi(WRITE_ONLY, {"Pet": obj(id=STRING)}),
        [
            "schema Id: removed [sdk] [breaking]",
            "schema Pet.id: no longer wrapped in the root model Id [request]",
        ],
    ),
    (
        "response-now-a-named-scalar",  # the method's return type sees through the root model
        openapi({"/pets": {"get": get(response=STRING)}}),
        openapi({"/pets": {"get": get(response=ref("Id"))}}, {"Id": STRING}),
        ["schema Id: added [sdk]"],
    ),
    (
        "response-union-branch-unwrapped",  # so does it through a union's branches
        openapi(
            {"/events": {"get": get(response={"anyOf": [ref("Inner"), PING_EVENT]})}},
            {
                "Inner": {"anyOf": [ref("Error"), ref("Message")]},
                "Error": ERROR_EVENT,
                "Message": MESSAGE_EVENT,
            },
        ),
        openapi(
            {
                "/events": {
                    "get": get(response={"anyOf": [ref("Error"), ref("Message"), PING_EVENT]})
                }
            },
            {
                "Inner": {"anyOf": [ref("Error"), ref("Message")]},
                "Error": ERROR_EVENT,
                "Message": MESSAGE_EVENT,
            },
        ),
        [],
    ),
    (
        "read-field-now-a-named-object",
        openapi(READ_ONLY, {"Pet": obj(owner=obj(name=STRING))}),
        openapi(READ_ONLY, {"Pet": obj(owner=ref("Owner")), "Owner": obj(name=STRING)}),
        [
            "schema Owner: added [sdk]",
            "schema Pet.owner: now schema Owner, was an inline schema [response]",
        ],
    ),
    # a schema users read
    (
        "read-optional-field-added",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id"], id=STRING, tag=STRING, age=INTEGER)}),
        ["schema Pet.age: optional field added [response]"],
    ),
    (
        "read-required-field-added",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id", "age"], id=STRING, tag=STRING, age=INTEGER)}),
        ["schema Pet.age: required field added [response]"],
    ),
    (
        "read-field-added-to-a-closed-object",
        openapi(READ_ONLY, {"Pet": {**PET, "additionalProperties": False}}),
        openapi(
            READ_ONLY,
            {
                "Pet": {
                    **obj(["id"], id=STRING, tag=STRING, age=INTEGER),
                    "additionalProperties": False,
                }
            },
        ),
        ["schema Pet.age: optional field added [response] [breaking]"],
    ),
    (
        "read-field-removed",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id"], id=STRING)}),
        ["schema Pet.tag: field removed [response] [breaking]"],
    ),
    (
        "read-field-became-optional",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(id=STRING, tag=STRING)}),
        ["schema Pet.id: field became optional [response] [breaking]"],
    ),
    (
        "read-field-became-required",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id", "tag"], id=STRING, tag=STRING)}),
        ["schema Pet.tag: field became required [response]"],
    ),
    (
        "read-field-may-now-be-null",
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id"], id=NULLABLE_STRING, tag=STRING)}),
        ["schema Pet.id: may now be null [response] [breaking]"],
    ),
    # a schema users send
    (
        "sent-optional-field-added",
        openapi(WRITE_ONLY, {"Pet": PET}),
        openapi(WRITE_ONLY, {"Pet": obj(["id"], id=STRING, tag=STRING, age=INTEGER)}),
        ["schema Pet.age: optional field added [request]"],
    ),
    (
        "sent-field-became-required",
        openapi(WRITE_ONLY, {"Pet": PET}),
        openapi(WRITE_ONLY, {"Pet": obj(["id", "tag"], id=STRING, tag=STRING)}),
        ["schema Pet.tag: field became required [request] [breaking]"],
    ),
    (
        "sent-field-became-optional",
        openapi(WRITE_ONLY, {"Pet": PET}),
        openapi(WRITE_ONLY, {"Pet": obj(id=STRING, tag=STRING)}),
        ["schema Pet.id: field became optional [request]"],
    ),
    (
        "sent-nested-required-field-added",
        openapi(NESTED_IN_BODY, {"Pet": PET}),
        openapi(NESTED_IN_BODY, {"Pet": obj(["id", "age"], id=STRING, tag=STRING, age=INTEGER)}),
        ["schema Pet.age: required field added [request] [breaking]"],
    ),
    (
        "sent-field-may-now-be-null",
        openapi(WRITE_ONLY, {"Pet": PET}),
        openapi(WRITE_ONLY, {"Pet": obj(["id"], id=NULLABLE_STRING, tag=STRING)}),
        ["schema Pet.id: may now be null [request]"],
    ),
    # a schema users both send and read: each side's verdict
    (
        "sent-and-read-field-became-required",
        openapi(SENT_AND_READ, {"Pet": PET}),
        openapi(SENT_AND_READ, {"Pet": obj(["id", "tag"], id=STRING, tag=STRING)}),
        [
            "schema Pet.tag: field became required [request] [breaking]",
            "schema Pet.tag: field became required [response]",
        ],
    ),
    (
        "sent-and-read-field-became-optional",
        openapi(SENT_AND_READ, {"Pet": PET}),
        openapi(SENT_AND_READ, {"Pet": obj(id=STRING, tag=STRING)}),
        [
            "schema Pet.id: field became optional [response] [breaking]",
            "schema Pet.id: field became optional [request]",
        ],
    ),
    (
        "model-only-field-became-optional",  # no operation uses it: users may build or parse it
        openapi(PETS, {"Pet": PET}),
        openapi(PETS, {"Pet": obj(id=STRING, tag=STRING)}),
        [
            "schema Pet.id: field became optional [response] [breaking]",
            "schema Pet.id: field became optional [request]",
        ],
    ),
    # unions, their branches matched by tag, discriminator or name, never by position
    (
        "union-branches-reordered",
        openapi(EVENTS, events(ERROR_EVENT, MESSAGE_EVENT)),
        openapi(EVENTS, events(MESSAGE_EVENT, ERROR_EVENT)),
        [],
    ),
    (
        "read-union-branch-added",
        openapi(EVENTS, events(ERROR_EVENT, MESSAGE_EVENT)),
        openapi(EVENTS, events(ERROR_EVENT, MESSAGE_EVENT, PING_EVENT)),
        ["schema Event[type=ping]: union branch added [response] [breaking]"],
    ),
    (
        "sent-union-branch-added",
        openapi(SEND_EVENT, events(ERROR_EVENT, MESSAGE_EVENT)),
        openapi(SEND_EVENT, events(ERROR_EVENT, MESSAGE_EVENT, PING_EVENT)),
        ["schema Event[type=ping]: union branch added [request]"],
    ),
    (
        "read-union-branch-removed",
        openapi(EVENTS, events(ERROR_EVENT, MESSAGE_EVENT, PING_EVENT)),
        openapi(EVENTS, events(ERROR_EVENT, MESSAGE_EVENT)),
        ["schema Event[type=ping]: union branch removed [response] [breaking]"],
    ),
    (
        "sent-union-branch-removed",
        openapi(SEND_EVENT, events(ERROR_EVENT, MESSAGE_EVENT, PING_EVENT)),
        openapi(SEND_EVENT, events(ERROR_EVENT, MESSAGE_EVENT)),
        ["schema Event[type=ping]: union branch removed [request] [breaking]"],
    ),
    (
        "union-branch-fields-moved-under-error",
        openapi(EVENTS, events(MESSAGE_EVENT, ERROR_EVENT)),
        openapi(
            EVENTS,
            events(
                obj(["type", "error"], type=const("error"), error=obj(code=STRING, message=STRING)),
                MESSAGE_EVENT,
            ),
        ),
        [
            "schema Event[type=error].code: field removed [response] [breaking]",
            "schema Event[type=error].message: field removed [response] [breaking]",
            "schema Event[type=error].error: required field added [response]",
        ],
    ),
    (
        "union-branch-field-added-matched-by-discriminator",
        openapi(
            EVENTS,
            {
                "Event": {
                    "oneOf": [ref("Failure"), ref("Note")],
                    "discriminator": {
                        "propertyName": "kind",
                        "mapping": {"failure": ref("Failure")["$ref"], "note": ref("Note")["$ref"]},
                    },
                },
                "Failure": obj(kind=STRING, code=STRING),
                "Note": obj(kind=STRING, text=STRING),
            },
        ),
        openapi(
            EVENTS,
            {
                "Event": {
                    "oneOf": [ref("Note"), ref("Problem")],
                    "discriminator": {
                        "propertyName": "kind",
                        "mapping": {"failure": ref("Problem")["$ref"], "note": ref("Note")["$ref"]},
                    },
                },
                "Problem": obj(kind=STRING, reason=STRING),
                "Note": obj(kind=STRING, text=STRING),
            },
        ),
        [
            "schema Failure: removed [sdk] [breaking]",
            "schema Problem: added [sdk]",
            "schema Event[kind=failure]: now schema Problem, was schema Failure [response]",
            "schema Event[kind=failure].code: field removed [response] [breaking]",
            "schema Event[kind=failure].reason: optional field added [response]",
        ],
    ),
    (
        "union-unwrapped",
        openapi(
            EVENTS,
            {
                "Event": {"anyOf": [ref("Inner"), PING_EVENT]},
                "Inner": {"anyOf": [ref("Error"), ref("Message")]},
                "Error": ERROR_EVENT,
                "Message": MESSAGE_EVENT,
            },
        ),
        openapi(
            EVENTS,
            {
                "Event": {"anyOf": [ref("Error"), ref("Message"), PING_EVENT]},
                "Inner": {"anyOf": [ref("Error"), ref("Message")]},
                "Error": ERROR_EVENT,
                "Message": MESSAGE_EVENT,
            },
        ),
        ["schema Event[Inner]: union branch replaced by its 2 members [response] [breaking]"],
    ),
    (
        "union-wrapped",
        openapi(
            EVENTS,
            {
                "Event": {"anyOf": [ref("Error"), ref("Message"), PING_EVENT]},
                "Inner": {"anyOf": [ref("Error"), ref("Message")]},
                "Error": ERROR_EVENT,
                "Message": MESSAGE_EVENT,
            },
        ),
        openapi(
            EVENTS,
            {
                "Event": {"anyOf": [ref("Inner"), PING_EVENT]},
                "Inner": {"anyOf": [ref("Error"), ref("Message")]},
                "Error": ERROR_EVENT,
                "Message": MESSAGE_EVENT,
            },
        ),
        ["schema Event[Inner]: union branch now wraps 2 members [response] [breaking]"],
    ),
    (
        "read-scalar-became-a-union",
        openapi(READ_ONLY, {"Pet": obj(tag=STRING)}),
        openapi(READ_ONLY, {"Pet": obj(tag={"anyOf": [STRING, ITEMS]})}),
        ["schema Pet.tag[array]: union branch added [response] [breaking]"],
    ),
    (
        "sent-scalar-became-a-union",
        openapi(WRITE_ONLY, {"Pet": obj(tag=STRING)}),
        openapi(WRITE_ONLY, {"Pet": obj(tag={"anyOf": [STRING, ITEMS]})}),
        ["schema Pet.tag[array]: union branch added [request]"],
    ),
]


def _apis(tmp_path: Path, old: dict[str, Any], new: dict[str, Any]) -> tuple[Api, Api]:
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    before, _ = build(tmp_path / "old", old)
    after, _ = build(tmp_path / "new", new)
    return before, after


@pytest.mark.parametrize(("old", "new", "report"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_diff(tmp_path: Path, old: dict[str, Any], new: dict[str, Any], report: list[str]) -> None:
    before, after = _apis(tmp_path, old, new)
    assert [str(change) for change in diff_apis(before, after)] == report


def test_every_verdict_says_why_and_where(tmp_path: Path) -> None:
    before, after = _apis(
        tmp_path,
        openapi(SENT_AND_READ, {"Pet": PET}),
        openapi(SENT_AND_READ, {"Pet": obj(["tag"], tag=STRING)}),
    )
    changes = {(c.kind, c.sides): c for c in diff_apis(before, after)}
    removed = changes[("field-removed", ("request", "response"))]
    assert (removed.subject, removed.spec, removed.pointer) == (
        "schema Pet.id",
        "old",
        "/components/schemas/Pet/properties/id",
    )
    assert removed.why == (
        "request: calls that set it are refused: the model no longer has it; "
        "response: code that reads it fails"
    )
    required = changes[("field-required", ("request",))]
    assert (required.spec, required.pointer, required.breaking) == (
        "new",
        "/components/schemas/Pet/properties/tag",
        True,
    )
    assert changes[("field-required", ("response",))].why == "it is now always there"


def test_text_report_puts_breaking_changes_first_with_why_and_where(tmp_path: Path) -> None:
    before, after = _apis(
        tmp_path,
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id"], id=STRING, age=INTEGER)}),
    )
    assert format_text(diff_apis(before, after)) == (
        "Breaking changes (1):\n"
        "  - schema Pet.tag: field removed [response] [breaking]\n"
        "      code that reads it fails (old #/components/schemas/Pet/properties/tag)\n"
        "\n"
        "Other changes (1):\n"
        "  - schema Pet.age: optional field added [response]\n"
        "      code that does not read it is unaffected (new #/components/schemas/Pet/properties/age)\n"
    )
    assert format_text([]) == "No API changes.\n"


def test_json_report_has_every_field(tmp_path: Path) -> None:
    before, after = _apis(
        tmp_path,
        openapi(READ_ONLY, {"Pet": PET}),
        openapi(READ_ONLY, {"Pet": obj(["id"], id=STRING, age=INTEGER)}),
    )
    report = json.loads(format_json(diff_apis(before, after)))
    assert report["breaking"] is True
    assert report["changes"][0] == {
        "kind": "field-removed",
        "subject": "schema Pet.tag",
        "detail": "field removed",
        "sides": ["response"],
        "breaking": True,
        "why": "code that reads it fails",
        "pointer": "#/components/schemas/Pet/properties/tag",
        "spec": "old",
        "line": "schema Pet.tag: field removed [response] [breaking]",
    }
    assert [c["kind"] for c in report["changes"]] == ["field-removed", "optional-field-added"]


def test_every_rule_has_a_verdict_for_a_side_and_a_reason() -> None:
    for kind, rule in RULES.items():
        assert rule, kind
        assert all(verdict.why for verdict in rule.values()), kind


# -- model classes: names only the models stage knows ----------------------------------------


def _with_models(tmp_path: Path, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    before, after = _apis(tmp_path, old, new)
    models = tuple(
        build_models(doc, package="sdk", template_dir=None, spec_file="spec.json", reserved=())
        for doc in (old, new)
    )
    return [str(change) for change in diff_apis(before, after, (models[0], models[1]))]


def test_an_enum_member_renamed_by_the_models_is_breaking(tmp_path: Path) -> None:
    # 'a-b' was member A_B; the new value 'a_b' takes that name and 'a-b' becomes a_b_1.
    old = openapi(READ_ONLY, {"Pet": obj(kind=enum("a-b"))})
    new = openapi(READ_ONLY, {"Pet": obj(kind=enum("a_b", "a-b"))})
    assert _with_models(tmp_path, old, new) == [
        "schema Pet.kind: enum value 'a_b' added [response]",
        "class PetKind: member A_B renamed to a_b_1 (value 'a-b') [sdk] [breaking]",
    ]


def test_a_class_that_turns_into_a_root_model_is_breaking(tmp_path: Path) -> None:
    old = openapi(READ_ONLY, {"Pet": obj(id=STRING)})
    new = openapi(READ_ONLY, {"Pet": {"anyOf": [obj(id=STRING), ITEMS]}})
    assert _with_models(tmp_path, old, new) == [
        # No longer always one object: the collection's GET is list() again.
        "GET /pets: method renamed from pets.retrieve() to pets.list() [sdk] [breaking]",
        "schema Pet[array]: union branch added [response] [breaking]",
        "class Pet: changed from a model to a root model [sdk] [breaking]",
    ]


def test_the_class_of_a_removed_inline_enum_is_reported(tmp_path: Path) -> None:
    old = openapi(READ_ONLY, {"Pet": obj(kind=enum("cat"))})
    new = openapi(READ_ONLY, {"Pet": obj()})
    assert _with_models(tmp_path, old, new) == [
        "schema Pet.kind: field removed [response] [breaking]",
        "class PetKind: removed [sdk] [breaking]",
    ]


def test_a_renamed_schema_names_both_classes(tmp_path: Path) -> None:
    old = openapi({"/pets": {"get": get(response=ref("Pet-2"))}}, {"Pet-2": PET})
    new = openapi({"/pets": {"get": get(response=ref("Animal"))}}, {"Animal": PET})
    assert _with_models(tmp_path, old, new) == [
        "GET /pets response: now schema Animal, was schema Pet-2 [response]",
        "schema Pet-2: renamed to Animal (same shape) (class Pet2, now Animal) [sdk] [breaking]",
    ]


# -- the verdicts on what users read hold for the SDK's models ---------------------------------


@pytest.fixture
def old_models() -> Iterator[Any]:
    """Load the models generated from a spec, as the old SDK would hold them."""
    loaded: list[str] = []

    def load(document: dict[str, Any]) -> ModuleType:
        source = build_models(
            document, package="llamacloud", template_dir=None, spec_file="old.json", reserved=()
        ).source
        module = ModuleType(f"old_models_{len(loaded)}")
        sys.modules[module.__name__] = module
        loaded.append(module.__name__)
        exec(compile(source, module.__name__, "exec"), module.__dict__)  # noqa: S102 - our own output
        return module

    yield load
    for name in loaded:
        sys.modules.pop(name, None)


def _verdict(tmp_path: Path, old: dict[str, Any], new: dict[str, Any]) -> list[bool]:
    before, after = _apis(tmp_path, old, new)
    return [change.breaking for change in diff_apis(before, after)]


def test_old_models_refuse_a_new_union_branch_so_it_breaks_readers(
    tmp_path: Path, old_models: Any
) -> None:
    old = openapi(EVENTS, events(ERROR_EVENT, MESSAGE_EVENT))
    event = old_models(old).Event
    event.model_validate({"type": "message", "text": "hi"})
    with pytest.raises(pydantic.ValidationError):
        event.model_validate({"type": "ping"})
    assert _verdict(
        tmp_path, old, openapi(EVENTS, events(ERROR_EVENT, MESSAGE_EVENT, PING_EVENT))
    ) == [True]


def test_old_models_refuse_a_new_field_of_a_closed_object_so_it_breaks_readers(
    tmp_path: Path, old_models: Any
) -> None:
    closed = {**PET, "additionalProperties": False}
    old = openapi(READ_ONLY, {"Pet": closed})
    pet = old_models(old).Pet
    with pytest.raises(pydantic.ValidationError):
        pet.model_validate({"id": "1", "age": 3})
    new = openapi(
        READ_ONLY, {"Pet": {**closed, "properties": {**PET["properties"], "age": INTEGER}}}
    )
    assert _verdict(tmp_path, old, new) == [True]


def test_old_models_keep_a_new_enum_value_so_it_breaks_no_reader(
    tmp_path: Path, old_models: Any
) -> None:
    old = openapi(READ_ONLY, {"Pet": obj(["kind"], kind=enum("cat"))})
    assert old_models(old).Pet.model_validate({"kind": "dog"}).kind == "dog"
    assert _verdict(
        tmp_path, old, openapi(READ_ONLY, {"Pet": obj(["kind"], kind=enum("cat", "dog"))})
    ) == [False]


# -- the command ---------------------------------------------------------------------------------


def _sdkgen_diff(tmp_path: Path, old: dict[str, Any], new: dict[str, Any], *flags: str) -> Any:
    paths = []
    for name, document in (("old", old), ("new", new)):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(document))
        paths.append(str(path))
    return subprocess.run(
        [str(BIN / "sdkgen"), "diff", *paths, *flags], capture_output=True, text=True, check=False
    )


def test_the_command_fails_on_breaking_changes_only_when_asked(tmp_path: Path) -> None:
    old = openapi(READ_ONLY, {"Pet": PET})
    breaking = openapi(READ_ONLY, {"Pet": obj(id=STRING, tag=STRING)})
    result = _sdkgen_diff(tmp_path, old, breaking, "--fail-on-breaking", "--no-models")
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.splitlines()[:2] == [
        "Breaking changes (1):",
        "  - schema Pet.id: field became optional [response] [breaking]",
    ]
    assert _sdkgen_diff(tmp_path, old, breaking, "--no-models").returncode == 0
    fine = openapi(READ_ONLY, {"Pet": obj(["id", "tag"], id=STRING, tag=STRING)})
    result = _sdkgen_diff(tmp_path, old, fine, "--fail-on-breaking", "--no-models")
    assert result.returncode == 0
    assert result.stdout.splitlines()[:2] == [
        "Other changes (1):",
        "  - schema Pet.tag: field became required [response]",
    ]


def test_the_command_writes_json_for_ci_tools(tmp_path: Path) -> None:
    old = openapi(READ_ONLY, {"Pet": PET})
    new = openapi(READ_ONLY, {"Pet": obj(["id"], id=STRING)})
    result = _sdkgen_diff(tmp_path, old, new, "--format", "json", "--fail-on-breaking")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["breaking"] is True
    assert [(c["kind"], c["subject"], c["sides"], c["pointer"]) for c in report["changes"]] == [
        ("field-removed", "schema Pet.tag", ["response"], "#/components/schemas/Pet/properties/tag")
    ]


def test_the_command_compares_model_classes_unless_told_not_to(tmp_path: Path) -> None:
    old = openapi(READ_ONLY, {"Pet": obj(kind=enum("a-b"))})
    new = openapi(READ_ONLY, {"Pet": obj(kind=enum("a_b", "a-b"))})
    renamed = "  - class PetKind: member A_B renamed to a_b_1 (value 'a-b') [sdk] [breaking]"
    assert renamed in _sdkgen_diff(tmp_path, old, new).stdout.splitlines()
    assert renamed not in _sdkgen_diff(tmp_path, old, new, "--no-models").stdout.splitlines()


def test_the_command_names_a_missing_spec_in_one_line(tmp_path: Path) -> None:
    spec = tmp_path / "old.json"
    spec.write_text(json.dumps(openapi(PETS)))
    result = subprocess.run(
        [str(BIN / "sdkgen"), "diff", str(spec), str(tmp_path / "nowhere.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"sdkgen: error: {tmp_path / 'nowhere.yaml'}: spec file not found\n"


def test_a_named_scalar_is_a_root_model_so_naming_one_wraps_the_value(
    tmp_path: Path, old_models: Any
) -> None:
    old = openapi(READ_ONLY, {"Pet": obj(id=STRING)})
    new = openapi(READ_ONLY, {"Pet": obj(id=ref("Id")), "Id": STRING})
    assert old_models(old).Pet.model_validate({"id": "7"}).id == "7"
    assert old_models(new).Pet.model_validate({"id": "7"}).id.root == "7"
    assert _verdict(tmp_path, old, new) == [False, True]
