"""Printing a result in the format asked for, and the items of a walk over pages, or the events
of a stream, as they arrive.

What the server sent reaches the terminal through ``_terminal``'s escapes.
"""

from __future__ import annotations

import functools
import sys

from ._errors import CliError
from ._pretty import outline, print_table
from ._settings import DISTRIBUTION
from ._terminal import json_text, one_line, unicode_stdout, visible

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from typing import Any, TypeGuard

    import httpx

    from ._types import JSON, Pages


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
    if _is_list(value):
        return [plain(item) for item in value]
    return value


def _is_list(value: object) -> TypeGuard[list[object]]:
    # isinstance() alone leaves the items' type unknown.
    return isinstance(value, list)


def write_raw(content: bytes) -> None:
    """A body as received: byte for byte to a pipe or a file, with controls escaped to a terminal."""
    if not sys.stdout.isatty():
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        return
    shown = visible(content.decode("utf-8", "backslashreplace"))
    print(shown, end="" if shown.endswith("\n") or not shown else "\n")  # the prompt on a line


def write_raw_response(response: httpx.Response) -> None:
    """A body as received; an event stream's as it arrives."""
    if response.is_stream_consumed:  # read whole by the client
        write_raw(response.content)
        return
    ended = True
    try:
        for data in response.iter_bytes():
            if sys.stdout.isatty():
                text = visible(data.decode("utf-8", "backslashreplace"))
                print(text, end="", flush=True)
                ended = text.endswith("\n")
            else:
                sys.stdout.buffer.write(data)
                sys.stdout.flush()
    finally:
        response.close()
    if not ended:
        print()  # the prompt on a line of its own


def print_text(result: str) -> None:
    print(visible(result) if sys.stdout.isatty() else result)


def json_dumper(**options: Any) -> Callable[[Any], str]:
    """``json.dumps`` for stdout: no character it cannot encode, no terminal control."""
    import json

    ascii_only = not unicode_stdout()

    def dumps(value: Any) -> str:
        return json_text(json.dumps(value, ensure_ascii=ascii_only, **options))

    return dumps


def print_result(result: Any, fmt: str, pages: Pages | None) -> None:
    from . import _sdk as sdk  # imported already: the command has run

    if result is None:
        return  # no content
    if isinstance(result, sdk.Stream):
        print_events(result, fmt)
        return
    if isinstance(result, bytes):
        write_raw(result)
        return
    if isinstance(result, str):
        print_text(result)
        return
    data: JSON = plain(result)
    body = data if pages is not None and isinstance(data, dict) else None  # a page's whole body
    items = body.get(pages["items"]) if pages is not None and body is not None else None
    if fmt == "jsonl":
        dumps = json_dumper()
        for item in (
            items if isinstance(items, list) else data if isinstance(data, list) else [data]
        ):
            print(dumps(item))
    elif fmt == "yaml":
        print(_yaml(data), end="")
    elif fmt == "pretty":
        if pages is not None and body is not None and isinstance(items, list):
            print_table(items)
            if result.has_next_page():
                _print_next_page_hint(body.get(pages["next"]) if pages["next"] else None, pages)
        elif isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
            print_table(data)
        else:
            print("\n".join(outline(data)))
    else:
        print(json_dumper(indent=2)(data))


def print_items(items: Iterator[Any], fmt: str) -> None:
    """Every item of every page, printed as it arrives."""
    if fmt == "jsonl":
        dumps = json_dumper()
        for item in items:
            print(dumps(item), flush=True)
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
        dumps = json_dumper(indent=2)
        first = True
        for item in items:
            text = dumps(item).replace("\n", "\n  ")
            print(("[\n  " if first else ",\n  ") + text, end="", flush=True)
            first = False
        print("[]" if first else "\n]")


def print_events(stream: Any, fmt: str) -> None:
    """The events of a stream, each printed as it arrives."""
    from . import _sdk as sdk

    try:
        with stream:
            events = (plain(event) for event in stream)
            if fmt != "pretty":
                print_items(events, fmt)
                return
            for index, event in enumerate(events):
                print(("\n" if index else "") + "\n".join(outline(event)), flush=True)
    except sdk.EventTooLargeError as exc:
        raise CliError(
            f"Error: an event of the stream is larger than {exc.max_bytes // 2**20} MiB, "
            "the most this command reads"
        ) from None
    except sdk.APITimeoutError:
        raise
    except sdk.APIConnectionError as exc:  # the stream broke off: not a failure to connect
        raise CliError(f"Error: {exc.message}") from None


# YAML reads these as line breaks: in a quoted string but a double-quoted one, each becomes a
# space when read back. Escaped (\N, \L, \P) in a double-quoted string they survive.
_YAML_BREAKS = ("\x85", "\u2028", "\u2029")


def _yaml(data: Any) -> str:
    # C0 and C1 controls and DEL YAML escapes itself (it double-quotes such a string).
    dumped: str = _yaml_module().dump(
        data, Dumper=_yaml_dumper(), sort_keys=False, allow_unicode=unicode_stdout()
    )
    return dumped


def _yaml_module() -> Any:
    try:
        import yaml  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise CliError(
            f"Error: --format yaml needs PyYAML: pip install '{DISTRIBUTION}[cli]'"
        ) from None
    return yaml


@functools.cache
def _yaml_dumper() -> Any:
    """PyYAML's safe dumper, double-quoting a string that holds one of ``_YAML_BREAKS``."""
    yaml = _yaml_module()

    def string(dumper: Any, value: str) -> Any:
        style = '"' if any(char in value for char in _YAML_BREAKS) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    dumper: Any = type("Dumper", (yaml.SafeDumper,), {})
    dumper.add_representer(str, string)
    return dumper


def _print_next_page_hint(cursor: object, pages: Pages) -> None:
    more = (
        f"--{pages['cursor_flag']} {one_line(str(cursor))} for the next page, or "
        if pages["cursor_flag"] and cursor
        else ""
    )
    print(f"\n(more: {more}--all for every page)")
