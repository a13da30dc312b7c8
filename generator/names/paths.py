"""Name operations from their paths: ``client.<resources>.<method>()``.

The rules, in order (README "How names are chosen" says the same):

- Leading version segments (``/api``, ``/v1``, ``/2024-01-01``) are dropped. When the
  spec mixes versions, the most common prefix is dropped and each other one becomes
  a namespace: ``/api/v2/projects`` → ``client.v2.projects``.
- Static segments name resources: ``/classifier/jobs`` → ``client.classifier.jobs``.
- A format suffix on the last segment names nothing: ``/Messages.json`` is ``messages``,
  and ``/Messages/{Sid}.json`` is an item of it.
- A path ending in a parameter is an item: ``GET`` is ``retrieve``, ``DELETE`` is
  ``delete``, ``PUT``/``PATCH``/``POST`` are ``update`` (``PUT`` is ``replace`` beside
  a ``PATCH``). Otherwise it is a collection:
  ``GET`` is ``list``, ``POST`` is ``create``, ``PUT`` is ``replace``, ``PATCH`` is
  ``update``, ``DELETE`` is ``delete_all``; other methods keep their own name.
- Static segments after an item, or after a collection (a segment that some path
  follows with a parameter), are an action, which names the method:
  ``/jobs/{id}/cancel`` → ``jobs.cancel(id)``, ``/files/search`` → ``files.search()``
  when ``/files/{id}`` exists, ``/sync/{id}/retry/all`` → ``sync.retry_all(id)``;
  unless the path has several operations: then it is a resource after all.
  So are Google-style custom methods: ``/agents/:search`` → ``agents.search()``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# A parameter, perhaps with a suffix after a dot: ``{id}``, ``{name}.{format}``.
_TEMPLATE = re.compile(r"^{[^{}/]+}(\.[^/]*)?$")
# A response-format suffix on the last static segment names no resource: ``/Messages.json``.
_FORMAT_SUFFIX = re.compile(r"\.(json|xml|csv|ya?ml|txt|html?)$", re.IGNORECASE)
_VERSION_SEGMENT = re.compile(
    r"^(api|rest|v\d+(\.\d+)*[a-z0-9]*|\d{4}-\d{2}(-\d{2})?)$", re.IGNORECASE
)
_NOT_A_NAMESPACE = frozenset({"api", "rest"})
COLLECTION_METHODS = {
    "get": "list",
    "post": "create",
    "put": "replace",
    "patch": "update",
    "delete": "delete_all",
}
ITEM_METHODS = {
    "get": "retrieve",
    "post": "update",
    "put": "update",
    "patch": "update",
    "delete": "delete",
}


# What tells a page of items from one object that happens to hold an array.
_ITEM_FIELDS = frozenset(
    {
        "data",
        "items",
        "results",
        "entries",
        "records",
        "values",
        "objects",
        "elements",
        "nodes",
        "edges",
        "hits",
        "rows",
        "list",
        "content",
        "collection",
    }
)
_PAGE_FIELDS = frozenset(
    {
        "total",
        "total_count",
        "totalcount",
        "total_size",
        "totalsize",
        "count",
        "has_more",
        "hasmore",
        "next",
        "next_page",
        "nextpage",
        "next_page_token",
        "nextpagetoken",
        "next_cursor",
        "nextcursor",
        "cursor",
        "next_page_uri",
        "nextpageuri",
        "page",
        "offset",
    }
)
_PAGING_PARAMETERS = frozenset(
    {
        "page",
        "per_page",
        "perpage",
        "page_size",
        "pagesize",
        "page_token",
        "pagetoken",
        "limit",
        "offset",
        "cursor",
        "after",
        "before",
        "starting_after",
        "ending_before",
        "skip",
        "top",
        "max_results",
        "maxresults",
        "size",
        "first",
        "last",
    }
)


def answers_one_object(
    array_fields: Iterable[str],
    other_fields: Iterable[str],
    query_parameters: Iterable[str],
    resource_word: str,
) -> bool:
    """Whether an object a ``GET`` answers with is one thing rather than a page of things.

    It is a page when it has an array and either paging query parameters, a field that
    pages have (a total, a next cursor), or the array is named like items
    (``data``, ``items``) or like the resource (``jobs`` of ``/jobs``).
    """

    def key(name: str) -> str:
        return name.replace("-", "_").lower()

    arrays = {key(name) for name in array_fields}
    if not arrays:
        return True
    pages = {key(name) for name in other_fields} & _PAGE_FIELDS
    paging = {key(name) for name in query_parameters} & _PAGING_PARAMETERS
    named_like_items = bool(arrays & (_ITEM_FIELDS | {key(resource_word)}))
    return not (pages or paging or named_like_items)


def is_date_version(segment: str) -> bool:
    """``2010-04-01``: a version a path starts with, which no name starts with."""
    return segment[:1].isdigit() and bool(_VERSION_SEGMENT.match(segment))


def is_template(segment: str) -> bool:
    return bool(_TEMPLATE.match(segment))


def split_path(path: str) -> tuple[str, ...]:
    """Path segments, with a custom-method suffix (``{name}:cancel``, ``:search``) as its own segment."""
    segments: list[str] = []
    for raw in path.strip("/").split("/"):
        if not raw:
            continue
        head, colon, verb = raw.rpartition(":")
        if colon and verb and "}" not in verb and "{" not in verb:
            if head:
                segments.append(head)
            segments.append(":" + verb)
        else:
            segments.append(raw)
    if segments:
        segments[-1] = _FORMAT_SUFFIX.sub("", segments[-1]) or segments[-1]
    return tuple(segments)


@dataclass(frozen=True, slots=True)
class PathName:
    """Where a path's name comes from: a namespace (non-dominant version) and the segments after it."""

    namespace: tuple[str, ...]
    segments: tuple[str, ...]

    @property
    def named_segments(self) -> tuple[str, ...]:
        return self.namespace + self.segments


def path_names(paths: Sequence[str], path_prefix: str | None) -> list[PathName]:
    """Split each path into namespace and segments, dropping the (dominant) version prefix."""
    split = [split_path(path) for path in paths]
    if path_prefix is not None:
        prefix = split_path(path_prefix)
        return [
            PathName((), segments[len(prefix) :] if segments[: len(prefix)] == prefix else segments)
            for segments in split
        ]
    prefixes = []
    for segments in split:
        length = 0
        while length < len(segments) and _VERSION_SEGMENT.match(segments[length]):
            length += 1
        prefixes.append(segments[:length])
    counts = Counter(prefixes)
    first_seen = {prefix: index for index, prefix in reversed(list(enumerate(prefixes)))}
    # The most common prefix is implied; on a tie, the shorter, then the first seen.
    dominant = min(counts, key=lambda p: (-counts[p], len(p), first_seen[p])) if counts else ()
    result = []
    for prefix, segments in zip(prefixes, split, strict=True):
        rest = segments[len(prefix) :]
        namespace: tuple[str, ...] = ()
        if prefix != dominant:
            kept = tuple(s for s in prefix if s.lower() not in _NOT_A_NAMESPACE)
            namespace = kept[-1:] if kept else prefix[-1:]
            # A date is a version too: ``/2010-04-01/...`` is ``client.v2010_04_01``.
            namespace = tuple(f"v{s}" if is_date_version(s) else s for s in namespace)
        result.append(PathName(namespace, rest))
    return result


def collections(names: Iterable[PathName]) -> frozenset[tuple[str, ...]]:
    """Static segment chains that some path follows with a parameter (``/files`` of ``/files/{id}``)."""
    found: set[tuple[str, ...]] = set()
    for name in names:
        static: list[str] = []
        for index, segment in enumerate(name.named_segments):
            if is_template(segment):
                if static and index > 0 and not is_template(name.named_segments[index - 1]):
                    found.add(tuple(static))
            else:
                static.append(segment)
    return frozenset(found)


def resource_and_action(
    name: PathName, known_collections: frozenset[tuple[str, ...]], *, one_operation: bool
) -> tuple[list[str], list[str], bool]:
    """Split a path's static segments into resource parts and action parts.

    An action is one thing to do; a path with several operations is a resource even
    where it would read as an action (``PUT`` and ``DELETE /pipelines/{id}/metadata``
    are ``pipelines.metadata.update()`` and ``.delete()``).

    Returns (resource parts, action parts, whether the path ends at an item).
    """
    segments = name.named_segments
    resource: list[str] = []
    action: list[str] = []
    static: list[str] = []
    after_item_or_collection = False
    for segment in segments:
        if is_template(segment):
            # Static segments seen since the last resource turn out to be resources after all.
            resource.extend(action)
            action = []
            after_item_or_collection = True
            continue
        static.append(segment)
        if segment.startswith(":"):
            action.append(segment[1:])
        elif after_item_or_collection and tuple(static) not in known_collections:
            action.append(segment)
        else:
            resource.extend(action)
            action = []
            resource.append(segment)
            after_item_or_collection = tuple(static) in known_collections
    if not one_operation and action and not segments[-1].startswith(":"):
        resource.extend(action)
        action = []
    on_item = bool(segments) and is_template(segments[-1])
    return resource, action, on_item


def strip_fastapi_suffix(operation_id: str, path: str, http_method: str) -> str:
    """``get_job_api_v1_jobs__job_id__get`` → ``get_job``: FastAPI appends the path and method."""
    suffix = re.sub(r"\W", "_", path) + "_" + http_method.lower()
    if operation_id.endswith(suffix) and len(operation_id) > len(suffix):
        return operation_id[: -len(suffix)]
    return operation_id
