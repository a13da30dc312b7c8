"""Naming and grouping: operations get their resource and method names, resources their classes."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..names.identifiers import (
    RESERVED_METHOD_NAMES,
    RESERVED_RESOURCE_NAMES,
    class_name,
    python_identifier,
    unique,
)
from ..names.paths import (
    COLLECTION_METHODS,
    ITEM_METHODS,
    PathName,
    collections,
    path_names,
    resource_and_action,
    strip_fastapi_suffix,
)
from .context import EXTENSION_PREFIX, Context
from .model import (
    Operation,
    Resource,
)
from .operations import Draft
from .pagination import PageShapes
from .responses import success_responses

MAX_NAME_LENGTH = 100  # resource and method names become file names


class OperationNamer:
    """Names each operation (resource path and method) and groups operations into resources."""

    def __init__(self, ctx: Context, pages: PageShapes) -> None:
        self.ctx = ctx
        self.pages = pages

    def resource_and_method(
        self,
        draft: Draft,
        path_name: PathName,
        known_collections: frozenset[tuple[str, ...]],
        methods_on_path: frozenset[str],
    ) -> tuple[tuple[str, ...], str, bool]:
        """Name an operation from its path and HTTP method, or from x-sdkgen-* extensions.

        Returns (resource path, method name, whether the name was given explicitly).
        """
        explicit_resource = draft.node.get(EXTENSION_PREFIX + "resource")
        explicit_method = draft.node.get(EXTENSION_PREFIX + "method")
        resource_parts, action, on_item = resource_and_action(
            path_name, known_collections, one_operation=len(methods_on_path) == 1
        )
        if isinstance(explicit_resource, str) and explicit_resource.strip():
            parts = [p for p in re.split(r"[.:/]", explicit_resource) if p.strip()]
        else:
            parts = resource_parts or list(draft.tags[:1]) or ["api"]
        resource = tuple(
            python_identifier(part, fallback="resource", reserved=RESERVED_RESOURCE_NAMES)
            for part in parts
        )
        if isinstance(explicit_method, str) and explicit_method.strip():
            return (
                resource,
                python_identifier(explicit_method, fallback="call", reserved=RESERVED_METHOD_NAMES),
                True,
            )
        if action:
            method = "_".join(action)
        else:
            table = ITEM_METHODS if on_item else COLLECTION_METHODS
            method = table.get(draft.http_method, draft.http_method)
            if on_item and draft.http_method == "put" and "patch" in methods_on_path:
                method = "replace"  # PATCH is the update
        return (
            resource,
            python_identifier(method, fallback="call", reserved=RESERVED_METHOD_NAMES),
            False,
        )

    def fallback_names(self, draft: Draft) -> list[str]:
        """Names to try, in order, when the path-based name is taken: from the operationId."""
        short = strip_fastapi_suffix(draft.operation_id, draft.path, draft.http_method)
        names = [
            python_identifier(candidate, fallback="call", reserved=RESERVED_METHOD_NAMES)
            for candidate in (short, draft.operation_id)
        ]
        return list(dict.fromkeys(names))

    def name_operations(self, drafts: list[Draft]) -> list[Operation]:
        shapes = path_names([draft.path for draft in drafts], self.ctx.config.path_prefix)
        known = collections(shapes)
        per_path: dict[str, frozenset[str]] = defaultdict(frozenset)
        for draft in drafts:
            per_path[draft.path] |= {draft.http_method}
        named = [
            self.resource_and_method(draft, shape, known, per_path[draft.path])
            for draft, shape in zip(drafts, shapes, strict=True)
        ]
        counts = Counter((resource, method) for resource, method, _ in named)
        explicit_keys = {(resource, method) for resource, method, explicit in named if explicit}
        # A method may not share its name with a sub-resource (client.pipelines.sync vs .sync()).
        children = {
            (resource[:depth], resource[depth])
            for resource, _, _ in named
            for depth in range(1, len(resource))
        }
        owners: dict[tuple[tuple[str, ...], str], Draft] = {}
        final: list[tuple[tuple[str, ...], str]] = []
        for draft, (resource, method, explicit) in zip(drafts, named, strict=True):
            key = (resource, method)
            if explicit:
                if key in owners or key in children:
                    other = owners.get(key)
                    clash = (
                        f"{other.http_method.upper()} {other.path} and {draft.http_method.upper()} {draft.path}"
                        if other is not None
                        else f"{draft.http_method.upper()} {draft.path} and the resource {'.'.join((*resource, method))}"
                    )
                    raise self.ctx.error(
                        f"two operations map to the method {'.'.join(resource)}.{method}(): {clash}; "
                        f"set {EXTENSION_PREFIX}method on one of them",
                        draft.pointer,
                    )
            elif counts[key] > 1 or key in explicit_keys or key in children or key in owners:
                # Path-based names clash (e.g. two GETs on one collection): fall back to the operationId.
                taken = (
                    set(owners)
                    | explicit_keys
                    | children
                    | {k for k, n in counts.items() if n == 1}
                )
                candidates = [(resource, name) for name in self.fallback_names(draft)]
                choice = next((c for c in candidates if c not in taken), None)
                if choice is None:
                    base = candidates[0][1]
                    number = 2
                    while (resource, f"{base}_{number}") in taken:
                        number += 1
                    choice = (resource, f"{base}_{number}")
                if choice != key:
                    self.ctx.warn(
                        f"{draft.http_method.upper()} {draft.path} would be {'.'.join(resource)}.{method}(), "
                        f"like another operation or resource; naming it {choice[1]}() after its operationId",
                        draft.pointer,
                    )
                key = choice
            owners[key] = draft
            final.append(key)
        return [
            self.finish(draft, resource, method)
            for draft, (resource, method) in zip(drafts, final, strict=True)
        ]

    def finish(self, draft: Draft, resource: tuple[str, ...], method: str) -> Operation:
        for name in (*resource, method):
            if len(name) > MAX_NAME_LENGTH:  # it names a module and a docs page: a file
                raise self.ctx.error(
                    f"the name {name[:40]}... is longer than {MAX_NAME_LENGTH} characters; "
                    f"name the operation with {EXTENSION_PREFIX}resource and {EXTENSION_PREFIX}method",
                    draft.pointer,
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
            parameters=draft.parameters,
            request_body=draft.request_body,
            responses=draft.responses,
            success=success,
            pagination=self.pages.pagination(draft, success),
            deprecated=draft.deprecated,
            tags=draft.tags,
            requires_auth=draft.requires_auth,
            pointer=draft.pointer,
            successes=successes,
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
            # Leaf names are enough unless two resources share one (then qualify with the parent);
            # a number tells apart the few that are still alike (a.b and a_b are both AB).
            name = class_name(
                path[-1] if leaf_names[path[-1]] == 1 else "_".join(path), fallback="Resource"
            )
            name = unique(name, taken, separator="")
            return Resource(
                path=path, class_name=name, operations=tuple(by_path[path]), children=children
            )

        return tuple(make(path) for path in by_path if len(path) == 1)
