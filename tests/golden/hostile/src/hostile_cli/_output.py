"""Printing a result in the format asked for, and the items of a walk over pages as they arrive."""

from __future__ import annotations

import sys

from ._errors import CliError
from ._pretty import outline, print_table
from ._settings import DISTRIBUTION

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import Any

    from ._types import Pages


def take(items: Iterable[Any], limit: int | None) -> Iterator[Any]:
    """The first ``limit`` items, without asking for one more (which could fetch a page)."""
    if limit is None:
        yield from items
        return
    for count, item in enumerate(items, start=1):
        yield item
        if count >= limit:
            return


def plain(value: Any) -> Any:
    """Models as plain JSON data, with the API's field names."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def write_raw(content: bytes) -> None:
    sys.stdout.buffer.write(content)
    if content and not content.endswith(b"\n") and sys.stdout.isatty():
        sys.stdout.buffer.write(b"\n")  # keep the prompt on its own line


def print_result(result: Any, fmt: str, pages: Pages | None) -> None:
    import json

    if result is None:
        return  # no content
    if isinstance(result, bytes):
        write_raw(result)
        return
    if isinstance(result, str):
        print(result)
        return
    data = plain(result)
    items = data.get(pages["items"]) if pages is not None and isinstance(data, dict) else None
    if fmt == "jsonl":
        for item in (
            items if isinstance(items, list) else data if isinstance(data, list) else [data]
        ):
            print(json.dumps(item, ensure_ascii=False))
    elif fmt == "yaml":
        print(_yaml(data), end="")
    elif fmt == "pretty":
        if pages is not None and isinstance(items, list):
            print_table(items)
            _print_next_page_hint(data.get(pages["next"]), pages)
        elif isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
            print_table(data)
        else:
            print("\n".join(outline(data)))
    else:
        print(json.dumps(data, indent=2, ensure_ascii=False))


def print_items(items: Iterator[Any], fmt: str) -> None:
    """Every item of every page, printed as it arrives."""
    import json

    if fmt == "jsonl":
        for item in items:
            print(json.dumps(item, ensure_ascii=False), flush=True)
    elif fmt == "yaml":
        empty = True
        for item in items:
            print(_yaml([item]), end="", flush=True)  # one-item lists concatenate into one list
            empty = False
        if empty:
            print("[]")
    elif fmt == "pretty":
        print_table(items)
    else:
        # A JSON array, written item by item so a long walk is neither held nor waited for.
        first = True
        for item in items:
            text = json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            print(("[\n  " if first else ",\n  ") + text, end="", flush=True)
            first = False
        print("[]" if first else "\n]")


def _yaml(data: Any) -> str:
    try:
        import yaml  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise CliError(
            f"Error: --format yaml needs PyYAML: pip install '{DISTRIBUTION}[cli]'"
        ) from None
    text: str = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    return text


def _print_next_page_hint(cursor: object, pages: Pages) -> None:
    if cursor:
        more = (
            f"--{pages['cursor_flag']} {cursor} for the next page, or "
            if pages["cursor_flag"]
            else ""
        )
        print(f"\n(more: {more}--all for every page)")
