"""Resource and method names of operations: from the path and HTTP method, the x-sdkgen-*
extensions, or the operationId when path-based names clash."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from ..errors import Location, SdkgenError, SpecError, UsageError
from ..spec.extensions import EXTENSION_PREFIX
from .identifiers import RESERVED_METHOD_NAMES, RESERVED_RESOURCE_NAMES, file_identifier
from .paths import (
    COLLECTION_METHODS,
    ITEM_METHODS,
    PathName,
    collections,
    path_names,
    resource_and_action,
    strip_fastapi_suffix,
)
from .pins import (
    NO_NAMES,
    NamesConfig,
    OperationPin,
    entry,
    operation_key,
    refuse,
    resource_renames,
)


class NamedOperation(Protocol):
    """What naming reads of an operation."""

    @property
    def operation_id(self) -> str: ...
    @property
    def http_method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def node(self) -> Mapping[str, Any]: ...
    @property
    def pointer(self) -> str: ...
    @property
    def tags(self) -> tuple[str, ...]: ...
    @property
    def returns_one_object(self) -> bool: ...


class Report(Protocol):
    """Where naming reports a clash it cannot settle (an error) or settles (a warning)."""

    def error(self, message: str, pointer: str) -> SpecError: ...
    def warn(self, message: str, pointer: str, kind: str = ...) -> None: ...
    def location(self, pointer: str) -> Location: ...


def operation_names(
    operations: Sequence[NamedOperation],
    path_prefix: str | None,
    report: Report,
    names: NamesConfig = NO_NAMES,
    unmatched: Callable[[UsageError], None] = refuse,
) -> list[tuple[tuple[str, ...], str]]:
    """The resource path and method name of each operation.

    Names come from the path and HTTP method (``names/paths.py``), from the
    ``x-sdkgen-resource``/``x-sdkgen-method`` extensions, or from the names the user pins
    (``names/pins.py``), which win over both; then ``names.resources`` renames resources
    (an entry for no resource goes to ``unmatched``). Where path-based names clash (two GETs
    on one collection, a method named like a sub-resource), the operationId names the later
    one, with a warning; explicit names that clash are an error.
    """
    shapes = path_names([operation.path for operation in operations], path_prefix)
    known = collections(shapes)
    per_path: dict[str, frozenset[str]] = defaultdict(frozenset)
    for draft in operations:
        per_path[draft.path] |= {draft.http_method}
    pins = [names.operations.get(operation_key(op.http_method, op.path)) for op in operations]
    named = [
        _path_name(draft, shape, known, per_path[draft.path], pin)
        for draft, shape, pin in zip(operations, shapes, pins, strict=True)
    ]
    renamed = resource_renames([resource for resource, _, _ in named], names, unmatched)
    named = [(renamed(resource), method, explicit) for resource, method, explicit in named]
    named = _yield_retrieve_to_items(operations, named, report)
    counts = Counter((resource, method) for resource, method, _ in named)
    explicit_keys = {(resource, method) for resource, method, explicit in named if explicit}
    # A method may not share its name with a sub-resource (client.pipelines.sync vs .sync()).
    children = {
        (resource[:depth], resource[depth])
        for resource, _, _ in named
        for depth in range(1, len(resource))
    }
    owners: dict[tuple[tuple[str, ...], str], NamedOperation] = {}
    final: list[tuple[tuple[str, ...], str]] = []
    for draft, (resource, method, explicit) in zip(operations, named, strict=True):
        key = (resource, method)
        if explicit:
            if key in owners or key in children:
                raise _clash(draft, owners.get(key), key, names, report)
        elif counts[key] > 1 or key in explicit_keys or key in children or key in owners:
            # Path-based names clash (e.g. two GETs on one collection): fall back to the operationId.
            taken = (
                set(owners) | explicit_keys | children | {k for k, n in counts.items() if n == 1}
            )
            candidates = [(resource, name) for name in _fallback_names(draft)]
            choice = next((c for c in candidates if c not in taken), None)
            if choice is None:
                base = candidates[0][1]
                number = 2
                while (resource, f"{base}_{number}") in taken:
                    number += 1
                choice = (resource, f"{base}_{number}")
            if choice != key:
                report.warn(
                    f"{draft.http_method.upper()} {draft.path} would be {'.'.join(resource)}.{method}(), "
                    f"like another operation or resource; naming it {choice[1]}() after its operationId",
                    draft.pointer,
                    "method named after operationId",
                )
            key = choice
        owners[key] = draft
        final.append(key)
    return final


def _yield_retrieve_to_items(
    operations: Sequence[NamedOperation],
    named: list[tuple[tuple[str, ...], str, bool]],
    report: Report,
) -> list[tuple[tuple[str, ...], str, bool]]:
    """A collection's GET that answers with one object is ``retrieve``, unless the collection's
    items have that name: then it is named after its operationId (GitHub's ``GET /user`` beside
    ``GET /user/{account_id}`` is ``user.get_authenticated()``), or ``list`` without one."""

    items = {
        (resource, method)
        for operation, (resource, method, _) in zip(operations, named, strict=True)
        if not operation.returns_one_object
    }
    result = []
    for operation, (resource, method, explicit) in zip(operations, named, strict=True):
        if not explicit and operation.returns_one_object and (resource, method) in items:
            if "operationId" in operation.node:
                method = _fallback_names(operation)[0]
                report.warn(
                    f"{operation.http_method.upper()} {operation.path} answers with one object, "
                    f"but {'.'.join(resource)}.retrieve() is its items'; naming it {method}() "
                    "after its operationId",
                    operation.pointer,
                    "method named after operationId",
                )
            else:
                method = COLLECTION_METHODS["get"]
        result.append((resource, method, explicit))
    return result


def _clash(
    draft: NamedOperation,
    other: NamedOperation | None,
    key: tuple[tuple[str, ...], str],
    names: NamesConfig,
    report: Report,
) -> SdkgenError:
    """The error for an explicit method name that another operation or a resource has: at
    the entry of ``[tool.sdkgen.names]`` that pins one of them, if one does."""
    method = ".".join((*key[0], key[1]))
    pinned = [op for op in (draft, other) if op is not None and _pins_method(op, names)]

    def described(op: NamedOperation) -> str:
        name = operation_key(op.http_method, op.path)
        if not pinned:
            return name
        if op in pinned:
            return f"{name} (pinned by {entry('operations', name, 'method')})"
        return f"{name} ({report.location(op.pointer)})"

    clash = (
        f"{described(other)} and {described(draft)}"
        if other is not None
        else f"{described(draft)} and the resource {method}"
    )
    message = f"two operations map to the method {method}(): {clash}"
    if not pinned:
        return report.error(
            f"{message}; set {EXTENSION_PREFIX}method on one of them", draft.pointer
        )
    first = operation_key(pinned[0].http_method, pinned[0].path)
    return UsageError(f"{message}; pin another name", names.where("operations", first, "method"))


def _pins_method(operation: NamedOperation, names: NamesConfig) -> bool:
    pin = names.operations.get(operation_key(operation.http_method, operation.path))
    return pin is not None and pin.method is not None


def _path_name(
    operation: NamedOperation,
    path_name: PathName,
    known_collections: frozenset[tuple[str, ...]],
    methods_on_path: frozenset[str],
    pin: OperationPin | None = None,
) -> tuple[tuple[str, ...], str, bool]:
    """Name an operation from its path and HTTP method, from x-sdkgen-* extensions, or from
    the names the user pins (which win).

    Returns (resource path, method name, whether the name was given explicitly).
    """
    pin = pin or OperationPin()
    explicit_resource = operation.node.get(EXTENSION_PREFIX + "resource")
    explicit_method = pin.method or operation.node.get(EXTENSION_PREFIX + "method")
    resource_parts, action, on_item = resource_and_action(
        path_name, known_collections, one_operation=len(methods_on_path) == 1
    )
    if pin.resource is not None:
        parts = list(pin.resource)
    elif isinstance(explicit_resource, str) and explicit_resource.strip():
        parts = [p for p in re.split(r"[.:/]", explicit_resource) if p.strip()]
    else:
        parts = resource_parts or list(operation.tags[:1]) or ["api"]
    resource = tuple(
        file_identifier(part, fallback="resource", reserved=RESERVED_RESOURCE_NAMES)
        for part in parts
    )
    if isinstance(explicit_method, str) and explicit_method.strip():
        return (
            resource,
            file_identifier(explicit_method, fallback="call", reserved=RESERVED_METHOD_NAMES),
            True,
        )
    if action:
        method = "_".join(action)
    else:
        table = ITEM_METHODS if on_item else COLLECTION_METHODS
        method = table.get(operation.http_method, operation.http_method)
        if on_item and operation.http_method == "put" and "patch" in methods_on_path:
            method = "replace"  # PATCH is the update
        elif operation.returns_one_object:
            method = "retrieve"
    return (
        resource,
        file_identifier(method, fallback="call", reserved=RESERVED_METHOD_NAMES),
        False,
    )


def _fallback_names(operation: NamedOperation) -> list[str]:
    """Names to try, in order, when the path-based name is taken: from the operationId."""
    short = strip_fastapi_suffix(operation.operation_id, operation.path, operation.http_method)
    names = [
        file_identifier(candidate, fallback="call", reserved=RESERVED_METHOD_NAMES)
        for candidate in (short, operation.operation_id)
    ]
    return list(dict.fromkeys(names))
