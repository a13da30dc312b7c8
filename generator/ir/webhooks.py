"""Webhooks (OpenAPI 3.1): the requests the API sends to its users' servers."""

from __future__ import annotations

from ..spec.pointers import HTTP_METHODS, join_pointer
from .context import Context
from .model import Webhook
from .request_bodies import read_request_body
from .schemas import SchemaBuilder


def read_webhooks(ctx: Context, schemas: SchemaBuilder) -> tuple[Webhook, ...]:
    """Each webhook whose payload is JSON; one in error is reported and the others are read."""
    webhooks = ctx.mapping(ctx.doc.data.get("webhooks"), "/webhooks", "webhooks")
    found: list[Webhook] = []
    for name, raw_item in webhooks.items():
        with ctx.recovering():
            item, pointer = ctx.deref(raw_item, join_pointer("/webhooks", name))
            item = ctx.mapping(item, pointer, "a path item")
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                where = join_pointer(pointer, method)
                node = ctx.mapping(item[method], where, "an operation")
                body = read_request_body(
                    ctx, schemas, node.get("requestBody"), join_pointer(where, "requestBody"), ()
                )
                if body is None or body.encoding != "json":
                    ctx.warn(
                        f"webhook {name!r} sends no JSON payload; the SDK does not parse it",
                        where,
                        "unsupported webhook",
                    )
                    continue
                found.append(
                    Webhook(
                        name=str(name),
                        http_method=method,
                        summary=ctx.text(node, "summary", where),
                        description=ctx.text(node, "description", where),
                        payload=body.schema,
                        pointer=where,
                    )
                )
    return tuple(found)
