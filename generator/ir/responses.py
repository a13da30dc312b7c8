"""Response objects: what each status code returns, and which operations answer with events."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..spec.pointers import join_pointer
from .context import Context
from .model import (
    MISSING,
    EventStream,
    Operation,
    RequestBody,
    Response,
    ResponseKind,
    Streaming,
)
from .request_bodies import choose_media_type
from .schemas import SchemaBuilder


def read_responses(
    ctx: Context, schemas: SchemaBuilder, raw: Any, pointer: str
) -> tuple[Response, ...]:
    raw = ctx.mapping(raw, pointer, "responses")
    result = []
    for status, value in raw.items():
        with ctx.recovering():  # one response in error: the others are read
            status = str(status)
            where = join_pointer(pointer, status)
            if not re.fullmatch(r"[1-5](\d\d|XX)|default", status):
                raise ctx.error(f"invalid response status {status!r}", where)
            node, where = ctx.deref(value, where)
            node = ctx.mapping(node, where, "a response")
            content = ctx.mapping(node.get("content"), join_pointer(where, "content"), "content")
            events = read_event_stream(ctx, schemas, content, join_pointer(where, "content"))
            if events is not None:
                content = {key: value for key, value in content.items() if key != events.media_type}
            choice = choose_media_type(content, request=False)
            media_type: str | None = None
            kind: ResponseKind = "empty"
            schema = None
            if choice is not None:
                media_type, encoding = choice
                ctx.check_media_type(media_type, join_pointer(where, "content", media_type))
                kind = "json" if encoding == "json" else "text" if encoding == "text" else "binary"
                media = ctx.mapping(
                    content[media_type], join_pointer(where, "content", media_type), "a media type"
                )
                if kind == "json":
                    schema = schemas.schema(
                        media.get("schema", {}),
                        join_pointer(where, "content", media_type, "schema"),
                    )
            elif content:
                kind = "binary"
                media_type = next(iter(content))
            elif events is not None:
                kind, media_type = "events", events.media_type
            if node.get("links"):
                ctx.warn(
                    "links are not supported yet; they are left out of the SDK",
                    join_pointer(where, "links"),
                    "unsupported link",
                )
            headers = node.get("headers")  # only their names are read, so nothing to refuse
            result.append(
                Response(
                    status,
                    ctx.text(node, "description", where),
                    media_type,
                    kind,
                    schema,
                    tuple(str(name) for name in headers) if isinstance(headers, dict) else (),
                    events,
                )
            )
    return tuple(result)


# The headers a server usually sends a request's id in: looked for whatever the API declares.
USUAL_REQUEST_ID_HEADERS = ("x-request-id", "request-id")
# A header named as one that carries a request's id: X-Request-ID, Request-Id, x-amzn-RequestId,
# x-amz-request-id, x-ms-request-id, apigw-requestid (any ending in "request-id" or "requestid").
_REQUEST_ID_HEADER = re.compile(r"(?:^|[-_])request[-_]?id$", re.IGNORECASE)


def request_id_headers(operations: tuple[Operation, ...]) -> tuple[str, ...]:
    """The response headers the SDK reads a request's id from, lower case: those the API
    declares whose name says they carry one, in the spec's order, then the usual ones."""
    declared = (
        header.lower()
        for operation in operations
        for response in operation.responses
        for header in response.headers
        if _REQUEST_ID_HEADER.search(header)
    )
    return tuple(dict.fromkeys((*declared, *USUAL_REQUEST_ID_HEADERS)))


def is_event_stream(media_type: str) -> bool:
    return media_type.split(";")[0].strip().lower() == "text/event-stream"


def read_event_stream(
    ctx: Context, schemas: SchemaBuilder, content: dict[str, Any], pointer: str
) -> EventStream | None:
    """The ``text/event-stream`` a response's content offers, with the schema of each event.

    The schema is the media type's ``schema``, or OpenAPI 3.2's ``itemSchema``: when that
    describes the event itself (its ``data``, ``event``, ``id``...), the data's
    ``contentSchema``. No schema, or a string, leaves the events raw.
    """
    media_type = next((key for key in content if is_event_stream(key)), None)
    if media_type is None:
        return None
    base = join_pointer(pointer, media_type)
    ctx.check_media_type(media_type, base)
    media = ctx.mapping(content[media_type], base, "a media type")
    if "schema" in media or not isinstance(media.get("itemSchema"), dict):
        raw, where = media.get("schema"), join_pointer(base, "schema")
    else:
        raw, where = media["itemSchema"], join_pointer(base, "itemSchema")
        properties = raw.get("properties")
        data = properties.get("data") if isinstance(properties, dict) else None
        if isinstance(data, dict):  # the event itself: the schema of its data is the one
            raw = data.get("contentSchema")
            where = join_pointer(where, "properties", "data", "contentSchema")
    if not raw:
        return EventStream(media_type, None)
    schema = schemas.schema(raw, where)
    if schemas.resolved(schema).types == ("string",):
        return EventStream(media_type, None)
    return EventStream(media_type, schema)


def read_streaming(
    ctx: Context,
    schemas: SchemaBuilder,
    responses: tuple[Response, ...],
    body: RequestBody | None,
    pointer: str,
) -> Streaming | None:
    """Whether an operation answers with server-sent events: always (its only answer is a
    stream), or when the request body's boolean ``stream`` field asks (its answer is JSON or
    a stream). A stream beside another answer and no such field is left out, with a warning."""
    success = next(iter(success_responses(responses)), None)
    if success is None or success.events is None:
        return None
    if success.kind == "events":
        return Streaming(success.events.schema)
    flag = next(
        (
            field
            for field in (body.fields if body is not None else ())
            if field.name == "stream"
            and schemas.resolved(field.schema).types == ("boolean",)
            and schemas.resolved(field.schema).const is MISSING  # a fixed value asks nothing
        ),
        None,
    )
    if flag is None or success.kind != "json":
        ctx.warn(
            f"the {success.events.media_type} answer is left out: beside another answer, the "
            "SDK offers an event stream when the request body's boolean 'stream' field asks",
            join_pointer(pointer, success.status, "content", success.events.media_type),
            "unsupported event stream",
        )
        return None
    return Streaming(success.events.schema, flag)


def pinned_streaming(streaming: Streaming | None, body: RequestBody | None) -> Streaming | None:
    """``streaming`` with its flag named as the request body's fields are once pins apply."""
    if streaming is None or streaming.flag is None or body is None:
        return streaming
    name = streaming.flag.name
    return replace(streaming, flag=next(field for field in body.fields if field.name == name))


def success_responses(responses: tuple[Response, ...]) -> tuple[Response, ...]:
    """Every 2xx response, lowest status first; the default response when there is none."""
    found = tuple(
        sorted((r for r in responses if r.status.startswith("2")), key=lambda r: r.status)
    )
    return found or tuple(r for r in responses if r.status == "default")
