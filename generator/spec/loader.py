"""Read a spec (YAML or JSON, in one file or several) and resolve `$ref`s inside it.

The parsed document is kept as plain dicts and lists, as read; references to other
files are made local at load (``bundle.py``), and nothing is modified after that.
Every error names the file and the JSON pointer (or, for syntax errors, the line)
where the problem is.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..cache import ParsedYamlCache
from ..errors import Diagnostics, Location, SpecError
from ..escaping import unprintable
from .bundle import Bundle, Origin, SpecFile
from .parse import parse_text, top_level_blocks
from .pointers import join_pointer, node_at, ref_sites, replace_refs

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
    """The document in ``raw``; YAML is parsed once per content, JSON parses fast anyway.

    A YAML mapping is parsed and cached by its top-level keys (``paths:``, ``components:``):
    after an edit, only the key that holds it is parsed again.
    """
    if cache is None or path.suffix.lower() == ".json":
        return parse_text(raw, display, prefer_json=path.suffix.lower() == ".json")
    blocks = top_level_blocks(raw)
    if len(blocks) > 1:
        try:
            parts = [_parse_block(block, display, cache) for block in blocks]
        except SpecError:
            parts = []  # the whole says what is wrong, and where
        # (A piece that starts with a key is a mapping, unless it is not what it seemed.)
        if parts and all(isinstance(part, dict) for part in parts):
            data: dict[str, Any] = {}
            for part in parts:
                data.update(part)  # a key written twice: its last value, at its first place
            return data
    return _parse_block(raw, display, cache)


def _parse_block(raw: bytes, display: str, cache: ParsedYamlCache) -> Any:
    key = cache.key(raw)
    data = cache.get(key)
    if data is None:
        data = parse_text(raw, display)
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
