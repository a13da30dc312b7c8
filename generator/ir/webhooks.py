"""Webhooks (OpenAPI 3.1) and callbacks: the requests the API sends to its users' servers."""

from __future__ import annotations

from typing import Any

from ..spec.pointers import HTTP_METHODS, join_pointer
from .context import Context
from .model import Webhook
from .operations import Draft
from .request_bodies import read_request_body
from .schemas import SchemaBuilder


def read_webhooks(ctx: Context, schemas: SchemaBuilder, drafts: list[Draft]) -> tuple[Webhook, ...]:
    """Each webhook, then each operation's callbacks, whose payload is JSON; one in error is
    reported and the others are read."""
    webhooks = ctx.mapping(ctx.doc.data.get("webhooks"), "/webhooks", "webhooks")
    found: list[Webhook] = []
    for name, raw_item in webhooks.items():
        with ctx.recovering():
            item, pointer = ctx.deref(raw_item, join_pointer("/webhooks", name))
            found.extend(_read(ctx, schemas, str(name), item, pointer, None))
    for draft in drafts:
        where = join_pointer(draft.pointer, "callbacks")
        with ctx.recovering():
            callbacks, _ = ctx.deref(draft.node.get("callbacks"), where)
            of = f"{draft.http_method.upper()} {draft.path}"
            for name, raw_callback in ctx.mapping(callbacks, where, "callbacks").items():
                # Read where it is used: its models are named there (models/spec_view.py).
                callback, _ = ctx.deref(raw_callback, join_pointer(where, name))
                callback_pointer = join_pointer(where, name)
                for expression, raw_item in ctx.mapping(
                    callback, callback_pointer, "a callback"
                ).items():
                    pointer = join_pointer(callback_pointer, expression)
                    item, _ = ctx.deref(raw_item, pointer)
                    found.extend(_read(ctx, schemas, str(name), item, pointer, of))
    return tuple(found)


def _read(
    ctx: Context,
    schemas: SchemaBuilder,
    name: str,
    raw_item: Any,
    pointer: str,
    callback_of: str | None,
) -> list[Webhook]:
    item = ctx.mapping(raw_item, pointer, "a path item")
    found = []
    for method in HTTP_METHODS:
        if method not in item:
            continue
        where = join_pointer(pointer, method)
        node = ctx.mapping(item[method], where, "an operation")
        body = read_request_body(
            ctx, schemas, node.get("requestBody"), join_pointer(where, "requestBody"), ()
        )
        if body is None:
            continue  # a bare notification: nothing to parse
        if body.encoding != "json":
            kind = "callback" if callback_of else "webhook"
            ctx.warn(
                f"{kind} {name!r} sends no JSON payload; the SDK does not parse it",
                where,
                f"unsupported {kind}",
            )
            continue
        found.append(
            Webhook(
                name=name,
                http_method=method,
                summary=ctx.text(node, "summary", where),
                description=ctx.text(node, "description", where),
                payload=body.schema,
                pointer=where,
                callback_of=callback_of,
            )
        )
    return found
