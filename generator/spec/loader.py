"""Read a spec (YAML or JSON, in one file or several) and resolve `$ref`s inside it.

The parsed document is kept as plain dicts and lists, as read; references to other
files are made local at load (``bundle.py``), and nothing is modified after that.
Every error names the file and the JSON pointer (or, for syntax errors, the line)
where the problem is.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote

import yaml

from ..cache import ParsedYamlCache
from ..errors import Diagnostics, Location, SpecError
from ..escaping import unprintable
from .bundle import Bundle, Origin, SpecFile
from .limits import check_document, too_deep, too_deep_json
from .pointers import join_pointer, node_at, ref_sites, replace_refs

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


SUPPORTED_VERSIONS = ("3.0", "3.1")


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed OpenAPI document and the file it came from.

    ``data`` holds what other files the spec refers to as well; ``origins`` says where
    each node brought in was written, and ``files`` names every file read.
    """

    file: str
    data: dict[str, Any]
    text_hash: str  # of every file read
    origins: Mapping[str, Origin] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    paths: tuple[Path, ...] = ()  # every file read, absolute: what a later run checks for changes
    # pointer reached by a $ref -> where its chain ends (node, pointer); see resolve()
    _resolved: dict[str, tuple[Any, str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # pointer on a $ref loop -> the loop's error: every way into a loop reports it alike
    _loops: dict[str, SpecError] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def openapi_version(self) -> str:
        return str(self.data.get("openapi", ""))

    def location(self, pointer: str) -> Location:
        """The place of ``pointer`` in the file where it was written."""
        if self.origins:
            tokens = pointer.split("/")
            for end in range(len(tokens), 1, -1):
                origin = self.origins.get("/".join(tokens[:end]))
                if origin is not None:
                    rest = "".join("/" + token for token in tokens[end:])
                    return Location(origin.file, origin.pointer + rest)
        return Location(self.file, pointer)

    def node_at(self, pointer: str) -> Any:
        """Return the node at a JSON pointer such as ``/components/schemas/Pet``."""
        return node_at(self.data, pointer)

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow ``$ref`` chains starting at ``node`` (found at ``pointer``).

        Returns the target node and its pointer. Dangling references, external
        references and reference loops are reported at the ``$ref`` site. Where a
        chain ends is remembered for every pointer on it, so resolving each link
        of a long chain costs its length once, not once per link.
        """
        path = [pointer]  # a loop back to where we started is a loop too
        seen = {pointer}
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            site = join_pointer(pointer, "$ref")
            if not isinstance(ref, str):
                raise SpecError("$ref must be a string", self.location(site))
            if not ref.startswith("#"):
                # Where a reference to another file is followed at load, it is local by now.
                raise SpecError(
                    f"$ref {ref!r} to another file stands where sdkgen does not follow one",
                    self.location(site),
                )
            target = unquote(ref[1:])
            if target in self._resolved:
                node, pointer = self._resolved[target]
                break
            if target in self._loops:
                error = self._loops[target]
                raise SpecError(error.message, error.location)
            if target in seen:
                loop = " -> ".join([*path, target])
                error = SpecError(f"$ref loop with no schema in it: {loop}", self.location(site))
                self._loops.update(dict.fromkeys(path[path.index(target) :], error))
                raise error
            try:
                node = self.node_at(target)
            except KeyError:
                raise SpecError(f"$ref {ref!r} points to nothing", self.location(site)) from None
            path.append(target)
            seen.add(target)
            pointer = target
        for followed in path[1:]:
            self._resolved[followed] = (node, pointer)
        return node, pointer


def load_document(
    path: Path,
    diagnostics: Diagnostics | None = None,
    cache: ParsedYamlCache | None = None,
    roots: Iterable[Path] = (),
) -> Document:
    """Parse ``path`` as YAML or JSON and check that it is an OpenAPI 3.0/3.1 document.

    ``$ref``s that are not strings are dropped with a warning, and 3.1 references by
    ``$id``/``$anchor`` become local pointers (see :func:`repair_refs`). The files other
    references name are read too, from the spec's folder tree or one of ``roots``.
    """
    display = str(path)
    if any(unprintable(char) for char in display):
        # The name is printed in errors and written into the models module's header comment.
        raise SpecError(
            "a spec file name must not contain control or format characters",
            Location(ascii(display)),
        )
    diagnostics = diagnostics or Diagnostics(quiet=True)

    def read(file: Path, shown: str) -> tuple[bytes, Any]:
        raw = _read_bytes(file, shown)
        data = _parse_cached(raw, file, shown, cache)
        return raw, repair_refs(data, shown, diagnostics) if isinstance(data, dict) else data

    raw = _read_bytes(path, display)
    data = _parse_cached(raw, path, display, cache)
    check_openapi(data, display)
    data = repair_refs(data, display, diagnostics)
    main = SpecFile(display, path.absolute(), data, raw)
    files = [main]
    origins: dict[str, Origin] = {}
    if any(isinstance(ref, str) and not ref.startswith("#") for _, ref in ref_sites(data)):
        bundle = Bundle(main, (main.path.parent, *roots), read)
        data = bundle.document()
        files = list(bundle.files.values())
        origins = bundle.origins
    digest = hashlib.sha256()
    for file in files:
        digest.update(f"{file.display}\n{hashlib.sha256(file.raw).hexdigest()}\n".encode())
    return Document(
        file=display,
        data=data,
        text_hash=digest.hexdigest() if len(files) > 1 else hashlib.sha256(raw).hexdigest(),
        origins=origins,
        files=tuple(file.display for file in files),
        paths=tuple(file.path for file in files),
    )


def _read_bytes(path: Path, display: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SpecError("spec file not found", Location(display)) from None
    except OSError as exc:
        raise SpecError(f"cannot read spec: {exc.strerror}", Location(display)) from None


def _parse_cached(raw: bytes, path: Path, display: str, cache: ParsedYamlCache | None) -> Any:
    """The document in ``raw``; YAML is parsed once per content, JSON parses fast anyway."""
    prefer_json = path.suffix.lower() == ".json"
    key = cache.key(raw) if cache is not None and not prefer_json else None
    data = cache.get(key) if cache is not None and key is not None else None
    if data is None:
        data = parse_text(raw, display, prefer_json=prefer_json)
        if cache is not None and key is not None:
            cache.put(key, data)
    return data


def repair_refs(data: dict[str, Any], display: str, diagnostics: Diagnostics) -> dict[str, Any]:
    """The document with unusable ``$ref``s dealt with, sharing every untouched part.

    - A ``$ref`` that is not a string (``$ref: #/x`` unquoted is a YAML comment, so null)
      is dropped: the schema accepts any value, with a warning naming the place.
    - A 3.1 reference to a schema's ``$id`` (and ``$anchor``) becomes a local pointer.
    """
    sites = [
        (where, ref)
        for where, ref in ref_sites(data)
        if not (isinstance(ref, str) and ref.startswith("#"))
    ]
    if not sites:
        return data
    ids = _schema_ids(data)
    replacements: dict[str, Any] = {}
    for where, ref in sites:
        if not isinstance(ref, str):
            diagnostics.warn(
                f"$ref must be a string, not {json.dumps(ref)}; the reference is ignored and the schema accepts any value",
                Location(display, join_pointer(where, "$ref")),
                "ignored $ref",
            )
            replacements[where] = None
            continue
        target = _resolve_by_id(ref, ids)
        if target is not None:
            replacements[where] = "#" + target
        # Other external references are reported where they are followed.
    repaired: dict[str, Any] = replace_refs(data, replacements)
    return repaired


def _schema_ids(data: Any) -> dict[str, str]:
    """``$id`` (and ``$id#anchor``) -> JSON pointer, for every schema that declares one."""
    found: dict[str, str] = {}
    stack: list[tuple[Any, str, str]] = [(data, "", "")]
    while stack:
        current, where, base = stack.pop()
        if isinstance(current, dict):
            own = current.get("$id")
            if isinstance(own, str) and own:
                base = own.split("#", 1)[0]
                found.setdefault(base, where)
            anchor = current.get("$anchor")
            if isinstance(anchor, str) and anchor and base:
                found.setdefault(f"{base}#{anchor}", where)
            for key, value in current.items():
                if isinstance(value, (dict, list)):
                    stack.append((value, join_pointer(where, key), base))
        elif isinstance(current, list):
            for index, value in enumerate(current):
                if isinstance(value, (dict, list)):
                    stack.append((value, join_pointer(where, index), base))
    return found


def _resolve_by_id(ref: str, ids: dict[str, str]) -> str | None:
    base, _, fragment = ref.partition("#")
    if base not in ids:
        return None
    if not fragment:
        return ids[base]
    if fragment.startswith("/"):
        return ids[base] + fragment
    return ids.get(f"{base}#{fragment}")


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


def check_openapi(data: Any, display: str) -> None:
    if not isinstance(data, dict):
        raise SpecError(
            "not an OpenAPI document: the top level must be a mapping", Location(display)
        )
    if "swagger" in data:
        raise SpecError(
            "Swagger 2.0 is not supported; convert the spec to OpenAPI 3 first",
            Location(display, "/swagger"),
        )
    version = data.get("openapi")
    if version is None:
        raise SpecError("not an OpenAPI document: no 'openapi' version field", Location(display))
    if not isinstance(version, str) or not version.startswith(
        tuple(v + "." for v in SUPPORTED_VERSIONS)
    ):
        raise SpecError(
            f"unsupported OpenAPI version {version!r}; expected 3.0.x or 3.1.x",
            Location(display, "/openapi"),
        )
    for key in ("info", "paths"):
        value = data.get(key, {} if key == "paths" else None)
        if not isinstance(value, dict):
            raise SpecError(f"'{key}' must be a mapping", Location(display, f"/{key}"))
