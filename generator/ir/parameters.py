"""Parameter objects: path, query, header and cookie parameters and how they are serialised."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..names.identifiers import RESERVED_PARAMETER_NAMES, cli_flag, python_identifier, unique
from ..spec.pointers import join_pointer
from .context import Context
from .model import (
    Parameter,
)
from .schemas import SchemaBuilder

# Parameter styles the generated client can send, by location.
_STYLES = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
UNSUPPORTED_STYLE = "unsupported parameter style"  # the kind of warning a style we cannot send is


def read_parameter_nodes(
    ctx: Context, raw: Any, pointer: str
) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
    if raw is None:
        return {}
    if not isinstance(raw, list):
        raise ctx.error("parameters must be a list", pointer)
    found: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    for index, item in enumerate(raw):
        with ctx.recovering():
            node, where = ctx.deref(item, join_pointer(pointer, index))
            node = ctx.mapping(node, where, "a parameter")
            name, location = node.get("name"), node.get("in")
            if not isinstance(name, str) or not name:
                raise ctx.error("a parameter needs a name", where)
            if location not in ("path", "query", "header", "cookie"):
                raise ctx.error(
                    f"parameter {name!r} has an invalid 'in': {location!r}",
                    join_pointer(where, "in"),
                )
            if location in ("header", "cookie"):
                ctx.check_header_name(name, join_pointer(where, "name"), location)
            found[(name, location)] = (node, where)
    return found


def read_parameters(
    ctx: Context,
    schemas: SchemaBuilder,
    nodes: Mapping[tuple[str, str], tuple[dict[str, Any], str]],
) -> tuple[Parameter, ...]:
    # Required parameters first (path order), then the rest, as a human would write the signature.
    taken: set[str] = set(RESERVED_PARAMETER_NAMES)
    result = []
    for (name, location), (node, pointer) in nodes.items():
        if location == "cookie" and name.lower() == "session":
            # Browser-session cookies (FastAPI adds one everywhere) make no sense in an SDK.
            continue
        with ctx.recovering():  # one parameter in error: the others are read
            schema_node = node.get("schema")
            if schema_node is None and isinstance(node.get("content"), dict) and node["content"]:
                media, content = next(iter(node["content"].items()))
                schema_node = (content or {}).get("schema")
                schema_pointer = join_pointer(pointer, "content", media, "schema")
            else:
                schema_pointer = join_pointer(pointer, "schema")
            schema = schemas.schema(schema_node if schema_node is not None else {}, schema_pointer)
            python_name = unique(
                python_identifier(name, fallback="param", reserved=RESERVED_PARAMETER_NAMES), taken
            )
            style, explode = parameter_style(ctx, node, location, pointer)
            result.append(
                Parameter(
                    name=name,
                    location=location,  # type: ignore[arg-type]
                    python_name=python_name,
                    cli_flag=cli_flag(python_name),
                    required=location == "path" or node.get("required") is True,
                    schema=schema,
                    description=ctx.text(node, "description", pointer),
                    deprecated=node.get("deprecated") is True,
                    style=str(style),
                    explode=bool(explode),
                    pointer=pointer,
                    json_content="schema" not in node and is_json_content(node.get("content")),
                )
            )
    return tuple(sorted(result, key=lambda p: (not p.required, p.location != "path")))


def parameter_style(
    ctx: Context, node: Mapping[str, Any], location: str, pointer: str
) -> tuple[str, bool]:
    """The serialization style of a parameter, or the default one with a warning if we cannot send it."""
    default = "simple" if location in ("path", "header") else "form"
    style = node.get("style") or default
    if style not in _STYLES[location]:
        ctx.warn(
            f"style {style!r} for {location} parameters is not supported yet; the value is sent in style {default!r}",
            join_pointer(pointer, "style"),
            UNSUPPORTED_STYLE,
        )
        style = default
    explode = node.get("explode", style == "form")
    if not isinstance(explode, bool):
        raise ctx.error("explode must be true or false", join_pointer(pointer, "explode"))
    if style == "deepObject" and not explode:
        explode = True  # deepObject is only defined exploded
    content = node.get("content")
    if isinstance(content, dict) and "schema" not in node and not is_json_content(content):
        ctx.warn(
            f"a parameter given as {sorted(content)} content is not supported yet; its value is sent as plain text",
            join_pointer(pointer, "content"),
            "unsupported parameter content",
        )
    if node.get("allowReserved") is True:
        ctx.warn(
            "allowReserved is not supported yet; reserved characters are percent-encoded",
            pointer,
            UNSUPPORTED_STYLE,
        )
    return str(style), explode


def is_json_content(content: Any) -> bool:
    if not isinstance(content, dict) or len(content) != 1:
        return False
    media_type = str(next(iter(content))).split(";")[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")
