"""Request body objects: the media type sent and the fields a method takes as keyword arguments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..names.identifiers import RESERVED_PARAMETER_NAMES, cli_flag, python_identifier, unique
from ..spec.pointers import join_pointer
from .context import Context
from .model import (
    BodyEncoding,
    BodyField,
    Parameter,
    RequestBody,
)
from .parameters import UNSUPPORTED_STYLE
from .schemas import SchemaBuilder


def read_request_body(
    ctx: Context, schemas: SchemaBuilder, raw: Any, pointer: str, parameters: tuple[Parameter, ...]
) -> RequestBody | None:
    if raw is None:
        return None
    node, pointer = ctx.deref(raw, pointer)
    node = ctx.mapping(node, pointer, "a requestBody")
    content = ctx.mapping(node.get("content"), join_pointer(pointer, "content"), "content")
    choice = choose_media_type(content, request=True)
    if choice is None:
        if content:
            ctx.warn(
                f"request body media types {sorted(content)} are not supported; the body is skipped",
                pointer,
                "unsupported media type",
            )
        return None
    media_type, encoding = choice
    ctx.check_media_type(media_type, join_pointer(pointer, "content", media_type))
    media = ctx.mapping(
        content[media_type], join_pointer(pointer, "content", media_type), "a media type"
    )
    schema_pointer = join_pointer(pointer, "content", media_type, "schema")
    schema = schemas.schema(media.get("schema", {}), schema_pointer)
    fields: tuple[BodyField, ...] = ()
    if encoding in ("json", "multipart", "form"):
        taken = set(RESERVED_PARAMETER_NAMES) | {p.python_name for p in parameters}
        properties, required = schemas.object_properties(schema)
        encodings = ctx.mapping(
            media.get("encoding"),
            join_pointer(pointer, "content", media_type, "encoding"),
            "encoding",
        )
        if properties is not None:
            fields = tuple(
                BodyField(
                    name=prop.name,
                    python_name=(
                        python_name := unique(
                            python_identifier(
                                prop.name, fallback="field", reserved=RESERVED_PARAMETER_NAMES
                            ),
                            taken,
                            first=1,  # like the model's attribute
                        )
                    ),
                    cli_flag=cli_flag(python_name),
                    required=prop.name in required,
                    schema=prop.schema,
                    description=prop.schema.description
                    or schemas.resolved(prop.schema).description,
                    **field_encoding(
                        ctx,
                        encodings.get(prop.name),
                        encoding,
                        join_pointer(pointer, "content", media_type, "encoding", prop.name),
                    ),
                )
                for prop in properties
                # The server sets read-only properties; a request never carries them.
                if not (prop.schema.read_only or schemas.resolved(prop.schema).read_only)
            )
    return RequestBody(
        media_type=media_type,
        encoding=encoding,
        schema=schema,
        required=node.get("required") is True,
        description=ctx.text(node, "description", pointer),
        fields=tuple(sorted(fields, key=lambda f: not f.required)),
    )


def field_encoding(ctx: Context, raw: Any, encoding: BodyEncoding, pointer: str) -> dict[str, Any]:
    """style/explode of a form-urlencoded field, from the media type's ``encoding`` entry."""
    if raw is None or encoding != "form":
        return {}
    node = ctx.mapping(raw, pointer, "an encoding")
    style = node.get("style", "form")
    if style not in ("form", "spaceDelimited", "pipeDelimited", "deepObject"):
        ctx.warn(
            f"encoding style {style!r} is not supported yet; the field is sent in style 'form'",
            pointer,
            UNSUPPORTED_STYLE,
        )
        style = "form"
    explode = node.get("explode", style in ("form", "deepObject"))
    return {"style": str(style), "explode": explode is True or style == "deepObject"}


def choose_media_type(
    content: Mapping[str, Any], *, request: bool
) -> tuple[str, BodyEncoding] | None:
    ranked: list[tuple[int, str, BodyEncoding]] = []
    for media_type in content:
        base = media_type.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json") or base == "*/*" and not request:
            ranked.append((0, media_type, "json"))
        elif base == "multipart/form-data":
            ranked.append((1, media_type, "multipart"))
        elif base == "application/x-www-form-urlencoded":
            ranked.append((2, media_type, "form"))
        elif base.startswith("text/"):
            ranked.append((4, media_type, "text"))
        else:
            ranked.append((3, media_type, "binary"))
    if not ranked:
        return None
    _, media_type, encoding = min(ranked, key=lambda item: item[0])
    return media_type, encoding
