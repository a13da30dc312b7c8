"""The order of a merged models module's classes: one that depends on the spec alone.

Parts of a split spec come back in the order of the split; merged, their classes are put in
the order datamodel-code-generator gives a whole spec on its own (each class after the classes
it uses, else in the spec's order), so that 1, 2 or 4 parts give the same module. What follows
from the order is then spelled from it too, not taken from a part: which names in a class's
bases are quoted forward references, and which classes get a ``model_rebuild()`` call.
"""

from __future__ import annotations

import ast
import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..spec.pointers import unescape_pointer_token
from .source_edits import SourceEdits, name_spelling, source_lines


@dataclass(frozen=True, slots=True)
class Links:
    """What a statement needs of the module's other classes, by ast's spelling of names."""

    defines: str | None  # the class it defines
    uses: frozenset[str]  # every name in it
    reads: frozenset[str]  # names read as the class is defined: in its bases and values


def links_of(node: ast.stmt) -> Links:
    if not isinstance(node, ast.ClassDef):
        return Links(None, _names_in(node), _names_in(node))
    values = [
        statement.value
        for statement in node.body
        if isinstance(statement, (ast.AnnAssign, ast.Assign)) and statement.value is not None
    ]
    reads: set[str] = set()
    for expression in (*node.bases, *values):
        reads |= _names_in(expression)
    return Links(node.name, _names_in(node), frozenset(reads))


def _names_in(node: ast.AST) -> frozenset[str]:
    # ast.walk, without its generators: thousands of classes pass through here
    names: set[str] = set()
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, ast.Name):
            names.add(current.id)
            continue
        for field in current._fields:
            value = getattr(current, field, None)
            if isinstance(value, ast.AST):
                pending.append(value)
            elif isinstance(value, list):
                pending.extend(item for item in value if isinstance(item, ast.AST))
    return frozenset(names)


def _base_references(node: ast.ClassDef) -> list[ast.Name | ast.Constant]:
    """The names in a class's bases, quoted (``RootModel[list["Item"]]``) or not; not the
    strings of a ``Literal[...]``."""
    found: list[ast.Name | ast.Constant] = []
    pending: list[ast.AST] = list(node.bases)
    while pending:
        child = pending.pop()
        if isinstance(child, ast.Name):
            found.append(child)
        elif isinstance(child, ast.Constant) and isinstance(child.value, str):
            if child.value.isidentifier():
                found.append(child)
        elif not (
            isinstance(child, ast.Subscript)
            and isinstance(child.value, ast.Name)
            and child.value.id == "Literal"
        ):
            pending.extend(ast.iter_child_nodes(child))
    return found


def quoted_in_bases(node: ast.ClassDef, local: set[str]) -> bool:
    """Whether a class's bases quote the name of one of the ``local`` classes."""
    return any(
        isinstance(ref, ast.Constant) and _read(str(ref.value)) in local
        for ref in _base_references(node)
    )


def spell_bases(text: str, local: Iterable[str], defined: Iterable[str]) -> str:
    """A class's text with each ``local`` class its bases name spelled bare if it is
    ``defined`` above it, else quoted: a base is read when the class is defined.

    A part quotes a name by its own order (its module may hold a cycle's classes in another
    order than the merged module), so parts are read bare and spelled again once merged.
    """
    node = ast.parse(text).body[0]
    assert isinstance(node, ast.ClassDef)
    local, defined = set(local), set(defined)
    edits = SourceEdits(source_lines(text))
    for ref in _base_references(node):
        if isinstance(ref, ast.Constant):  # ast reads names in NFKC form, not strings
            spelled = str(ref.value)
            if _read(spelled) in local & defined:
                edits.replace(ref, spelled)
        elif ref.id in local - defined:
            edits.replace(ref, f'"{name_spelling(edits.lines, ref)}"')
    return edits.apply() if edits.edits else text


def _read(name: str) -> str:
    return unicodedata.normalize("NFKC", name)


# datamodel-code-generator reads the scopes in this order (``openapi_scopes``).
_SCOPES = {"components": 0, "paths": 1, "webhooks": 2}
_LAST = (len(_SCOPES) + 1,)


def canonical_order(
    chunks: Sequence[tuple[str | None, str, Links]],
    models: Sequence[Mapping[str, Any]],
    spec: Mapping[str, Any],
) -> list[tuple[str | None, str, Links]]:
    """The module's statements in an order that depends on the spec alone, not on its split.

    Each class comes after the classes it uses, if a cycle allows; among the classes ready, in
    the order of their schemas in the spec, a schema's inline classes before it: the order
    datamodel-code-generator gives on its own. Where classes use each other in a cycle, the
    first whose bases and values are defined goes first (pydantic resolves the others' field
    types later). A class without a schema of its own goes just before its first user.
    """
    positions = _Positions(spec)
    keys: dict[str, tuple[float, ...]] = {}
    for model in models:
        name, pointer = model.get("class_name"), model.get("source_ref")
        if isinstance(name, str) and isinstance(pointer, str):
            key = positions.of(pointer)
            keys[name] = min(key, keys.get(name, key))
    by_key = sorted(chunks, key=lambda chunk: (keys.get(chunk[0] or "", _LAST), chunk[1]))
    for name, _, _ in by_key:
        if name is not None and name not in keys:
            user = next((n for n, _, links in by_key if n in keys and name in links.uses), None)
            keys[name] = keys[user][:-1] + (-1, math.inf) if user is not None else _LAST
    pending = sorted(chunks, key=lambda chunk: (keys.get(chunk[0] or "", _LAST), chunk[1]))
    defined: set[str] = set()
    ordered: list[tuple[str | None, str, Links]] = []

    def place(chunk: tuple[str | None, str, Links]) -> None:
        ordered.append(chunk)
        if chunk[2].defines is not None:
            defined.add(chunk[2].defines)

    local = {links.defines for _, _, links in chunks if links.defines is not None}
    while pending:
        waiting = []
        for chunk in pending:
            links = chunk[2]
            if (links.uses & local) - defined - {links.defines}:
                waiting.append(chunk)
            else:
                place(chunk)
        if len(waiting) == len(pending):  # a cycle: break it where Python can
            first = next(
                (c for c in waiting if not (c[2].reads & local) - defined - {c[2].defines}),
                waiting[0],
            )
            place(first)
            waiting.remove(first)
        pending = waiting
    return ordered


def forward_references(
    chunks: Sequence[tuple[str | None, str, Links]],
) -> tuple[list[tuple[str | None, str, Links]], list[str]]:
    """The ordered statements with their bases spelled for that order, and the
    ``model_rebuild()`` calls it needs: one for each class that uses itself or a class below it
    (pydantic resolves those names once the module is complete)."""
    local = {links.defines for _, _, links in chunks if links.defines is not None}
    defined: set[str] = set()
    spelled: list[tuple[str | None, str, Links]] = []
    rebuilds: list[str] = []
    for name, text, links in chunks:
        if links.defines is not None:
            if (links.reads & local) - defined:
                text = spell_bases(text, local, defined)
            if (links.uses & local) - defined:
                rebuilds.append(f"{name or links.defines}.model_rebuild()")
            defined.add(links.defines)
        spelled.append((name, text, links))
    return spelled, rebuilds


class _Positions:
    """Where a JSON pointer's node is in the spec, as a key that sorts in reading order, a
    node's children before the node itself."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.indexes: dict[int, dict[str, int]] = {}

    def of(self, pointer: str) -> tuple[float, ...]:
        tokens = [unescape_pointer_token(t) for t in pointer.removeprefix("#").split("/")[1:]]
        key: list[float] = [_SCOPES.get(tokens[0], len(_SCOPES)) if tokens else len(_SCOPES)]
        node: Any = self.spec
        for token in tokens:
            if isinstance(node, dict):
                index = self.indexes.get(id(node))
                if index is None:
                    index = self.indexes[id(node)] = {k: i for i, k in enumerate(node)}
                key.append(index.get(token, -1))
                node = node.get(token)
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                key.append(int(token))
                node = node[int(token)]
            else:
                key.append(-1)
                node = None
        key.append(math.inf)
        return tuple(key)


def canonical_imports(lines: Iterable[str]) -> list[str]:
    """Every part's imports, a statement per module (``__future__`` first), names sorted: ruff
    sorts them in the end, but before that they would differ with the split."""
    names: dict[str, set[str]] = {}
    plain: set[str] = set()
    for line in set(lines):
        statement = ast.parse(line).body[0]
        if not isinstance(statement, ast.ImportFrom):
            plain.add(line)
            continue
        source = "." * statement.level + (statement.module or "")
        names.setdefault(source, set()).update(
            alias.name if alias.asname is None else f"{alias.name} as {alias.asname}"
            for alias in statement.names
        )
    lines = [f"from {source} import {', '.join(sorted(names[source]))}" for source in names]
    return sorted(
        [*lines, *plain], key=lambda line: (not line.startswith("from __future__ "), line)
    )
