"""Give datamodel-code-generator's classes the names ``names/classes.py`` derives from the spec.

datamodel-code-generator numbers what it cannot tell apart (``ResponsesServerEvent14``) and
doubles names (``ToolChoiceToolChoice1``); its numbers follow the order of the spec, so removing
one union branch renumbers every later one. Here each class is named for its place instead: a
component by its key; any other class by its owner (the class that holds it: the schema it sits
in, or failing that the class that refers to it) and its role there. The metadata
datamodel-code-generator writes says which schema each class came from; the module says which
class refers to which.

Names are settled owner first. Where two classes would take one name, each tries its next
candidate (a branch's own ``title`` before its owner's name and the title); only two that share
every candidate get numbers, and a warning names them. The user's pins (``names.classes`` in the
config, by JSON pointer or by the name sdkgen gives) come first of all.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import UsageError
from ..names import classes as rules
from ..names.identifiers import pascal_case
from ..names.pins import did_you_mean, entry
from ..spec.pointers import escape_pointer_token
from .source_edits import SourceEdits, imported_names, rename_classes, source_lines

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(slots=True)
class _Class:
    name: str  # as datamodel-code-generator named it
    index: int  # place in the module
    pointer: str | None  # the schema it came from
    # (referring class, "field" | "root" | "base", field name)
    referrers: list[tuple[_Class, str, str]] = field(default_factory=list)
    bases: list[_Class] = field(default_factory=list)  # the classes it derives from, in order
    owner: _Class | None = None
    role: str = ""
    fallback: str = ""  # the role with the schema's kind: for a role that says too little
    candidates: list[str] = field(default_factory=list)
    final: str | None = None


def stable_class_names(
    source: str,
    metadata: Sequence[Mapping[str, Any]],
    spec: Mapping[str, Any],
    pins: Mapping[str, str] | None = None,
    warn: Callable[[str, str], None] = lambda message, pointer: None,
) -> tuple[str, dict[str, str], dict[str, str]]:
    """``source`` with every class named from the spec; returns it, the renames (old → new),
    and the class each schema pointer became."""
    tree = ast.parse(source)
    classes = _classes(tree, metadata)
    if not classes:
        return source, {}, {}
    by_pointer: dict[str, list[_Class]] = {}
    for cls in classes.values():
        if cls.pointer is not None:
            by_pointer.setdefault(cls.pointer, []).append(cls)
    canonical = {
        pointer: min(holders, key=lambda c: (not _held(c), len(c.name), c.index))
        for pointer, holders in by_pointer.items()
    }
    # Copies datamodel-code-generator made and then left unused: nothing to name.
    unused = [
        cls
        for cls in classes.values()
        if not cls.referrers and cls.pointer is not None and canonical[cls.pointer] is not cls
    ]
    for cls in unused:
        del classes[cls.name]
    for cls in classes.values():
        _place(cls, classes, by_pointer, canonical, spec)
    pinned = _pins(pins or {}, classes, canonical, lambda: _settle(classes, {}, warn=None))
    for cls in classes.values():
        cls.final = None
    _settle(classes, pinned, warn)
    if unused:
        source, tree = _without(source, tree, {cls.name for cls in unused})
    renames = {
        cls.name: cls.final for cls in classes.values() if cls.final and cls.final != cls.name
    }
    if renames:
        edits = SourceEdits(source_lines(source))
        rename_classes(tree, edits, renames, imported_names(tree))
        source = edits.apply()
    pointers = {pointer[1:]: cls.final or cls.name for pointer, cls in canonical.items()}
    return source, renames, pointers


def _classes(tree: ast.Module, metadata: Sequence[Mapping[str, Any]]) -> dict[str, _Class]:
    pointers: dict[str, str] = {}
    for model in metadata:
        name, ref = model.get("class_name"), model.get("source_ref")
        if isinstance(name, str) and isinstance(ref, str) and ref.startswith("#"):
            pointers.setdefault(unicodedata.normalize("NFKC", name), ref)  # as ast reads it
    nodes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    classes = {
        node.name: _Class(node.name, index, pointers.get(node.name))
        for index, node in enumerate(nodes)
    }
    for node in nodes:
        cls = classes[node.name]
        for base in node.bases:
            if isinstance(base, ast.Name) and base.id in classes and base.id != node.name:
                classes[base.id].referrers.append((cls, "base", ""))
                cls.bases.append(classes[base.id])
        for statement in node.body:
            if not (
                isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
            ):
                continue
            kind = "root" if statement.target.id == "root" else "field"
            for name in _names_in(statement.annotation):
                if name in classes and name != node.name:
                    classes[name].referrers.append((cls, kind, statement.target.id))
    return classes


def _held(cls: _Class) -> bool:
    """True if the class of a schema ``cls``'s schema sits in refers to it (a component counts)."""
    segments = rules.pointer_segments(cls.pointer or "")
    if len(segments) == 3 and segments[:2] == ["components", "schemas"]:
        return True
    for referrer, _, _ in cls.referrers:
        inside = rules.pointer_segments(referrer.pointer or "")
        if inside and len(inside) < len(segments) and segments[: len(inside)] == inside:
            return True
    return False


def _without(source: str, tree: ast.Module, names: set[str]) -> tuple[str, ast.Module]:
    """``source`` without the classes ``names`` and their ``model_rebuild()`` calls."""
    lines = source_lines(source)
    for node in reversed(tree.body):
        called = (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Attribute)
            and isinstance(node.value.func.value, ast.Name)
            and node.value.func.value.id in names
        )
        if called or (isinstance(node, ast.ClassDef) and node.name in names):
            del lines[node.lineno - 1 : node.end_lineno]
    source = "".join(lines)
    return source, ast.parse(source)


def _names_in(annotation: ast.expr) -> list[str]:
    found: list[str] = []
    for node in ast.walk(annotation):
        if isinstance(node, ast.Name):
            found.append(node.id)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.extend(_WORD.findall(node.value))  # a quoted forward reference
    return list(dict.fromkeys(found))


def _place(
    cls: _Class,
    classes: Mapping[str, _Class],
    by_pointer: Mapping[str, list[_Class]],
    canonical: Mapping[str, _Class],
    spec: Mapping[str, Any],
) -> None:
    """Find ``cls``'s owner and role, or its own name if it has no owner."""
    segments = rules.pointer_segments(cls.pointer) if cls.pointer else []
    if (
        len(segments) == 3
        and segments[:2] == ["components", "schemas"]
        and canonical[cls.pointer or ""] is cls
    ):
        cls.candidates = [rules.component_class(segments[2])]
        return
    # The class of the schema this one sits in (or of a union branch of it), if it refers to it.
    placed = []
    for referrer, kind, _ in cls.referrers:
        inside = rules.pointer_segments(referrer.pointer) if referrer.pointer else None
        if inside is None:
            continue
        common = 0
        while common < min(len(inside), len(segments)) and inside[common] == segments[common]:
            common += 1
        if common < len(segments) and _composition_only(inside[common:]):
            rank = (-common, kind == "base", referrer is not canonical[referrer.pointer or ""])
            placed.append((rank, referrer.index, referrer, common))
    if placed:
        _, _, owner, common = min(placed, key=lambda entry: entry[:2])
        role, title = rules.role(spec, segments[:common], segments[common:])
        _own(cls, owner, role, title, rules.schema_at(spec, segments))
        return
    referrers = sorted(
        (r for r in cls.referrers if r[1] != "base"), key=lambda r: (r[0].pointer or "", r[0].index)
    )
    if referrers:
        owner, kind, name = referrers[0]
        if kind == "field":
            _own(cls, owner, pascal_case(name) or "Field", None, rules.schema_at(spec, segments))
        else:  # a branch of the owner's union; a copy of a component is read from the component
            copied = [base for base in cls.bases if canonical.get(base.pointer or "") is base]
            where = rules.pointer_segments(copied[0].pointer or "") if copied else segments
            node = rules.schema_at(spec, where) if where else None
            role, title = rules.branch_role(node, [], None, spec)
            _own(cls, owner, role or "Variant", title, node)
        return
    if cls.pointer is not None and canonical[cls.pointer] is not cls:
        _own(cls, canonical[cls.pointer], "Base", None)
        return
    bases = sorted(cls.referrers, key=lambda r: (r[0].pointer or "", r[0].index))
    if bases:
        _own(cls, bases[0][0], "Base", None)
        return
    # Nothing refers to it (a tag's enum, replaced by a Literal): the class of the schema it sits in.
    for cut in range(len(segments) - 1, 2, -1):
        holder = canonical.get("#/" + "/".join(escape_pointer_token(s) for s in segments[:cut]))
        if holder is not None:
            role, title = rules.role(spec, segments[:cut], segments[cut:])
            _own(cls, holder, role, title, rules.schema_at(spec, segments))
            return
    if len(segments) >= 4 and segments[0] in ("paths", "webhooks"):
        named = rules.operation_class(segments, spec)
        if named is not None:
            base, used = named
            role, title = rules.role(spec, segments[:used], segments[used:])
            cls.candidates = [*([title] if title else []), rules.joined(base, role)]
            return
    cls.candidates = [cls.name]


def _composition_only(segments: Sequence[str]) -> bool:
    """True for a way down that only picks members of ``anyOf``/``oneOf``/``allOf``."""
    pairs = zip(segments[::2], segments[1::2], strict=False)
    return len(segments) % 2 == 0 and all(
        key in ("anyOf", "oneOf", "allOf") and index.isdigit() for key, index in pairs
    )


def _own(cls: _Class, owner: _Class, role: str, title: str | None, node: Any = None) -> None:
    cls.owner, cls.role = owner, role
    cls.candidates = [title] if title else []
    cls.fallback = role + rules.kind_role(node) if node is not None else ""


def _depth(cls: _Class) -> int:
    depth, seen, owner = 0, {id(cls)}, cls.owner
    while owner is not None and id(owner) not in seen:
        seen.add(id(owner))
        depth, owner = depth + 1, owner.owner
    return depth


def _options(cls: _Class) -> list[str]:
    """The names ``cls`` may take, best first."""
    names = list(cls.candidates)
    if cls.owner is not None:
        owner = cls.owner.final or cls.owner.name
        names += [rules.joined(owner, role) for role in (cls.role, cls.fallback) if role]
        if not cls.role:
            names.insert(len(cls.candidates), owner)
    return list(dict.fromkeys(names)) or [cls.name]


def _settle(
    classes: Mapping[str, _Class],
    pinned: Mapping[str, str],
    warn: Callable[[str, str], None] | None,
) -> None:
    """Give every class its final name: owners first; at each depth the first candidate no
    other class wants and no shallower class took."""
    taken = set(pinned.values())
    levels: dict[int, list[_Class]] = {}
    for cls in classes.values():
        if cls.name in pinned:
            cls.final = pinned[cls.name]
        else:
            levels.setdefault(_depth(cls), []).append(cls)
    for depth in sorted(levels):
        level = levels[depth]
        options = {id(cls): _options(cls) for cls in level}
        choice = dict.fromkeys(options, 0)
        while True:
            wanted: dict[str, list[_Class]] = {}
            for cls in level:
                wanted.setdefault(options[id(cls)][choice[id(cls)]], []).append(cls)
            moved = False
            for name, wanting in wanted.items():
                if len(wanting) > 1 or name in taken:
                    for cls in wanting:
                        if choice[id(cls)] + 1 < len(options[id(cls)]):
                            choice[id(cls)] += 1
                            moved = True
            if not moved:
                break
        for name, wanting in sorted(wanted.items()):
            wanting.sort(key=lambda c: (c.pointer or "", c.index))
            if len(wanting) > 1 or name in taken:
                if warn is not None:
                    where = [c.pointer or c.name for c in wanting]
                    warn(
                        f"classes for {' and '.join(where)} share every name sdkgen could give them; "
                        "they are numbered: pin their names in [tool.sdkgen.names.classes]",
                        where[0],
                    )
                number = 1 if name in taken else 0
                for cls in wanting:
                    fresh = name if number == 0 else f"{name}{number}"
                    while fresh in taken:
                        number += 1
                        fresh = f"{name}{number}"
                    cls.final = fresh
                    taken.add(fresh)
                    number += 1
            else:
                wanting[0].final = name
                taken.add(name)


def _pins(
    pins: Mapping[str, str],
    classes: Mapping[str, _Class],
    canonical: Mapping[str, _Class],
    settle: Callable[[], None],
) -> dict[str, str]:
    """The pinned names, by datamodel-code-generator's class name; an entry that names no
    class is an error."""
    if not pins:
        return {}
    settle()
    by_final = {cls.final: cls for cls in classes.values() if cls.final}
    pinned: dict[str, str] = {}
    for key, name in pins.items():
        cls = canonical.get(key) if key.startswith("#") else by_final.get(key)
        if cls is None:
            known = canonical if key.startswith("#") else by_final
            raise UsageError(
                f"{entry('classes', key)} matches no model class{did_you_mean(key, known)}"
            )
        pinned[cls.name] = name
    return pinned
