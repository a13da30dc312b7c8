"""``--format pretty``: a table for lists, an outline for objects, as wide as the terminal."""

from __future__ import annotations

import os
import sys

from ._terminal import one_line

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

    from ._types import JSON

TABLE_SAMPLE = 50  # items read before a table's column widths are fixed
MAX_CELL = 40


def terminal_columns(fallback: int) -> int:
    """What shutil.get_terminal_size() says, without importing shutil and its archivers."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0 and sys.__stdout__ is not None:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (ValueError, OSError):
            columns = 0
    return columns or fallback


def _text(value: object) -> str:
    """A value on one line, with control characters made visible."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        import json

        value = json.dumps(value, ensure_ascii=False)
    return one_line(str(value))


def _cell(value: object, width: int) -> str:
    text = "" if value is None else _text(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(rows: Iterable[JSON]) -> None:
    """Rows as aligned columns: widths from the first rows, as many columns as the terminal holds."""
    import itertools

    rows = iter(rows)
    sample = list(itertools.islice(rows, TABLE_SAMPLE))
    if not sample:
        print("(no items)")
        return
    records = [row for row in sample if isinstance(row, dict)]
    if len(records) < len(sample):
        for row in itertools.chain(sample, rows):
            print(_text(row), flush=True)
        return
    keys = list(dict.fromkeys(key for row in records for key in row))
    names = {key: _text(key) for key in keys}  # a key is server text too
    used = [key for key in keys if any(row.get(key) is not None for row in records)]
    # Scalars first: ids, names and statuses are what a reader scans for.
    used.sort(key=lambda key: any(isinstance(row.get(key), (dict, list)) for row in records))
    widths = {
        key: min(
            MAX_CELL, max(len(names[key]), *(len(_cell(row.get(key), MAX_CELL)) for row in records))
        )
        for key in used
    }
    room = terminal_columns(120)
    columns: list[str] = []
    for key in used:
        if sum(widths[c] + 2 for c in columns) + widths[key] > room and columns:
            break
        columns.append(key)

    def line(values: list[str]) -> str:
        return "  ".join(
            value.ljust(widths[key]) for key, value in zip(columns, values, strict=True)
        ).rstrip()

    print(line([names[key] for key in columns]))
    for row in itertools.chain(sample, rows):
        if not isinstance(row, dict):
            row = {columns[0]: row}
        print(line([_cell(row.get(key), widths[key]) for key in columns]), flush=True)
    left_out = len(used) - len(columns)
    if left_out:
        print(
            f"({left_out} more column{'s' if left_out > 1 else ''}: "
            f"{', '.join(names[key] for key in used[len(columns) :])}; see --format json)"
        )


def outline(data: JSON, indent: str = "") -> list[str]:
    """Nested data as indented ``key  value`` lines."""
    if isinstance(data, dict):
        if not data:
            return [indent + "{}"]
        names = [_text(key) for key in data]
        width = max(len(name) for name in names)
        lines: list[str] = []
        for name, value in zip(names, data.values(), strict=True):
            if isinstance(value, (dict, list)) and value and not _is_flat_list(value):
                lines.append(f"{indent}{name}")
                lines.extend(outline(value, indent + "  "))
            else:
                lines.append(f"{indent}{name.ljust(width)}  {_flat(value)}".rstrip())
        return lines
    if isinstance(data, list):
        if not data:
            return [indent + "[]"]
        lines = []
        for item in data:
            nested = outline(item, indent + "  ")
            lines.append(f"{indent}- {nested[0].lstrip()}")
            lines.extend(nested[1:])
        return lines
    return [indent + _text(data)]


def _is_flat_list(value: JSON) -> bool:
    return isinstance(value, list) and not any(isinstance(item, (dict, list)) for item in value)


def _flat(value: JSON) -> str:
    if isinstance(value, list):
        return ", ".join(_text(item) for item in value) if value else "[]"
    if isinstance(value, dict):
        return "{}"
    return _text(value)
