"""Text to data: JSON, or YAML read as the JSON it stands for, within ``limits.py``.

YAML aliases are bounded (a few bytes must not stand for billions of nodes), and a YAML
mapping can be cut into its top-level keys, each a document of its own, which the loader
caches one by one.
"""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar

import yaml

from ..errors import Location, SpecError
from .limits import check_document, too_deep, too_deep_json

# The C loader is ~10x faster on large specs; fall back if PyYAML was built without libyaml.
_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _YamlLoader(_SafeLoader):  # type: ignore[misc]
    """YAML read as the JSON it stands for: dates stay strings and mapping keys are strings.

    A spec's examples and defaults end up in generated code, docs and JSON
    files; a ``datetime.date`` (YAML's reading of ``2024-01-31``) or an integer
    key (``200:``) would not survive that.
    """

    yaml_implicit_resolvers: ClassVar = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP_TAG]
        for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        if all(isinstance(key, str) for key in mapping):
            return mapping
        return {_json_key(key): value for key, value in mapping.items()}


def _json_key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, bool) or key is None:
        return json.dumps(key)
    return str(key)


def parse_text(raw: bytes, display: str, *, prefer_json: bool = False) -> Any:
    """The document in ``raw``, as JSON or YAML, within the limits of ``limits.py``."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(f"spec is not UTF-8 (byte {exc.start})", Location(display)) from None
    data = (
        _parse_json(text, display, prefer_json)
        if prefer_json or text.lstrip().startswith("{")
        else None
    )
    if data is None:
        data = _parse_yaml(text, display)
    check_document(data, text, display)
    return data


def _parse_json(text: str, display: str, required: bool) -> Any:
    """The JSON document in ``text``; None if it is not JSON and need not be (YAML is tried)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise too_deep_json(text, display) from None
    except json.JSONDecodeError as exc:
        if required:
            raise SpecError(
                f"invalid JSON: {exc.msg}", Location(display, line=exc.lineno)
            ) from None
    return None


def _parse_yaml(text: str, display: str) -> Any:
    try:
        return _load_yaml(text, display)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "syntax error"
        if (
            exc.problem
            and exc.context
            and exc.context_mark is not None
            and exc.context_mark.line + 1 != line
        ):
            problem += f" ({exc.context} that starts on line {exc.context_mark.line + 1})"
        if problem == "exceeded maximum nesting depth":  # libyaml's limit, at 1,000 levels
            raise SpecError(too_deep(), Location(display, line=line)) from None
        raise SpecError(f"invalid YAML: {problem}", Location(display, line=line)) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}", Location(display)) from None
    except RecursionError:  # PyYAML's pure-Python parser, when built without libyaml
        raise SpecError(too_deep(), Location(display)) from None


# An alias shares its anchor's node, so a small document can stand for a huge one
# ("billion laughs") or, when an alias sits inside the node it names, an endless one; every
# later step walks the expanded document. Expanded, a document may have this many nodes:
# ten times the nodes it is written with, or a million if that is more.
EXPANSION_FACTOR = 10
EXPANSION_FLOOR = 1_000_000

# An alias needs an anchor of the same name; names are what PyYAML scans after `&` and `*`.
# A document whose text has no `&name` and `*name` alike has no aliases and skips the check.
_ANCHOR = re.compile(r"&([\w-]+)", re.ASCII)
_ALIAS = re.compile(r"\*([\w-]+)", re.ASCII)


def _load_yaml(text: str, display: str) -> Any:
    """``yaml.load`` with a safe loader, refusing aliases that would expand without bound."""
    loader = _YamlLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        anchors = set(_ANCHOR.findall(text))
        if anchors and not anchors.isdisjoint(_ALIAS.findall(text)):
            _check_aliases(node, text, display)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _check_aliases(root: yaml.Node, text: str, display: str) -> None:
    sizes = _expanded_size(root)
    limit = None
    if sizes is not None:
        expanded, written = sizes
        limit = max(EXPANSION_FACTOR * written, EXPANSION_FLOOR)
        if expanded <= limit:
            return
    name, line = _offending_alias(text, limit)
    if limit is None:
        problem = f"YAML alias *{name} is inside the node it refers to, so it never ends"
    else:
        problem = (
            f"YAML aliases expand the document to over {limit:,} nodes (here at *{name}); "
            f"sdkgen expands a document to {EXPANSION_FACTOR} times its nodes "
            f"or {EXPANSION_FLOOR:,} nodes at most"
        )
    raise SpecError(problem, Location(display, line=line))


def _expanded_size(root: yaml.Node) -> tuple[int, int] | None:
    """``(nodes with every alias expanded, nodes as written)``, or None if an alias is inside
    the node it refers to: one walk of the node graph, each collection sized once."""
    sizes: dict[int, int] = {}  # collection -> expanded nodes (a scalar is one)
    ancestors: set[int] = set()
    written = 1
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        if finished:
            ancestors.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes.get(id(child), 1) for child in _children(node))
        elif id(node) not in sizes and not isinstance(node, yaml.ScalarNode):
            ancestors.add(id(node))
            stack.append((node, True))
            children = _children(node)
            written += len(children)
            for child in children:
                if isinstance(child, yaml.ScalarNode) or id(child) in sizes:
                    continue
                if id(child) in ancestors:
                    return None
                stack.append((child, False))
    return sizes.get(id(root), 1), written


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _offending_alias(text: str, limit: int | None) -> tuple[str, int | None]:
    """The name and line of the first alias inside the node it refers to or, given a
    ``limit``, of the alias at which the expanded document outgrows it. (The node graph
    does not say where its aliases are, the events do: a second, slower pass, on errors only.)"""
    sizes: dict[str, int] = {}  # anchor -> expanded nodes, once its node has ended
    open_anchors: list[str | None] = []  # the collections that have not ended yet...
    open_sizes: list[int] = []  # ...and their expanded nodes so far
    total = 0
    last: tuple[str, int | None] = ("", None)
    for event in yaml.parse(text, Loader=_YamlLoader):
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, size = open_anchors.pop(), open_sizes.pop()
            if anchor is not None:
                sizes[anchor] = size
            if open_sizes:
                open_sizes[-1] += size
            continue
        if isinstance(event, yaml.AliasEvent):
            name = str(event.anchor)
            line = event.start_mark.line + 1 if event.start_mark is not None else None
            if name not in sizes:  # its node has not ended: the alias is inside it
                return name, line
            grown, last = sizes[name], (name, line)
        elif isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            grown = 1
        else:
            continue
        total += grown
        if limit is not None and total > limit:
            return last
        if isinstance(event, yaml.CollectionStartEvent):
            open_anchors.append(event.anchor)
            open_sizes.append(1)
            continue
        if isinstance(event, yaml.ScalarEvent) and event.anchor is not None:
            sizes[event.anchor] = 1
        if open_sizes:
            open_sizes[-1] += grown
    return last


# A line that starts at the left edge, and one that starts with a top-level key written plainly.
# Where such a key stands inside a quoted or flow value, the text before it ends inside that
# value, so it does not parse on its own and the document is parsed whole.
_LEFT_EDGE = re.compile(r"^[^ \t\r\n#]", re.MULTILINE)
_TOP_LEVEL_KEY = re.compile(r"[A-Za-z_$][\w.$/-]*:(?=\s|$)")


def top_level_blocks(raw: bytes) -> list[bytes]:
    """``raw`` cut before each top-level key of a YAML mapping written in block style, each
    piece a YAML document of its own; ``[raw]`` when it is not that simple: aliases (pieces
    would escape the limit on their expansion), or a line at the left edge that is no such
    key (a document marker, a directive, a flow collection)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [raw]
    anchors = set(_ANCHOR.findall(text))
    if anchors and not anchors.isdisjoint(_ALIAS.findall(text)):
        return [raw]
    starts = []
    for line in _LEFT_EDGE.finditer(text):
        if not _TOP_LEVEL_KEY.match(text, line.start()):
            return [raw]
        starts.append(line.start())
    if len(starts) < 2:
        return [raw]
    starts[0] = 0  # with the comments before it
    ends = [*starts[1:], len(text)]
    return [text[start:end].encode() for start, end in zip(starts, ends, strict=True)]
