"""Edits to generated Python source at the places ast reports (line numbers and UTF-8 byte offsets).

Used to tidy and harden datamodel-code-generator's module without re-printing it:
every edit is collected first, then applied from the end so earlier positions stay valid.
"""

from __future__ import annotations

import ast
import io
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from ..errors import SpecError
from ..escaping import pyrepr

# ast gives names in NFKC form, as Python reads them (``ºK`` is ``oK``); these give them as
# written, which is what must be ASCII and what gets replaced.
_CLASS_NAME = re.compile(r"class\s+([^\s(:]+)")
TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
# Imports of the models module that its classes derive from.
BASE_TYPES = frozenset(
    {
        "BaseModel",
        "RootModel",
        "OpenEnum",
        "OpenIntEnum",
        "OpenStrEnum",
        "StrEnum",
        "IntEnum",
        "Enum",
    }
)


def normalize_line_breaks(source: str) -> str:
    """Python reads ``\\r\\n`` and ``\\r`` as ``\\n`` (and counts lines so); ruff would see
    the space before them as trailing."""
    if "\r" not in source:
        return source
    return TRAILING_SPACE.sub("", source.replace("\r\n", "\n").replace("\r", "\n"))


def source_lines(source: str) -> list[str]:
    """Lines as tokenize and ast count them once ``\\r`` is gone (``str.splitlines`` knows more breaks)."""
    return io.StringIO(source).readlines()


def char_column(line: str, byte_offset: int) -> int:
    """ast counts UTF-8 bytes; edits count characters."""
    return byte_offset if line.isascii() else len(line.encode()[:byte_offset].decode())


@dataclass(slots=True)
class SourceEdits:
    lines: list[str]
    edits: list[tuple[int, int, int, str]] = field(
        default_factory=list
    )  # (line index, start, end, text), in characters

    def column(self, lineno: int, byte_offset: int) -> int:
        return char_column(self.lines[lineno - 1], byte_offset)

    def replace(self, node: ast.expr, text: str) -> None:
        assert node.end_lineno == node.lineno and node.end_col_offset is not None
        start = self.column(node.lineno, node.col_offset)
        end = self.column(node.lineno, node.end_col_offset)
        self.edits.append((node.lineno - 1, start, end, text))

    def insert(self, lineno: int, byte_offset: int, text: str) -> None:
        column = self.column(lineno, byte_offset)
        self.edits.append((lineno - 1, column, column, text))

    def append_to_line(self, lineno: int, text: str) -> None:
        end = len(self.lines[lineno - 1].rstrip("\n"))
        self.edits.append((lineno - 1, end, end, text))

    def apply(self) -> str:
        for index, start, end, text in sorted(self.edits, reverse=True):
            line = self.lines[index]
            self.lines[index] = line[:start] + text + line[end:]
        return "".join(self.lines)


def class_spelling(lines: list[str], node: ast.ClassDef) -> str:
    line = lines[node.lineno - 1]
    found = _CLASS_NAME.match(line, char_column(line, node.col_offset))
    if found is None:
        raise SpecError(f"model generation wrote an unexpected class line for {node.name!r}")
    return found[1]


def name_spelling(lines: list[str], node: ast.Name) -> str:
    line = lines[node.lineno - 1]
    assert node.end_col_offset is not None
    return line[char_column(line, node.col_offset) : char_column(line, node.end_col_offset)]


def rename_classes(
    tree: ast.Module, edits: SourceEdits, renamed: Mapping[str, str], imported: set[str]
) -> None:
    """Edits that give each class in ``renamed`` (by the name ast reads) its new name, where it
    is defined and wherever the module refers to it; ``imported`` are the module's imports."""
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name in renamed:
            spelled = class_spelling(edits.lines, node)
            start = edits.lines[node.lineno - 1].index(
                spelled, edits.column(node.lineno, node.col_offset)
            )
            edits.edits.append((node.lineno - 1, start, start + len(spelled), renamed[node.name]))
    for reference in _references(_mentioning(tree, edits.lines, renamed), renamed, imported):
        old = (
            reference.id
            if isinstance(reference, ast.Name)
            else unicodedata.normalize("NFKC", str(reference.value))
        )
        new = renamed[old]
        edits.replace(reference, new if isinstance(reference, ast.Name) else pyrepr(new))


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _mentioning(tree: ast.Module, lines: list[str], names: Mapping[str, str]) -> list[ast.stmt]:
    """The module's statements whose text holds one of ``names``: a walk through the others
    would find nothing (a module of thousands of classes renames a few)."""
    if not all(name.isascii() for name in names):  # spelled otherwise than ast reads it
        return tree.body
    found = []
    for node in tree.body:
        decorators: list[ast.expr] = getattr(node, "decorator_list", [])
        first = min([node.lineno, *(decorator.lineno for decorator in decorators)])
        text = "".join(lines[first - 1 : node.end_lineno])
        if not text.isascii():  # as Python reads names, and as forward references are compared
            text = unicodedata.normalize("NFKC", text)
        if not names.keys().isdisjoint(_IDENTIFIER.findall(text)):
            found.append(node)
    return found


def _references(
    statements: list[ast.stmt], renamed: Mapping[str, str], imported: set[str]
) -> Iterator[ast.Name | ast.Constant]:
    """Where the module refers to a renamed class: names, and quoted forward references.

    A name that is also imported (a model called ``Field`` or ``OpenStrEnum``) means the
    import where the import is meant: a call (``Field(alias=...)``), a subscripted type
    (``Annotated[...]``) or a base class that is one of the imported base types.
    """
    meant_import: set[int] = set()
    for node in _walk(statements):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in imported
        ):
            meant_import.add(id(node.func))
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id in imported
        ):
            meant_import.add(id(node.value))  # Annotated[...], Literal[...]
        if isinstance(node, ast.ClassDef):
            meant_import |= {
                id(b)
                for b in node.bases
                if isinstance(b, ast.Name) and b.id in BASE_TYPES & imported
            }
    in_annotation: set[int] = set()  # annotations and subscripts (ast.walk visits parents first)
    for node in _walk(statements):
        if id(node) in in_annotation:
            in_annotation.update(id(child) for child in ast.iter_child_nodes(node))
        if isinstance(node, ast.Subscript):
            in_annotation.add(id(node.slice))
        elif isinstance(node, ast.AnnAssign):
            in_annotation.add(id(node.annotation))  # root: "Größe"
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in renamed:
            if id(node) not in meant_import:
                yield node
        elif (
            id(node) in in_annotation
            and isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            # Python reads names in NFKC form (renamed's keys), but not the text of a forward reference.
            and unicodedata.normalize("NFKC", node.value) in renamed
        ):
            yield node


def _walk(statements: list[ast.stmt]) -> Iterator[ast.AST]:
    for statement in statements:
        yield from ast.walk(statement)


def imported_names(tree: ast.Module) -> set[str]:
    """The names a module's ``from … import …`` statements bind."""
    return {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
