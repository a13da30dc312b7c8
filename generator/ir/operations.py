"""Path items and operation objects, read into drafts that the naming step turns into operations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..names.identifiers import snake_case
from ..names.paths import answers_one_object, is_template, split_path
from ..spec.extensions import EXTENSION_PREFIX
from ..spec.pointers import HTTP_METHODS, join_pointer
from .context import Context
from .model import (
    Parameter,
    RequestBody,
    Requirement,
    Response,
    Streaming,
)
from .parameters import read_parameter_nodes, read_parameters
from .request_bodies import read_request_body
from .responses import read_responses, read_streaming, success_responses
from .schemas import SchemaBuilder
from .security import read_requirement

_PATH_TEMPLATE = re.compile(r"{([^{}/]+)}")
_IDEMPOTENCY_HEADER = EXTENSION_PREFIX + "idempotency-header"
# Sending one of these twice does what sending it once does: no key needed to retry it.
_IDEMPOTENT_METHODS = frozenset({"get", "put", "delete", "options", "head", "trace"})


@dataclass(slots=True)
class Draft:
    """An operation before it is named; only used inside the builder."""

    operation_id: str
    http_method: str
    path: str
    node: dict[str, Any]
    pointer: str
    summary: str | None
    description: str | None
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    deprecated: bool
    tags: tuple[str, ...]
    security: Requirement | None  # None: the spec's
    idempotency_header: str | None
    returns_one_object: bool = False  # a GET on a collection whose answer is one object, not a page
    streaming: Streaming | None = None


def draft_operations(ctx: Context, schemas: SchemaBuilder) -> list[Draft]:
    paths = ctx.mapping(ctx.doc.data.get("paths"), "/paths", "paths")
    drafts: list[Draft] = []
    seen_ids: dict[str, str] = {}
    for path, path_item in paths.items():
        with ctx.recovering():
            drafts.extend(path_drafts(ctx, schemas, path, path_item, seen_ids))
    return drafts


def path_drafts(
    ctx: Context, schemas: SchemaBuilder, path: Any, path_item: Any, seen_ids: dict[str, str]
) -> list[Draft]:
    """The operations of one path item; one in error is reported and the others are read."""
    path_pointer = join_pointer("/paths", path)
    if not isinstance(path, str) or not path.startswith("/"):
        raise ctx.error("a path must start with '/'", path_pointer)
    if any(segment in (".", "..") for segment in path.split("?")[0].split("/")):
        # HTTP clients resolve dot segments: the request would go to another path.
        raise ctx.error("a path must not have '.' or '..' segments", path_pointer)
    path_item, resolved_pointer = ctx.deref(path_item, path_pointer)
    path_item = ctx.mapping(path_item, resolved_pointer, "a path item")
    failures = ctx.failures
    shared = read_parameter_nodes(
        ctx, path_item.get("parameters"), join_pointer(resolved_pointer, "parameters")
    )
    ctx.abandon_if_failed(failures)
    drafts: list[Draft] = []
    for method in HTTP_METHODS:
        if method not in path_item:
            continue
        pointer = join_pointer(resolved_pointer, method)
        with ctx.recovering():
            node = ctx.mapping(path_item[method], pointer, "an operation")
            draft = draft_operation(ctx, schemas, path, method, node, pointer, shared)
            # Only the spec's own ids must be unique, not the ones sdkgen makes up from paths.
            if "operationId" in node:
                if draft.operation_id in seen_ids:
                    ctx.invalid(
                        f"duplicate operationId {draft.operation_id!r} (also at {seen_ids[draft.operation_id]})",
                        join_pointer(pointer, "operationId"),
                    )
                else:
                    seen_ids[draft.operation_id] = pointer
            drafts.append(draft)
    return drafts


def draft_operation(
    ctx: Context,
    schemas: SchemaBuilder,
    path: str,
    method: str,
    node: dict[str, Any],
    pointer: str,
    shared: dict[tuple[str, str], tuple[dict[str, Any], str]],
) -> Draft:
    operation_id = node.get("operationId")
    if operation_id is not None and (not isinstance(operation_id, str) or not operation_id.strip()):
        raise ctx.error(
            "operationId must be a non-empty string", join_pointer(pointer, "operationId")
        )
    operation_id = operation_id or f"{method}_{snake_case(path) or 'root'}"
    failures = ctx.failures
    parameter_nodes = {
        **shared,
        **read_parameter_nodes(ctx, node.get("parameters"), join_pointer(pointer, "parameters")),
    }
    if ctx.failures == failures:  # else a parameter in error would be reported again, as missing
        template_names = _PATH_TEMPLATE.findall(path)
        declared = {name for name, location in parameter_nodes if location == "path"}
        for name in template_names:
            if name not in declared:
                raise ctx.error(f"path parameter {{{name}}} in {path!r} is not declared", pointer)
        for name in declared - set(template_names):
            raise ctx.error(
                f"path parameter {name!r} is declared but not in the path {path!r}", pointer
            )
    parameters = read_parameters(ctx, schemas, parameter_nodes)
    request_body = None
    with ctx.recovering():
        request_body = read_request_body(
            ctx, schemas, node.get("requestBody"), join_pointer(pointer, "requestBody"), parameters
        )
    responses = read_responses(
        ctx, schemas, node.get("responses"), join_pointer(pointer, "responses")
    )
    ctx.abandon_if_failed(failures)  # each error in it is kept: none of it is used
    streaming = read_streaming(
        ctx, schemas, responses, request_body, join_pointer(pointer, "responses")
    )
    security = (
        None
        if node.get("security") is None
        else read_requirement(ctx, node["security"], join_pointer(pointer, "security"))
    )
    tags = tuple(str(tag) for tag in node.get("tags") or [] if isinstance(tag, str))
    return Draft(
        operation_id=operation_id,
        http_method=method,
        path=path,
        node=node,
        pointer=pointer,
        summary=ctx.text(node, "summary", pointer),
        description=ctx.text(node, "description", pointer),
        parameters=parameters,
        request_body=request_body,
        responses=responses,
        deprecated=node.get("deprecated") is True,
        tags=tags,
        security=security,
        idempotency_header=idempotency_header(ctx, method, node, pointer),
        returns_one_object=method == "get"
        and returns_one_object(schemas, path, parameters, responses),
        streaming=streaming,
    )


def returns_one_object(
    schemas: SchemaBuilder,
    path: str,
    parameters: tuple[Parameter, ...],
    responses: tuple[Response, ...],
) -> bool:
    """Whether a path that is no item answers with one object rather than a list or a page."""
    segments = split_path(path)
    if segments and is_template(segments[-1]):
        return False  # an item's GET is retrieve anyway
    success = next(iter(success_responses(responses)), None)
    if success is None or success.kind != "json" or success.schema is None:
        return False
    schema = schemas.resolved(success.schema)
    properties, _ = schemas.object_properties(schema)
    if properties is None:
        return False
    arrays = [p.name for p in properties if schemas.resolved(p.schema).is_array]
    static = [segment for segment in segments if not is_template(segment)]
    return answers_one_object(
        arrays,
        [p.name for p in properties],
        [p.name for p in parameters if p.location == "query"],
        static[-1] if static else "",
    )


def idempotency_header(ctx: Context, method: str, node: dict[str, Any], pointer: str) -> str | None:
    """The header in which the API takes an idempotency key for this operation, if any.

    Declared on the operation, it applies there; at the top level, to every operation whose
    method is not idempotent already (POST, PATCH).
    """
    if _IDEMPOTENCY_HEADER in node:
        name, where = node[_IDEMPOTENCY_HEADER], join_pointer(pointer, _IDEMPOTENCY_HEADER)
    elif _IDEMPOTENCY_HEADER in ctx.doc.data and method not in _IDEMPOTENT_METHODS:
        name, where = ctx.doc.data[_IDEMPOTENCY_HEADER], join_pointer("", _IDEMPOTENCY_HEADER)
    else:
        return None
    if not isinstance(name, str) or not name:
        raise ctx.error(
            f"{_IDEMPOTENCY_HEADER} must be a header name, such as Idempotency-Key", where
        )
    ctx.check_header_name(name, where)
    return name
