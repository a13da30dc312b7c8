"""Naming and grouping: operations get their resource and method names, resources their classes."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from ..errors import UsageError
from ..names.operations import operation_names
from ..names.pins import operation_key, pinned_arguments, refuse, unmatched_operations
from ..names.resources import resource_class_base
from ..spec.extensions import EXTENSION_PREFIX
from .context import Context
from .model import (
    Operation,
    Resource,
)
from .operations import Draft
from .pagination import PageShapes
from .responses import pinned_streaming, success_responses

MAX_NAME_LENGTH = 100  # resource and method names become file names


class OperationNamer:
    """Names each operation (resource path and method) and groups operations into resources.

    An entry of ``[tool.sdkgen.names]`` that matches nothing in the spec goes to ``unmatched``
    (by default raised: ``sdkgen diff`` collects them, since an entry may name what only one
    version of the spec has).
    """

    def __init__(
        self, ctx: Context, pages: PageShapes, unmatched: Callable[[UsageError], None] = refuse
    ) -> None:
        self.ctx = ctx
        self.pages = pages
        self.unmatched = unmatched

    def name_operations(self, drafts: list[Draft]) -> list[Operation]:
        pins = self.ctx.config.names
        arguments = {
            operation_key(draft.http_method, draft.path): {
                *(parameter.name for parameter in draft.parameters),
                *(
                    field.name
                    for field in (draft.request_body.fields if draft.request_body else ())
                ),
            }
            for draft in drafts
        }
        for problem in unmatched_operations(pins, arguments):
            self.unmatched(problem)
        names = operation_names(drafts, self.ctx.config.path_prefix, self.ctx, pins, self.unmatched)
        return [
            self.finish(draft, resource, method)
            for draft, (resource, method) in zip(drafts, names, strict=True)
        ]

    def finish(self, draft: Draft, resource: tuple[str, ...], method: str) -> Operation:
        for name in (*resource, method):
            if len(name) > MAX_NAME_LENGTH:  # it names a module and a docs page: a file
                raise self.ctx.error(
                    f"the name {name[:40]}... is longer than {MAX_NAME_LENGTH} characters; "
                    f"name the operation with {EXTENSION_PREFIX}resource and {EXTENSION_PREFIX}method",
                    draft.pointer,
                )
        parameters, request_body = pinned_arguments(
            operation_key(draft.http_method, draft.path),
            self.ctx.config.names,
            draft.parameters,
            draft.request_body,
            self.ctx.location,
            f"{draft.pointer}/requestBody",
        )
        successes = success_responses(draft.responses)
        success = successes[0] if successes else None
        return Operation(
            operation_id=draft.operation_id,
            http_method=draft.http_method,
            path=draft.path,
            summary=draft.summary,
            description=draft.description,
            resource_path=resource,
            method_name=method,
            parameters=parameters,
            request_body=request_body,
            responses=draft.responses,
            success=success,
            pagination=self.pages.pagination(draft, success),
            deprecated=draft.deprecated,
            tags=draft.tags,
            security=draft.security or (),
            pointer=draft.pointer,
            successes=successes,
            idempotency_header=draft.idempotency_header,
            streaming=pinned_streaming(draft.streaming, request_body),
        )

    def resources(self, operations: list[Operation]) -> tuple[Resource, ...]:
        by_path: dict[tuple[str, ...], list[Operation]] = defaultdict(list)
        for operation in operations:
            by_path[operation.resource_path].append(operation)
            for depth in range(1, len(operation.resource_path)):
                by_path.setdefault(operation.resource_path[:depth], [])
        leaf_names = Counter(path[-1] for path in by_path)
        taken: set[str] = set()

        def make(path: tuple[str, ...]) -> Resource:
            children = tuple(
                make(child)
                for child in by_path
                if len(child) == len(path) + 1 and child[:-1] == path
            )
            methods = {op.method_name for op in by_path[path]}
            for child in children:
                if child.name in methods:
                    raise self.ctx.error(
                        f"resource {'.'.join(child.path)} has the same name as the method {'.'.join(path)}.{child.name}(); "
                        f"rename one with {EXTENSION_PREFIX}resource or {EXTENSION_PREFIX}method",
                        by_path[path][0].pointer,
                    )
            name = resource_class_base(path, leaf_names, taken)
            return Resource(
                path=path, class_name=name, operations=tuple(by_path[path]), children=children
            )

        return tuple(make(path) for path in by_path if len(path) == 1)
