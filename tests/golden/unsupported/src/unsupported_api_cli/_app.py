"""Parse the command line, call the API, print the result.

Grammar: ``unsupported-api <resource>[:<subresource>] <method> [flags]``. Only
argparse and json are imported to show help; the SDK is imported to run a
command, and argcomplete only when the shell asks for completions.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from ._commands import GROUPS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from typing import Any

    import httpx

    from ._commands import Command, Flag

PROG = "unsupported-api"
API_KEY_ENV = "UNSUPPORTED_API_API_KEY"
BASE_URL_ENV = "UNSUPPORTED_API_BASE_URL"
FORMATS = ("json", "jsonl", "yaml", "pretty", "raw")
SHELLS = ("bash", "zsh", "fish")
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """An error to report as one line on stderr."""


# -- parser -------------------------------------------------------------------


def _add_global_flags(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """Flags accepted before or after the command. Only the root parser sets defaults."""

    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    group = parser.add_argument_group("global options")
    group.add_argument(
        "--base-url",
        default=default(None),
        help=f"API base URL (default: ${BASE_URL_ENV}, else https://unsupported.example.com)",
    )
    group.add_argument(
        "--format", choices=FORMATS, default=default("json"), help="output format (default: json)"
    )
    group.add_argument(
        "--timeout",
        type=float,
        default=default(None),
        metavar="SECONDS",
        help="request timeout (default: 60)",
    )
    group.add_argument(
        "--max-retries",
        type=int,
        default=default(None),
        metavar="N",
        help="retries on failure (default: 2)",
    )
    group.add_argument(
        "--debug",
        action="store_true",
        default=default(False),
        help="log each request and response to stderr (the API key is redacted)",
    )


def _add_method_flags(parser: argparse.ArgumentParser, command: Command) -> None:
    if command["paginated"]:
        group = parser.add_argument_group("pagination")
        group.add_argument(
            "--all", action="store_true", help="fetch every page, not just the first"
        )
        group.add_argument(
            "--max-items", type=int, metavar="N", help="stop after N items (implies --all)"
        )
    for flag in command["flags"]:
        _add_flag(parser, flag)


def _add_flag(parser: argparse.ArgumentParser, flag: Flag) -> None:
    names = ["--" + flag["flag"]]
    options: dict[str, Any] = {"dest": flag["dest"], "help": flag["help"] or None, "default": None}
    kind = flag["type"]
    if kind == "bool":
        options["action"] = argparse.BooleanOptionalAction
    else:
        options["type"] = {
            "int": int,
            "float": float,
            "json": _json_value,
            "file": _file_value,
        }.get(kind, str)
        options["metavar"] = {"json": "JSON", "file": "PATH"}.get(kind, kind.upper())
        if flag["choices"]:
            options["choices"] = flag["choices"]
            options["metavar"] = None
        if flag["multiple"]:
            options["action"] = "append"
    options["required"] = flag["required"]
    parser.add_argument(*names, **options)


def _json_value(text: str) -> object:
    """A JSON value; text that is not JSON is taken as a string."""
    try:
        value: object = json.loads(text)
    except ValueError:
        return text
    return value


def _file_value(path: str) -> object:
    try:
        return open(path, "rb")  # noqa: SIM115 - closed when the process exits
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot open {path!r}: {exc.strerror}") from None


def build_parser(argv: Sequence[str], *, everything: bool = False) -> argparse.ArgumentParser:
    """The parser for ``argv``; sub-parsers are only built for the command named in it."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Unsupported command line.",
        epilog=f"Run '{PROG} <resource> <method> --help' for a command's flags.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    _add_global_flags(parser, defaults=True)
    resources = parser.add_subparsers(dest="resource", metavar="<resource>", title="resources")
    completion = resources.add_parser("completion", help="print a shell completion script")
    completion.add_argument("shell", choices=SHELLS)
    for name, group in GROUPS.items():
        wanted = everything or name in argv
        resource = resources.add_parser(name, help=group["help"], description=group["help"])
        if not wanted:
            continue
        methods = resource.add_subparsers(dest="method", metavar="<method>", title="methods")
        methods.required = True
        for method_name, command in group["commands"].items():
            method = methods.add_parser(
                method_name,
                help=command["summary"] or None,
                description=command["description"] or command["summary"] or None,
                formatter_class=argparse.RawDescriptionHelpFormatter,
            )
            if everything or method_name in argv:
                _add_method_flags(method, command)
                _add_global_flags(method, defaults=False)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("unsupported-api")
    except PackageNotFoundError:
        return "unknown"


# -- running --------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    if "_ARGCOMPLETE" in os.environ:
        return _complete()
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(args_list)
    args = parser.parse_args(args_list)
    if args.resource is None:
        parser.print_help()
        return EXIT_USAGE
    if args.resource == "completion":
        return _print_completion(args.shell)
    command = GROUPS[args.resource]["commands"][args.method]
    try:
        return _run(command, args)
    except CliError as exc:
        print(exc, file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); that is not an error.
        sys.stderr.close()
        return EXIT_OK


def _run(command: Command, args: argparse.Namespace) -> int:
    import unsupported_api as sdk
    from unsupported_api._exceptions import server_message

    client = _client(sdk, args)
    target: Any = client
    for part in command["call"]:
        target = getattr(target, part)
    kwargs = {
        flag["dest"]: getattr(args, flag["dest"])
        for flag in command["flags"]
        if getattr(args, flag["dest"], None) is not None
    }
    try:
        if args.format == "raw":
            return _run_raw(client, command, kwargs)
        result = target(**kwargs)
        if command["paginated"] and (
            getattr(args, "all", False) or getattr(args, "max_items", None)
        ):
            _print_items(result, args.format, getattr(args, "max_items", None))
        else:
            _print(_plain(result), args.format)
        return EXIT_OK
    except sdk.APIStatusError as exc:
        message = server_message(exc.body) or exc.response.reason_phrase
        raise CliError(f"Error {exc.status_code}: {message}") from None
    except sdk.APITimeoutError:
        raise CliError(f"Error: the request to {client.base_url} timed out") from None
    except sdk.APIConnectionError as exc:
        raise CliError(
            f"Error: could not connect to {client.base_url}: {exc.__cause__ or exc}"
        ) from None
    except sdk.APIError as exc:
        raise CliError(f"Error: {exc.message}") from None
    finally:
        client.close()


def _run_raw(client: Any, command: Command, kwargs: dict[str, Any]) -> int:
    """--format raw: the response body exactly as the server sent it."""
    target: Any = client
    for part in command["call"][:-1]:
        target = getattr(target, part)
    response = getattr(target.with_raw_response, command["call"][-1])(**kwargs)
    sys.stdout.buffer.write(response.content)
    if response.content and not response.content.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    return EXIT_OK


def _client(sdk: Any, args: argparse.Namespace) -> Any:
    options: dict[str, Any] = {"base_url": args.base_url}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    if args.debug:
        options["http_client"] = _debug_http_client(args.timeout)
    try:
        return sdk.UnsupportedAPI(**options)
    except sdk.UnsupportedAPIError as exc:
        raise CliError(f"Error: {exc}") from None


def _debug_http_client(timeout: float | None) -> httpx.Client:
    import httpx

    def redact(headers: httpx.Headers) -> str:
        secret = {"authorization", "proxy-authorization", "cookie", "set-cookie"}
        return "".join(
            f"  {key}: {'<redacted>' if key.lower() in secret else value}\n"
            for key, value in headers.items()
        )

    def log_request(request: httpx.Request) -> None:
        print(
            f"> {request.method} {request.url}\n{redact(request.headers)}", file=sys.stderr, end=""
        )

    def log_response(response: httpx.Response) -> None:
        response.read()
        print(
            f"< {response.status_code} {response.reason_phrase}\n{redact(response.headers)}"
            f"{response.text[:2000]}\n",
            file=sys.stderr,
        )

    return httpx.Client(
        timeout=timeout if timeout is not None else 60.0,
        follow_redirects=True,
        event_hooks={"request": [log_request], "response": [log_response]},
    )


# -- output ---------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Models and pages as plain JSON data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _print(data: Any, fmt: str) -> None:
    if fmt == "jsonl":
        items = data if isinstance(data, list) else [data]
        for item in items:
            print(json.dumps(item, ensure_ascii=False))
    elif fmt == "yaml":
        print(_yaml(data), end="")
    elif fmt == "pretty":
        print(_pretty(data))
    else:
        print(json.dumps(data, indent=2, ensure_ascii=False))


def _print_items(page: Iterable[Any], fmt: str, limit: int | None) -> None:
    """Every item of every page, printed as it arrives (jsonl) or as one list."""
    items = _limited(page, limit)
    if fmt == "jsonl":
        for item in items:
            print(json.dumps(_plain(item), ensure_ascii=False), flush=True)
    elif fmt == "json":
        # Stream a JSON array, so a long walk is not held in memory.
        first = True
        for item in items:
            text = json.dumps(_plain(item), indent=2, ensure_ascii=False)
            print(("[\n" if first else ",\n") + _indent(text), end="", flush=True)
            first = False
        print("[]" if first else "\n]")
    else:
        _print([_plain(item) for item in items], fmt)


def _limited(items: Iterable[Any], limit: int | None) -> Iterator[Any]:
    for count, item in enumerate(items):
        if limit is not None and count >= limit:
            return
        yield item


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _yaml(data: Any) -> str:
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        raise CliError("--format yaml needs PyYAML: pip install 'unsupported-api[cli]'") from None
    text: str = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    return text


def _pretty(data: Any, indent: str = "") -> str:
    """An indented outline for reading at a terminal."""
    if isinstance(data, dict):
        if not data:
            return "{}"
        lines = []
        for key, value in data.items():
            if isinstance(value, (dict, list)) and value:
                lines.append(f"{indent}{key}:\n{_pretty(value, indent + '  ')}")
            else:
                lines.append(f"{indent}{key}: {_pretty(value)}")
        return "\n".join(lines)
    if isinstance(data, list):
        if not data:
            return "[]"
        return "\n".join(
            f"{indent}- " + _pretty(item, indent + "  ").lstrip()
            if isinstance(item, (dict, list))
            else f"{indent}- {_pretty(item)}"
            for item in data
        )
    if data is None:
        return "null"
    if isinstance(data, bool):
        return "true" if data else "false"
    return str(data)


# -- shell completion -----------------------------------------------------------


def _complete() -> int:
    """Answer the shell's completion request (argcomplete protocol), then exit."""
    try:
        import argcomplete  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return EXIT_ERROR
    argcomplete.autocomplete(build_parser([], everything=True))
    return EXIT_OK


def _print_completion(shell: str) -> int:
    try:
        from argcomplete.shell_integration import shellcode
    except ImportError:
        print(
            "Error: completion needs argcomplete: pip install 'unsupported-api[cli]'",
            file=sys.stderr,
        )
        return EXIT_ERROR
    print(shellcode([PROG], shell=shell))
    return EXIT_OK
