"""Make datamodel-code-generator's module fit the SDK, by edits at the places ast reports."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from .model_set import ModelKind
from .source_edits import (
    TRAILING_SPACE,
    SourceEdits,
    class_spelling,
    normalize_line_breaks,
    source_lines,
)

# Enums derive from the open enums of the SDK's ``_models.py``, so values added to the API later still parse.
OPEN_ENUMS = {"StrEnum": "OpenStrEnum", "IntEnum": "OpenIntEnum", "Enum": "OpenEnum"}

# mypy's rule for attribute overrides is stricter than pydantic's (and JSON Schema's
# allOf, where a part may narrow a property to another enum): say so where it applies.
# `unused-ignore` keeps mypy quiet where the override turns out compatible.
OVERRIDE_IGNORE = "  # type: ignore[assignment, unused-ignore]"


_BARE_GENERICS = {"list": "list[Any]", "dict": "dict[str, Any]"}


def tidy_models(source: str) -> tuple[str, dict[str, ModelKind]]:
    """Make datamodel-code-generator's module pass ``ruff check`` and ``mypy --strict``, and
    return it with the kind of each of its classes.

    - enums derive from the SDK's open enums;
    - trailing whitespace from descriptions is removed (docstrings only hold it);
    - a bare ``list`` or ``dict`` in an annotation (its output for some recursive
      schemas) gets type arguments;
    - a field that redefines an inherited one with another annotation is marked;
    - ``Annotated[X | None, Field(...)]`` (required but nullable) reads ``X | None``: a field
      without a default is required all the same;
    - a field that may be absent reads as None then, so its type allows None even when the
      spec does not allow null (``strict_nullable`` keeps the two apart only for required ones).
    """
    source = _required_without_field(TRAILING_SPACE.sub("", normalize_line_breaks(source)))
    tree = ast.parse(source)
    edits = SourceEdits(source_lines(source))
    fields: dict[str, dict[str, ast.expr]] = {}  # class → field → annotation
    bases: dict[str, list[str]] = {}
    kinds: dict[str, ModelKind] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        kinds[class_spelling(edits.lines, node)] = _kind(
            ", ".join(ast.unparse(base) for base in node.bases)
        )
        bases[node.name] = [base.id for base in node.bases if isinstance(base, ast.Name)]
        if len(bases[node.name]) == 1 == len(node.bases) and not node.keywords:
            open_enum = OPEN_ENUMS.get(bases[node.name][0])
            if open_enum is not None:
                edits.replace(node.bases[0], open_enum)
        own = fields.setdefault(node.name, {})
        for base in node.bases:
            _add_type_arguments(base, edits)
        for statement in node.body:
            if not (
                isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
            ):
                continue
            _add_type_arguments(statement.annotation, edits)
            _allow_none_when_absent(statement, edits)
            own[statement.target.id] = statement.annotation
            inherited = _inherited_field(node.name, statement.target.id, fields, bases)
            if inherited is not None and ast.unparse(inherited) != ast.unparse(
                statement.annotation
            ):
                edits.append_to_line(statement.lineno, OVERRIDE_IGNORE)
    if not edits.edits:
        return source, kinds
    source = edits.apply()
    imports_any = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "typing"
        and any(alias.name == "Any" and alias.asname is None for alias in node.names)
        for node in tree.body
    )
    if any(text in _BARE_GENERICS.values() for _, _, _, text in edits.edits) and not imports_any:
        source = source.replace(
            "from __future__ import annotations\n",
            "from __future__ import annotations\n\nfrom typing import Any\n",
            1,
        )
    return source, kinds


def _allow_none_when_absent(statement: ast.AnnAssign, edits: SourceEdits) -> None:
    value = statement.value
    if not (isinstance(value, ast.Constant) and value.value is None):
        return
    parts = _annotated_parts(statement.annotation)
    annotation = parts[0] if parts else statement.annotation
    if _allows_none(annotation) or annotation.end_lineno is None:
        return
    assert annotation.end_col_offset is not None
    edits.insert(annotation.end_lineno, annotation.end_col_offset, " | None")


def _annotated_parts(annotation: ast.expr) -> list[ast.expr]:
    """The type and metadata of ``Annotated[type, ...]``; nothing for any other annotation."""
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        return annotation.slice.elts
    return []


def _allows_none(annotation: ast.expr) -> bool:
    if isinstance(annotation, ast.Constant):
        return annotation.value is None
    if isinstance(annotation, ast.Name):
        return annotation.id == "Any"
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _allows_none(annotation.left) or _allows_none(annotation.right)
    if isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name):
        return annotation.value.id == "Optional"
    return False


def _required_without_field(source: str) -> str:
    if "Field(...)" not in source:
        return source
    edits = SourceEdits(source_lines(source))
    for node in _statements(ast.parse(source).body):
        if not (
            isinstance(node, ast.AnnAssign)
            and node.value is None
            and "Field(...)" in edits.lines[node.lineno - 1]
        ):
            continue
        parts = _annotated_parts(node.annotation)
        if (
            len(parts) == 2
            and ast.unparse(parts[1]) == "Field(...)"
            and node.annotation.lineno == node.annotation.end_lineno
        ):
            # The line as ast counts it, cut where ast says (not get_source_segment, which
            # splits the whole module each time it is called).
            inner = parts[0]
            assert inner.end_col_offset is not None
            line = edits.lines[inner.lineno - 1]
            start = edits.column(inner.lineno, inner.col_offset)
            end = edits.column(inner.lineno, inner.end_col_offset)
            edits.replace(node.annotation, line[start:end])
    return edits.apply() if edits.edits else source


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements of a module and of its classes (fields are statements: no need to walk
    the expressions, most of a models module)."""
    for node in body:
        yield node
        if isinstance(node, ast.ClassDef):
            yield from _statements(node.body)


def _add_type_arguments(annotation: ast.expr, edits: SourceEdits) -> None:
    """``list`` → ``list[Any]`` and ``dict`` → ``dict[str, Any]`` where they stand bare."""
    subscripted: set[int] = set()
    for node in ast.walk(annotation):  # a subscript before the names in it
        if isinstance(node, ast.Subscript):
            subscripted.add(id(node.value))
        elif (
            isinstance(node, ast.Name) and node.id in _BARE_GENERICS and id(node) not in subscripted
        ):
            edits.replace(node, _BARE_GENERICS[node.id])


def _inherited_field(
    class_name: str,
    field: str,
    fields: dict[str, dict[str, ast.expr]],
    bases: dict[str, list[str]],
) -> ast.expr | None:
    pending = list(bases.get(class_name, []))
    seen: set[str] = set()
    while pending:
        base = pending.pop(0)
        if base in seen or base not in fields:
            continue
        seen.add(base)
        if field in fields[base]:
            return fields[base][field]
        pending.extend(bases.get(base, []))
    return None


def _kind(bases: str) -> ModelKind:
    if "RootModel" in bases:
        return "root"
    if "Enum" in bases:
        return "enum"
    return "model"
