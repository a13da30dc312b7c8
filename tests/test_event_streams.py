"""Which operations answer with server-sent events, and how their methods are typed.

A ``text/event-stream`` answer was once read as a string (alone) or left out without a word
(beside JSON). Now: alone, the method returns ``Stream[Event]``, with the event type from the
schema (OpenAPI 3.0/3.1's ``schema``, or 3.2's ``itemSchema`` and its data's
``contentSchema``), raw ``ServerSentEvent``s without one; beside JSON, a boolean ``stream``
field of the request body types the method by its value (``@overload``s); beside anything
else, it is left out with a warning naming its place. The SDK of tests/fixtures/streaming is
called over HTTP in tests/runtime/test_streaming.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.errors import Diagnostics
from generator.names.pins import read_names
from generator.pipeline import generate_files
from tests.spec_builder import build, openapi, write_spec

EVENT = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}}
ANSWER = {"type": "object", "properties": {"text": {"type": "string"}}}


def events_only(media: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "OK", "content": {"text/event-stream": media}}}


def with_json(stream_media: dict[str, Any], other: str = "application/json") -> dict[str, Any]:
    content = {
        other: {"schema": {"$ref": "#/components/schemas/Answer"}},
        "text/event-stream": stream_media,
    }
    return {"200": {"description": "OK", "content": content}}


def body(stream: dict[str, Any], *, required: bool = False) -> dict[str, Any]:
    schema = {
        "type": "object",
        "required": ["prompt", *(["stream"] if required else [])],
        "properties": {"prompt": {"type": "string"}, "stream": stream},
    }
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def resource(tmp_path: Path, path: str, operation: dict[str, Any]) -> tuple[str, Diagnostics]:
    """The resource module generated for one operation, and the warnings."""
    document = openapi({path: {"post": operation}}, {"Event": EVENT, "Answer": ANSWER})
    diagnostics = Diagnostics(quiet=True)
    config = Config(spec=write_spec(tmp_path, document), output=tmp_path / "out", package="sdk")
    files = generate_files(config, diagnostics).files
    name = path.strip("/")
    return files[f"src/sdk/resources/{name}.py"], diagnostics


REF = {"schema": {"$ref": "#/components/schemas/Event"}}


@pytest.mark.parametrize(
    ("media", "events"),
    [
        (REF, "Event"),
        ({"schema": EVENT}, "CompletePostResponse"),  # inline: a model of its own
        ({}, "ServerSentEvent"),
        ({"schema": {"type": "string"}}, "ServerSentEvent"),  # the body as text: raw events
        (
            {
                "itemSchema": {
                    "type": "object",
                    "properties": {
                        "event": {"type": "string"},
                        "data": {"type": "string", "contentSchema": REF["schema"]},
                    },
                }
            },
            "Event",
        ),
        ({"itemSchema": {"type": "object", "properties": {"data": {"type": "string"}}}}, "ServerSentEvent"),
    ],
    ids=["ref", "inline", "no schema", "string", "itemSchema", "itemSchema, raw data"],
)  # fmt: skip
def test_an_event_stream_alone_is_a_stream_of_typed_events(
    tmp_path: Path, media: dict[str, Any], events: str
) -> None:
    text, diagnostics = resource(tmp_path, "/complete", {"responses": events_only(media)})
    assert f"-> Stream[{events}]:" in text
    assert f"-> AsyncStream[{events}]:" in text
    assert "return self._client._request_stream(" in text
    assert f"cast_to={events}," in text
    assert '"Accept": "text/event-stream"' in text
    assert "@overload" not in text
    assert diagnostics.warnings == []


@pytest.mark.parametrize(
    ("stream", "required", "false"),
    [
        ({"type": "boolean"}, False, "stream: Literal[False] | NotGiven = NOT_GIVEN,"),
        ({"type": ["boolean", "null"]}, False, "stream: Literal[False] | None | NotGiven = NOT_GIVEN,"),
        ({"type": "boolean", "nullable": True}, False, "stream: Literal[False] | None | NotGiven = NOT_GIVEN,"),
        ({"type": "boolean"}, True, "stream: Literal[False],"),
    ],
    ids=["optional", "nullable", "3.0 nullable", "required"],
)  # fmt: skip
def test_a_stream_flag_types_the_method_by_its_value(
    tmp_path: Path, stream: dict[str, Any], required: bool, false: str
) -> None:
    operation = {"requestBody": body(stream, required=required), "responses": with_json(REF)}
    text, diagnostics = resource(tmp_path, "/complete", operation)
    sync = text.split("class AsyncCompleteResource")[0]
    overloads = sync.split("@overload")[1:]
    assert len(overloads) == 3
    assert false in overloads[0] and overloads[0].rstrip().endswith("-> Answer: ...")
    assert "stream: Literal[True]," in overloads[1]
    assert overloads[1].rstrip().endswith("-> Stream[Event]: ...")
    assert "stream: bool," in overloads[2]
    assert "-> Answer | Stream[Event]: ...\n\n    def create(" in sync
    assert "stream=stream is True,\n            events=Event," in sync
    assert "-> Answer | AsyncStream[Event]:" in text
    assert diagnostics.warnings == []


@pytest.mark.parametrize(
    ("operation", "where"),
    [
        ({"requestBody": body({"type": "string"}), "responses": with_json(REF)}, "text~1event-stream"),
        ({"responses": with_json(REF)}, "text~1event-stream"),
        ({"requestBody": body({"type": "boolean"}), "responses": with_json(REF, "audio/mpeg")}, "text~1event-stream"),
    ],
    ids=["stream is no boolean", "no stream field", "beside audio"],
)  # fmt: skip
def test_an_event_stream_no_flag_asks_for_is_left_out_with_a_warning(
    tmp_path: Path, operation: dict[str, Any], where: str
) -> None:
    text, diagnostics = resource(tmp_path, "/complete", operation)
    assert re.search(r"\b(Async)?Stream\b", text) is None  # not WithStreamingResponse's
    [warning] = diagnostics.warnings
    assert (
        f"#/paths/~1complete/post/responses/200/content/{where}: the text/event-stream" in warning
    )
    assert diagnostics.summary() == "1 warning: 1 unsupported event stream"


def test_the_flag_keeps_the_name_a_pin_gives_its_argument(tmp_path: Path) -> None:
    document = openapi(
        {"/complete": {"post": {"requestBody": body({"type": "boolean"}), "responses": with_json(REF)}}},
        {"Event": EVENT, "Answer": ANSWER},
    )  # fmt: skip
    pins = {"operations": {"POST /complete": {"parameters": {"stream": "streamed"}}}}
    api, _ = build(tmp_path, document, names=read_names(pins, "pyproject.toml"))
    [operation] = api.operations
    assert operation.streaming is not None and operation.streaming.flag is not None
    assert (operation.streaming.flag.name, operation.streaming.flag.python_name) == (
        "stream",
        "streamed",
    )
