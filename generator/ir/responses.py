"""Response objects: what each status code returns."""

from __future__ import annotations

import re
from typing import Any

from ..spec.pointers import join_pointer
from .context import Context
from .model import (
    Operation,
    Response,
    ResponseKind,
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


def success_responses(responses: tuple[Response, ...]) -> tuple[Response, ...]:
    """Every 2xx response, lowest status first; the default response when there is none."""
    found = tuple(
        sorted((r for r in responses if r.status.startswith("2")), key=lambda r: r.status)
    )
    return found or tuple(r for r in responses if r.status == "default")
