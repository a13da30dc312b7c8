"""Make datamodel-code-generator's module as safe as our own templates' output.

It escapes quotes and backslashes in docstrings and literals, but lets five
things from the spec through (tests/test_hostile_spec.py, tests/test_property_based.py):

- unprintable characters stand raw in docstrings and string literals: control
  characters, line separators, and bidi overrides (the "Trojan Source"
  attack, where code displays differently from what it does). They become
  escapes, which Python reads back as the same text.
- names from the spec become non-ASCII identifiers: a class ``Größe``, a field
  ``раss`` whose Cyrillic letters look like Latin ones, an enum member ``日本``.
  They get ASCII names (classes and fields named as the rest of the SDK names
  them); a renamed field keeps its wire name as its alias.
  Names are checked as written: Python reads them in NFKC form (``ºx`` is ``ox``).
- a field or enum member named ``l``, ``O`` or ``I`` fails ruff (E741); it gets an underscore.
  A class by one of those names (E742) is renamed like a clashing one.
  (The ``Union[...]``/``Optional[...]`` base of a model of itself fails UP007/UP045; it gets a ``noqa``.)
- a field named like a method of the SDK's ``BaseModel`` (``to_dict``, ``to_json``) hides it
  and fails mypy; it gets an underscore and keeps its wire name as its alias, as
  datamodel-code-generator does for pydantic's own names (``copy_``, ``model_dump_``).
- a schema named like something the module imports (``Field``, ``OpenStrEnum``)
  or the SDK imports beside the models (``Sequence``, ``Headers``, the client
  class) shadows it. The model becomes ``FieldModel``, ``SequenceModel``...

Anything else that is not plain ASCII outside string literals is an error.
"""

from __future__ import annotations

import ast
import bisect
import io
import re
import tokenize
import unicodedata
from collections import Counter
from collections.abc import Iterable
from types import MappingProxyType

from ..errors import SpecError
from ..escaping import NOT_PRINTABLE, escape_unprintable, pyrepr, unprintable
from ..names.identifiers import (
    AMBIGUOUS,
    MODEL_ATTRIBUTES,
    class_name,
    python_identifier,
    snake_case,
    unique,
)
from ..names.reserved import TEMPLATE_NAMES
from .model_set import ModelClass, ModelSet
from .source_edits import (
    SourceEdits,
    class_spelling,
    imported_names,
    name_spelling,
    normalize_line_breaks,
    rename_classes,
    source_lines,
)

# The page classes (ir/pagination.py): a scheme's name, after the items of a second shape.
_PAGE_CLASS = re.compile(
    r"(?:Sync|Async)?(?:[A-Z]\w*)?"
    r"(?:CursorPage|AfterIdPage|NextUrlPage|LinkHeaderPage|OffsetPage|PageNumberPage)\d*"
)
# A model of itself (``T = list[T] | dict[str, T]``) has a base that must stay ``Union[...]``.
_UNION_BASE_NOQA = "  # noqa: UP007, UP045 - quoted forward references cannot use |"


def _has_union_base(node: ast.stmt) -> bool:
    """``class T(RootModel[Union[...]]):`` (or ``Optional``), its header on one line."""
    if not (isinstance(node, ast.ClassDef) and len(node.bases) == 1 and not node.keywords):
        return False
    base = node.bases[0]
    return (
        isinstance(base, ast.Subscript)
        and isinstance(base.value, ast.Name)
        and base.value.id == "RootModel"
        and isinstance(base.slice, ast.Subscript)
        and isinstance(base.slice.value, ast.Name)
        and base.slice.value.id in ("Union", "Optional")
        and base.end_lineno == node.lineno
    )


def _mark_union_bases(source: str) -> str:
    edits = SourceEdits(source_lines(source))
    for node in ast.parse(source).body:
        if _has_union_base(node):
            edits.append_to_line(node.lineno, _UNION_BASE_NOQA)
    return edits.apply() if edits.edits else source


def _odd(name: str) -> bool:
    """True for a name that must be renamed: not ASCII, or read like a digit (ruff's E741/E742)."""
    return not name.isascii() or name in AMBIGUOUS


def harden_models(models: ModelSet, reserved: Iterable[str] = ()) -> ModelSet:
    """``models`` with ASCII names only, none that clashes with a name the SDK imports beside
    them (``reserved`` adds the client classes), and no raw unprintable character."""
    source = normalize_line_breaks(models.source)
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError) as exc:  # ValueError: a NUL byte
        raise SpecError(f"model generation wrote invalid Python: {exc}") from None
    lines = source_lines(source)
    imported = imported_names(tree)
    taken = {*imported, *TEMPLATE_NAMES, *reserved}
    clashing = {
        node.name
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        and (
            _odd(class_spelling(lines, node))
            or node.name in taken
            or _PAGE_CLASS.fullmatch(node.name)
        )
    }
    odd_characters = set(NOT_PRINTABLE.findall(source))
    needs_escapes = any(unprintable(char) for char in odd_characters)
    needs_renames = bool(clashing) or _has_odd_member(tree, lines)
    if source == models.source and not (
        needs_escapes or needs_renames or any(_has_union_base(node) for node in tree.body)
    ):
        if odd_characters:  # printable non-ASCII text: it must all be inside string literals
            _check(source, _statements_with(lines, tree))
        return models  # the usual case
    if needs_escapes:
        source = _escape_strings(source)
    renamed: dict[str, str] = {}
    if needs_renames:
        source, renamed = _rename(source, clashing, imported)
    source = _mark_union_bases(source)
    _check(source)
    classes = {
        pointer: ModelClass(
            renamed.get(unicodedata.normalize("NFKC", model.name), model.name), model.kind
        )
        for pointer, model in models.classes.items()
    }
    return ModelSet(source=source, classes=MappingProxyType(classes))


def _shadows(statement: ast.stmt, name: str) -> bool:
    """True for a field (an annotated name; enum members are not) named like a model's attribute."""
    return isinstance(statement, ast.AnnAssign) and name in MODEL_ATTRIBUTES


def _has_odd_member(tree: ast.Module, lines: list[str]) -> bool:
    """True if a class has a field or enum member with a non-ASCII name, or one named l, O or I,
    or a field named like a model's attribute."""
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        for statement in node.body:
            targets = (
                [statement.target]
                if isinstance(statement, ast.AnnAssign)
                else statement.targets
                if isinstance(statement, ast.Assign)
                else []
            )
            for target in targets:
                if isinstance(target, ast.Name) and (
                    _odd(name_spelling(lines, target)) or _shadows(statement, target.id)
                ):
                    return True
    return False


def _statements_with(lines: list[str], tree: ast.Module) -> list[str]:
    """The source of each top-level statement (or stray comment line) with a non-ASCII character.

    Each is complete on its own, so tokenizing these few instead of a module of
    thousands of classes gives the same verdict in a fraction of the time.
    """
    odd_rows = [row for row, line in enumerate(lines, 1) if NOT_PRINTABLE.search(line)]
    starts = [node.lineno for node in tree.body]
    segments: dict[tuple[int, int], str] = {}
    for row in odd_rows:
        index = bisect.bisect_right(starts, row) - 1
        node = tree.body[index] if index >= 0 else None
        if (
            node is not None
            and node.end_lineno is not None
            and node.lineno <= row <= node.end_lineno
        ):
            span = (node.lineno, node.end_lineno)
        else:
            span = (row, row)  # a comment or blank line between statements
        if span not in segments:
            segments[span] = "".join(lines[span[0] - 1 : span[1]])
    return list(segments.values())


def _escape_strings(source: str) -> str:
    """Escape unprintable characters inside string literals, token by token."""
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    lines = source_lines(source)
    edits = SourceEdits(lines)
    for token in tokens:
        if token.type != tokenize.STRING or not any(unprintable(char) for char in token.string):
            continue
        prefix = token.string[: len(token.string) - len(token.string.lstrip("rRbBuUfF"))]
        if "r" in prefix.lower():
            raise SpecError(
                f"model generation wrote a raw string with unprintable characters: {token.string[:60]!r}"
            )
        if token.start[0] != token.end[0]:
            # A multi-line literal (a docstring): edit it line by line.
            for row in range(token.start[0], token.end[0] + 1):
                text = lines[row - 1]
                start = token.start[1] if row == token.start[0] else 0
                end = token.end[1] if row == token.end[0] else len(text.rstrip("\r\n"))
                edits.edits.append((row - 1, start, end, escape_unprintable(text[start:end])))
        else:
            edits.edits.append(
                (token.start[0] - 1, token.start[1], token.end[1], escape_unprintable(token.string))
            )
    return edits.apply()


def _rename(source: str, clashing: set[str], imported: set[str]) -> tuple[str, dict[str, str]]:
    """Rename the ``clashing`` classes and every non-ASCII (or l, O, I) field or enum member; returns the
    source and the class renames."""
    tree = ast.parse(source)
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    taken = {node.name for node in classes} | imported | TEMPLATE_NAMES
    renamed: dict[str, str] = {}
    edits = SourceEdits(source_lines(source))
    for node in classes:
        if node.name in clashing:
            base = class_name(class_spelling(edits.lines, node), fallback="Model")
            renamed[node.name] = unique(base if base not in taken else f"{base}Model", taken)
    rename_classes(tree, edits, renamed, imported)
    needs_imports = False
    for node in classes:
        is_enum = any(
            isinstance(base, ast.Name) and base.id.endswith("Enum") for base in node.bases
        )
        needs_imports |= _rename_members(node, is_enum, edits)
    source = edits.apply()
    if needs_imports:
        source = _add_imports(source)
    return source, renamed


def _rename_members(node: ast.ClassDef, is_enum: bool, edits: SourceEdits) -> bool:
    """Rename a class's non-ASCII (or l, O, I) fields or enum members, and fields named like a model's
    attribute; True if a field needed ``Annotated``/``Field``."""
    targets: list[tuple[ast.Name, ast.stmt]] = []
    for statement in node.body:
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            targets.append((statement.target, statement))
        elif isinstance(statement, ast.Assign):
            targets.extend(
                (target, statement) for target in statement.targets if isinstance(target, ast.Name)
            )
    taken = {target.id for target, _ in targets}
    spellings = Counter(target.id for target, _ in targets)
    needs_imports = False
    for target, statement in targets:
        spelled = name_spelling(edits.lines, target)
        if not (_odd(spelled) or (not is_enum and _shadows(statement, target.id))):
            continue
        if spellings[target.id] == 1:
            taken.discard(target.id)  # its own (NFKC) name may be the new one: ``ºx`` is ``ox``
        if is_enum:
            member = snake_case(spelled).upper() or "VALUE"
            if member[0].isdigit():  # ʹ0 (a modifier letter, then a digit) is 0
                member = f"VALUE_{member}"
            edits.replace(target, unique(f"{member}_" if member in AMBIGUOUS else member, taken))
            continue
        if not isinstance(statement, ast.AnnAssign):
            raise SpecError(f"model generation wrote a non-ASCII name {spelled!r} in {node.name}")
        alias_call = _field_call(statement.annotation)
        alias = _keyword(alias_call, "alias") if alias_call is not None else None
        wire_name = alias if alias is not None else spelled
        name = python_identifier(wire_name, fallback="field", reserved=MODEL_ATTRIBUTES)
        edits.replace(target, unique(name, taken, first=1))
        if alias is not None:
            continue
        if alias_call is not None:  # Annotated[..., Field(description=...)]: add the alias
            keyword = f"alias={pyrepr(wire_name)}"
            if alias_call.args:  # after the positional arguments: Field(..., alias=...)
                last = alias_call.args[-1]
                assert last.end_lineno is not None and last.end_col_offset is not None
                edits.insert(last.end_lineno, last.end_col_offset, f", {keyword}")
            else:
                func = alias_call.func
                assert func.end_lineno is not None and func.end_col_offset is not None
                separator = ", " if alias_call.keywords else ""
                edits.insert(func.end_lineno, func.end_col_offset + 1, keyword + separator)
        else:
            # Wrapped by two insertions, so that renames inside the annotation still apply.
            annotation = statement.annotation
            assert annotation.end_lineno is not None and annotation.end_col_offset is not None
            edits.insert(annotation.lineno, annotation.col_offset, "Annotated[")
            edits.insert(
                annotation.end_lineno,
                annotation.end_col_offset,
                f", Field(alias={pyrepr(wire_name)})]",
            )
            needs_imports = True
    return needs_imports


def _field_call(annotation: ast.expr) -> ast.Call | None:
    """The ``Field(...)`` of an ``Annotated[T, Field(...)]`` annotation."""
    if not (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        return None
    for element in annotation.slice.elts[1:]:
        if (
            isinstance(element, ast.Call)
            and isinstance(element.func, ast.Name)
            and element.func.id == "Field"
        ):
            return element
    return None


def _keyword(call: ast.Call, name: str) -> str | None:
    for keyword in call.keywords:
        if (
            keyword.arg == name
            and isinstance(keyword.value, ast.Constant)
            and isinstance(keyword.value.value, str)
        ):
            return keyword.value.value
    return None


def _add_imports(source: str) -> str:
    tree = ast.parse(source)
    imported = imported_names(tree)
    lines = [
        line
        for name, line in (
            ("Annotated", "from typing import Annotated\n"),
            ("Field", "from pydantic import Field\n"),
        )
        if name not in imported
    ]
    future = "from __future__ import annotations\n"
    if not lines:
        return source
    if future in source:
        return source.replace(future, future + "".join(lines), 1)
    return "".join(lines) + source


def _check(source: str, segments: list[str] | None = None) -> None:
    """The hardened module parses, and nothing outside its string literals is unprintable or non-ASCII.

    With ``segments`` (complete statements of a module already parsed), only those are tokenized.
    """
    try:
        if segments is None:
            ast.parse(source)
            segments = [source]
        tokens = [
            token
            for segment in segments
            for token in tokenize.generate_tokens(io.StringIO(segment).readline)
        ]
    except (SyntaxError, tokenize.TokenError) as exc:
        raise SpecError(f"model generation wrote invalid Python: {exc}") from None
    for token in tokens:
        if token.type == tokenize.STRING:
            if NOT_PRINTABLE.search(token.string) and any(
                unprintable(char) for char in token.string
            ):
                raise SpecError(
                    f"model generation left an unprintable character in {token.string[:60]!r}"
                )
        elif token.type == tokenize.COMMENT:
            if any(unprintable(char) for char in token.string):
                raise SpecError(
                    f"model generation left an unprintable character in {token.string[:60]!r}"
                )
        elif not token.string.isascii():
            raise SpecError(
                f"model generation wrote a name that is not ASCII: {token.string[:60]!r}"
            )
