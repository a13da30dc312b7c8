"""Parse the command line, call the API, print the result.

Grammar: ``hostile <resource>[:<subresource>] <method> [flags]``. Showing
help imports argparse and nothing more (json is imported where it is used); the
SDK (httpx, pydantic) is imported to run a command, and argcomplete only when
the shell asks for completions or for a completion script.

Exit status: 0 on success, 1 when the API or the network fails, 2 for usage
errors (bad or missing flags, no API key or one no HTTP header can carry).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys

from ._commands import GROUPS

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from typing import Any

    import httpx

    from ._commands import Command, Flag, Pages

PROG = "hostile"
VERSION = "0.1.0"
DESCRIPTION = 'Hostile zqxj """ \'\'\' \\ {{ 7 * 7 }} {% raw %} <b>bold</b>\n# not a heading command line.\n\nzqxj docstring breaker: """\nopen("zqxj-ran", "w")\n""" and \'\'\' and a trailing backslash \\'
API_KEY_ENV = "HOSTILE_API_KEY"
BASE_URL_ENV = "HOSTILE_BASE_URL"
DEFAULT_BASE_URL = 'https://hostile.example.com/zqxj"); open("zqxj-ran", "w"); ("'
NEEDS_API_KEY = True
SECRET_HEADERS = frozenset(
    ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-key-nmzq"]
)
FORMATS = ("json", "jsonl", "yaml", "pretty", "raw")
SHELLS = ("bash", "zsh", "fish")
# The built-in command that prints completion scripts, unless the API has a resource of that name.
COMPLETION = "completion" if "completion" not in GROUPS else "shell-completion"
PARAM = "param:"  # prefix of the argparse destinations of API parameters, apart from the CLI's own
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
TABLE_SAMPLE = 50  # items read before a table's column widths are fixed
MAX_CELL = 40
MAX_DEBUG_BODY = 4000


class CliError(Exception):
    """An error to report as one line on stderr."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# -- parser ---------------------------------------------------------------------


def _terminal_columns(fallback: int) -> int:
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


def _escape(text: str) -> str:
    """Spec text for argparse, which %-formats help strings."""
    return text.replace("%", "%%")


def _description(text: str) -> str:
    # argparse %-formats a description only when it mentions %(prog).
    return _escape(text) if "%(prog)" in text else text


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Spec descriptions keep their line breaks; flag help starts in a wider column."""

    def __init__(self, prog: str) -> None:
        # The width is passed in so that argparse does not import shutil to find it.
        super().__init__(prog, max_help_position=28, width=_terminal_columns(80) - 2)

    def _split_lines(self, text: str, width: int) -> list[str]:
        # argparse imports textwrap for this; words filled greedily read the same.
        lines: list[str] = []
        line = ""
        for word in text.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        return [*lines, line] if line else lines

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        # argparse measures sub-commands one indent short, so the longest one wrapped.
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._get_subactions():
                width = (
                    len(self._format_action_invocation(choice))
                    + self._current_indent
                    + self._indent_increment
                )
                self._action_max_length = max(self._action_max_length, width)


def _add_global_flags(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """Flags accepted before or after the command. Only the root parser sets defaults."""

    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    group = parser.add_argument_group("global flags")
    if NEEDS_API_KEY:
        group.add_argument(
            "--api-key",
            metavar="KEY",
            default=default(None),
            help=f"API key (default: ${API_KEY_ENV})",
        )
    group.add_argument(
        "--base-url",
        metavar="URL",
        type=_base_url,
        default=default(None),
        help=f"API base URL (default: ${BASE_URL_ENV}, else {DEFAULT_BASE_URL or 'none'})",
    )
    group.add_argument(
        "--format",
        choices=FORMATS,
        default=default("json"),
        help="output format (default: json); pretty is a table or outline, raw the body as received",
    )
    group.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_positive_number,
        default=default(None),
        help="seconds before a request gives up (default: 60)",
    )
    group.add_argument(
        "--max-retries",
        metavar="N",
        type=_count,
        default=default(None),
        help="retries of failed requests (default: 2)",
    )
    group.add_argument(
        "--debug",
        action="store_true",
        default=default(False),
        help="log each request and response to stderr (the API key is redacted)",
    )


def _add_method_flags(parser: argparse.ArgumentParser, command: Command) -> None:
    if command["flags"]:
        group = parser.add_argument_group("flags")
        for flag in command["flags"]:
            _add_flag(group, flag)
    if command["pages"] is not None:
        pages = parser.add_argument_group("pagination")
        pages.add_argument(
            "--all", action="store_true", help="fetch every page, printing items as they arrive"
        )
        pages.add_argument(
            "--max-items",
            metavar="N",
            type=_positive_int,
            help="stop after N items (walks pages like --all)",
        )
    _add_global_flags(parser, defaults=False)


def _add_flag(group: argparse._ArgumentGroup, flag: Flag) -> None:
    options: dict[str, Any] = {
        "dest": PARAM + flag["param"],
        "help": _escape(flag["help"]) or None,
        "required": flag["required"],
        "metavar": flag["metavar"],
    }
    kind = flag["type"]
    if kind == "bool" and not flag["multiple"]:
        options["action"] = argparse.BooleanOptionalAction
        del options["metavar"]
    else:
        options["type"] = _CONVERTERS[kind]
        if flag["choices"]:
            options["choices"] = flag["choices"]
        if flag["multiple"]:
            options["action"] = "append"
    group.add_argument("--" + flag["flag"], **options)


def _usage(command: Command) -> str:
    """``%(prog)s --name STRING [flags]``: the required flags, then the rest."""
    words = ["%(prog)s"]
    for flag in command["flags"]:
        if flag["required"]:
            choices = "{" + ",".join(str(choice) for choice in flag["choices"] or ()) + "}"
            value = "" if flag["type"] == "bool" else " " + (flag["metavar"] or choices)
            words.append(_escape(f"--{flag['flag']}{value}"))
    words.append("[flags]")
    return " ".join(words)


class _Pending:
    """A sub-command's parser, not built yet."""

    def __init__(self, build: Callable[[], argparse.ArgumentParser]) -> None:
        self.build = build


class _LazyParsers(dict[str, object]):
    """Sub-command name -> parser, each built the first time it is looked up."""

    def __getitem__(self, name: str) -> argparse.ArgumentParser:
        value = super().__getitem__(name)
        if isinstance(value, _Pending):
            value = value.build()
            self[name] = value
        assert isinstance(value, argparse.ArgumentParser)
        return value


class _Commands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """Sub-commands whose parsers are built only when used: to parse, for --help, to complete.

    With hundreds of operations, building every parser would take longer than
    starting Python; argparse and argcomplete only look up the ones they need.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._name_parser_map = self.choices = _LazyParsers()

    def add_lazy(
        self, name: str, help: str | None, build: Callable[[], argparse.ArgumentParser]
    ) -> None:
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), help))
        self._name_parser_map[name] = _Pending(build)


def _new_parser(prog: str, **options: Any) -> argparse.ArgumentParser:
    # No abbreviated flags: a flag the API adds later must not change what a script means.
    parser = argparse.ArgumentParser(
        prog=prog, allow_abbrev=False, formatter_class=_HelpFormatter, **options
    )
    parser.register("action", "parsers", _Commands)
    parser.set_defaults(help_parser=parser)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; sub-commands are built as they are needed."""
    parser = _new_parser(
        PROG,
        description=_description(DESCRIPTION),
        epilog=(
            f"Run '{PROG} <resource> --help' for its methods, "
            f"'{PROG} <resource> <method> --help' for a method's flags."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {VERSION}")
    _add_global_flags(parser, defaults=True)
    resources: Any = parser.add_subparsers(dest="resource", metavar="<resource>", title="resources")
    for name, group in GROUPS.items():
        resources.add_lazy(
            name, _escape(group["methods"]), functools.partial(_resource_parser, name)
        )
    resources.add_lazy(
        COMPLETION, "print a shell completion script (bash, zsh or fish)", _completion_parser
    )
    return parser


def _resource_parser(name: str) -> argparse.ArgumentParser:
    parser = _new_parser(
        f"{PROG} {name}",
        usage="%(prog)s <method> [flags]",
        epilog=f"Run '{PROG} {name} <method> --help' for a method's flags.",
    )
    methods: Any = parser.add_subparsers(dest="method", metavar="<method>", title="methods")
    for method, command in GROUPS[name]["commands"].items():
        build = functools.partial(_method_parser, f"{PROG} {name} {method}", command)
        methods.add_lazy(method, _escape(command["summary"]) or None, build)
    return parser


def _method_parser(prog: str, command: Command) -> argparse.ArgumentParser:
    texts = dict.fromkeys(filter(None, [command["summary"], command["description"]]))
    parser = _new_parser(prog, usage=_usage(command), description=_description("\n\n".join(texts)))
    _add_method_flags(parser, command)
    return parser


def _completion_parser() -> argparse.ArgumentParser:
    parser = _new_parser(
        f"{PROG} {COMPLETION}",
        description="Print a script that makes your shell complete resources, methods and flags.",
        epilog=(
            f'bash: add  eval "$({PROG} {COMPLETION} bash)"  to ~/.bashrc\n'
            f'zsh:  add  eval "$({PROG} {COMPLETION} zsh)"  to ~/.zshrc (after compinit)\n'
            f"fish: {PROG} {COMPLETION} fish > ~/.config/fish/completions/{PROG}.fish"
        ),
    )
    parser.add_argument("shell", choices=SHELLS)
    return parser


# -- flag values ------------------------------------------------------------------
# argparse names the flag and quotes the value when a converter raises ValueError
# ("argument --limit: invalid int value: 'abc'"), or shows an ArgumentTypeError's message.


def number(text: str) -> float:
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)  # JSON has no NaN or infinity
    return value


def boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise ValueError(text)


def _json_value(text: str) -> object:
    import json

    try:
        value: object = json.loads(text)
    except ValueError as exc:
        message = f"invalid JSON ({getattr(exc, 'msg', exc)}): {text!r}"
        if not text.lstrip().startswith(("{", "[", '"')):
            message += "; quote a string as '\"text\"'"
        raise argparse.ArgumentTypeError(message) from None
    return value


def _bytes_value(path: str) -> bytes:
    """A file's content, read now: a retried request must send it again."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot read {path!r}: {exc.strerror}") from None


def _file_value(path: str) -> tuple[str | None, bytes]:
    """A multipart upload: the file's name and content."""
    return (None if path == "-" else os.path.basename(path)), _bytes_value(path)


def _positive_int(text: str) -> int:
    value = int(text) if text.strip().lstrip("+-").isdigit() else None
    if value is None or value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def _count(text: str) -> int:
    value = int(text) if text.strip().lstrip("+-").isdigit() else None
    if value is None or value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of 0 or more, got {text!r}")
    return value


def _positive_number(text: str) -> float:
    try:
        value = number(text)
    except ValueError:
        value = 0.0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {text!r}")
    return value


def _base_url(text: str) -> str:
    if not text.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"expected an http:// or https:// URL, got {text!r}")
    return text


_CONVERTERS: dict[str, Callable[[str], object]] = {
    "str": str,
    "int": int,
    "float": number,
    "bool": boolean,
    "json": _json_value,
    "file": _file_value,
    "bytes": _bytes_value,
}


# -- running --------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    if "_ARGCOMPLETE" in os.environ:
        return _complete()
    try:
        try:
            code = _main(list(sys.argv[1:] if argv is None else argv))
        except SystemExit as exc:  # argparse, after --help or a usage error
            code = exc.code if isinstance(exc.code, int) else EXIT_USAGE
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, fetching nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _main(words: list[str]) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(words)  # exits 2 on a usage error, 0 after --help
    if unknown:  # reported by the innermost command, with its usage
        getattr(args, "help_parser", parser).error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.resource is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if args.resource == COMPLETION:
        return _print_completion(args.shell)
    if args.method is None:
        args.help_parser.print_help(sys.stderr)
        return EXIT_USAGE
    command = GROUPS[args.resource]["commands"][args.method]
    if args.format == "raw" and (getattr(args, "all", False) or getattr(args, "max_items", None)):
        args.help_parser.error(
            "--format raw prints one response body; it cannot be used with --all or --max-items"
        )
    api_key, key_source = _api_key(args)
    try:
        return _run(command, args, api_key, key_source)
    except CliError as exc:
        print(_redact(str(exc), api_key), file=sys.stderr)
        return exc.exit_code
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a bug of ours: still one line, unless --debug asks for more
        if args.debug:
            import traceback

            print(_redact(traceback.format_exc(), api_key), file=sys.stderr, end="")
        print(_redact(f"Error: unexpected {type(exc).__name__}: {exc}", api_key), file=sys.stderr)
        return EXIT_ERROR


def _api_key(args: argparse.Namespace) -> tuple[str | None, str]:
    """The API key, and where it came from as the user would name it."""
    key: str | None = getattr(args, "api_key", None)
    if key:
        return key, "--api-key"
    return os.environ.get(API_KEY_ENV) or None, f"${API_KEY_ENV}"


def _redact(text: str, api_key: str | None) -> str:
    """``text`` without the key, however it is spelt there (escaped as in a JSON body, a URL...)."""
    if not api_key:
        return text
    from hostile._base_client import redact

    return redact(text, _key_pattern(api_key), "<redacted>")


@functools.lru_cache(maxsize=1)
def _key_pattern(api_key: str) -> re.Pattern[str] | None:
    from hostile._base_client import secret_pattern

    return secret_pattern([api_key])


def _run(command: Command, args: argparse.Namespace, api_key: str | None, key_source: str) -> int:
    options = _client_options(args, api_key)  # before importing the SDK: bad settings fail fast
    import httpx

    import hostile as sdk
    from hostile._base_client import check_api_key
    from hostile._exceptions import server_message

    if args.debug:
        options["http_client"] = _debug_http_client(args.timeout, api_key)
    try:
        if api_key is not None:  # the client would blame its api_key argument
            check_api_key(api_key, key_source)
        client = sdk.Hostile(**options)
    except sdk.HostileError as exc:
        raise CliError(f"Error: {exc}", EXIT_USAGE) from None
    try:
        kwargs = {
            name.removeprefix(PARAM): value
            for name, value in vars(args).items()
            if name.startswith(PARAM) and value is not None
        }
        resource: Any = client
        for part in command["call"][:-1]:
            resource = getattr(resource, part)
        if args.format == "raw":
            response = getattr(resource.with_raw_response, command["call"][-1])(**kwargs)
            _write_raw(response.content)
            return EXIT_OK
        result = getattr(resource, command["call"][-1])(**kwargs)
        pages = command["pages"]
        if pages is not None and (args.all or args.max_items is not None):
            _print_items((_plain(item) for item in _take(result, args.max_items)), args.format)
        else:
            _print_result(result, args.format, pages)
        return EXIT_OK
    except sdk.APIStatusError as exc:
        message = server_message(exc.body) or exc.response.reason_phrase or "no message"
        raise CliError(f"Error {exc.status_code}: {message}") from None
    except sdk.APITimeoutError:
        timeout = args.timeout if args.timeout is not None else 60
        raise CliError(
            f"Error: no answer from {client.base_url} within {timeout:g} s (--timeout)"
        ) from None
    except sdk.APIConnectionError as exc:
        cause = exc.__cause__ or exc
        if isinstance(cause, httpx.LocalProtocolError):  # nothing was sent: no network failure
            raise CliError(f"Error: {exc.message}") from None
        reason = str(cause) or type(cause).__name__
        raise CliError(f"Error: could not connect to {client.base_url}: {reason}") from None
    except sdk.APIError as exc:
        raise CliError(f"Error: {exc.message}") from None
    except sdk.RepeatedCursorError as exc:  # the server's cursors go round in a loop
        raise CliError(f"Error: {exc}") from None
    finally:
        client.close()


def _client_options(args: argparse.Namespace, api_key: str | None) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if NEEDS_API_KEY:
        if not api_key:
            raise CliError(f"Error: no API key: pass --api-key or set ${API_KEY_ENV}", EXIT_USAGE)
        options["api_key"] = api_key
    base_url = args.base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    if not base_url:
        raise CliError(
            f"Error: no API base URL: pass --base-url or set ${BASE_URL_ENV}", EXIT_USAGE
        )
    if not base_url.startswith(("http://", "https://")):
        raise CliError(
            f"Error: ${BASE_URL_ENV} is not an http:// or https:// URL: {base_url!r}", EXIT_USAGE
        )
    options["base_url"] = base_url
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    return options


def _debug_http_client(timeout: float | None, api_key: str | None) -> httpx.Client:
    """An httpx client that logs every request and response (retries too) to stderr."""
    import httpx

    def log(text: str) -> None:
        print(_redact(text, api_key), file=sys.stderr, flush=True)

    def headers(prefix: str, values: httpx.Headers) -> str:
        return "".join(
            f"{prefix} {key}: {'<redacted>' if key.lower() in SECRET_HEADERS else value}\n"
            for key, value in values.multi_items()
        )

    def body(content: bytes) -> str:
        if not content:
            return ""
        text = content[:MAX_DEBUG_BODY].decode("utf-8", "replace")
        more = f"\n... ({len(content)} bytes in all)" if len(content) > MAX_DEBUG_BODY else ""
        return text + more + "\n"

    def log_request(request: httpx.Request) -> None:
        try:
            content = request.content
        except httpx.RequestNotRead:
            content = b"(streamed body not shown)"
        log(f"> {request.method} {request.url}\n{headers('>', request.headers)}{body(content)}")

    def log_response(response: httpx.Response) -> None:
        response.read()
        log(
            f"< {response.status_code} {response.reason_phrase}\n"
            f"{headers('<', response.headers)}{body(response.content)}"
        )

    return httpx.Client(
        timeout=timeout if timeout is not None else 60.0,
        follow_redirects=True,
        event_hooks={"request": [log_request], "response": [log_response]},
    )


def _take(items: Iterable[Any], limit: int | None) -> Iterator[Any]:
    """The first ``limit`` items, without asking for one more (which could fetch a page)."""
    if limit is None:
        yield from items
        return
    for count, item in enumerate(items, start=1):
        yield item
        if count >= limit:
            return


# -- output ---------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Models as plain JSON data, with the API's field names."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _write_raw(content: bytes) -> None:
    sys.stdout.buffer.write(content)
    if content and not content.endswith(b"\n") and sys.stdout.isatty():
        sys.stdout.buffer.write(b"\n")  # keep the prompt on its own line


def _print_result(result: Any, fmt: str, pages: Pages | None) -> None:
    import json

    if result is None:
        return  # no content
    if isinstance(result, bytes):
        _write_raw(result)
        return
    if isinstance(result, str):
        print(result)
        return
    data = _plain(result)
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
            _print_table(items)
            _print_next_page_hint(data.get(pages["next"]), pages)
        elif isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
            _print_table(data)
        else:
            print("\n".join(_outline(data)))
    else:
        print(json.dumps(data, indent=2, ensure_ascii=False))


def _print_items(items: Iterator[Any], fmt: str) -> None:
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
        _print_table(items)
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
        raise CliError("Error: --format yaml needs PyYAML: pip install 'hostile[cli]'") from None
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


# -- pretty: a table for lists, an outline for objects -------------------------------


def _text(value: object) -> str:
    """A value on one line, with control characters made visible."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        import json

        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def _cell(value: object, width: int) -> str:
    text = "" if value is None else _text(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(rows: Iterable[Any]) -> None:
    """Rows as aligned columns: widths from the first rows, as many columns as the terminal holds."""
    import itertools

    rows = iter(rows)
    sample = list(itertools.islice(rows, TABLE_SAMPLE))
    if not sample:
        print("(no items)")
        return
    if not all(isinstance(row, dict) for row in sample):
        for row in itertools.chain(sample, rows):
            print(_text(row), flush=True)
        return
    keys = list(dict.fromkeys(key for row in sample for key in row))
    used = [key for key in keys if any(row.get(key) is not None for row in sample)]
    # Scalars first: ids, names and statuses are what a reader scans for.
    used.sort(key=lambda key: any(isinstance(row.get(key), (dict, list)) for row in sample))
    widths = {
        key: min(MAX_CELL, max(len(key), *(len(_cell(row.get(key), MAX_CELL)) for row in sample)))
        for key in used
    }
    room = _terminal_columns(120)
    columns: list[str] = []
    for key in used:
        if sum(widths[c] + 2 for c in columns) + widths[key] > room and columns:
            break
        columns.append(key)

    def line(values: list[str]) -> str:
        return "  ".join(
            value.ljust(widths[key]) for key, value in zip(columns, values, strict=True)
        ).rstrip()

    print(line(columns))
    for row in itertools.chain(sample, rows):
        if not isinstance(row, dict):
            row = {columns[0]: row}
        print(line([_cell(row.get(key), widths[key]) for key in columns]), flush=True)
    left_out = len(used) - len(columns)
    if left_out:
        print(
            f"({left_out} more column{'s' if left_out > 1 else ''}: {', '.join(used[len(columns) :])}; see --format json)"
        )


def _outline(data: Any, indent: str = "") -> list[str]:
    """Nested data as indented ``key  value`` lines."""
    if isinstance(data, dict):
        if not data:
            return [indent + "{}"]
        width = max(len(str(key)) for key in data)
        lines = []
        for key, value in data.items():
            if isinstance(value, (dict, list)) and value and not _is_flat_list(value):
                lines.append(f"{indent}{key}")
                lines.extend(_outline(value, indent + "  "))
            else:
                lines.append(f"{indent}{str(key).ljust(width)}  {_flat(value)}".rstrip())
        return lines
    if isinstance(data, list):
        if not data:
            return [indent + "[]"]
        lines = []
        for item in data:
            nested = _outline(item, indent + "  ")
            lines.append(f"{indent}- {nested[0].lstrip()}")
            lines.extend(nested[1:])
        return lines
    return [indent + _text(data)]


def _is_flat_list(value: object) -> bool:
    return isinstance(value, list) and not any(isinstance(item, (dict, list)) for item in value)


def _flat(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_text(item) for item in value) if value else "[]"
    if isinstance(value, dict):
        return "{}"
    return _text(value)


# -- shell completion -----------------------------------------------------------


def _complete() -> int:
    """Answer the shell's completion request (argcomplete's protocol); argcomplete exits."""
    try:
        import argcomplete  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return EXIT_ERROR
    argcomplete.autocomplete(build_parser())
    return EXIT_ERROR  # not reached: autocomplete() exits after answering


def _print_completion(shell: str) -> int:
    try:
        from argcomplete.shell_integration import shellcode  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        print("Error: completion needs argcomplete: pip install 'hostile[cli]'", file=sys.stderr)
        return EXIT_ERROR
    print(shellcode([PROG], shell=shell))
    return EXIT_OK
