"""Parse the command line, call the API, print the result.

Grammar: ``<prog> <resource>[:<subresource>] <method> [flags]``. Showing help
imports argparse and nothing more (json is imported where it is used), nor any
module of this package it does not need; the SDK (httpx, pydantic) is imported to
run a command, and argcomplete only when the shell asks for completions or for a
completion script.

The parser is built in ``_parser`` (flag values converted by ``_values``); results
are printed by ``_output`` and ``_pretty``, server text made safe for a terminal by
``_terminal``; exit codes and error reporting are in ``_errors``, ``--debug`` in
``_debug``, shell completion in ``_completion``. What
sets this command line apart is in ``_settings`` and ``_commands``, and the SDK is
reached through ``_sdk``.
"""

from __future__ import annotations

import os
import sys

from ._commands import GROUPS
from ._errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CliError, redact
from ._parser import COMPLETION, NEEDS_API_KEY, PARAM, build_parser
from ._settings import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL
from ._terminal import one_line, prepare_stdout, visible
from ._values import StdinTaken, read_stdin

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from typing import Any

    from ._types import Command

KEY_FLAGS = ("--api-key", "--api-key-file", "--api-key-stdin")


def main(argv: Sequence[str] | None = None) -> int:
    if "_ARGCOMPLETE" in os.environ:
        from ._completion import complete

        return complete()
    prepare_stdout()
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
        from ._completion import print_completion

        return print_completion(args.shell)
    if args.method is None:
        args.help_parser.print_help(sys.stderr)
        return EXIT_USAGE
    command = GROUPS[args.resource]["commands"][args.method]
    if args.format == "raw" and (getattr(args, "all", False) or getattr(args, "max_items", None)):
        args.help_parser.error(
            "--format raw prints one response body; it cannot be used with --all or --max-items"
        )
    api_key: str | None = None
    # Whatever the server sent shows escaped: a message must not rewrite the terminal.
    try:
        api_key, key_source = _api_key(args)
        return _run(command, args, api_key, key_source)
    except CliError as exc:
        print(one_line(redact(str(exc), api_key)), file=sys.stderr)
        return exc.exit_code
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a bug of ours: still one line, unless --debug asks for more
        if args.debug:
            import traceback

            print(visible(redact(traceback.format_exc(), api_key)), file=sys.stderr, end="")
        message = redact(f"Error: unexpected {type(exc).__name__}: {exc}", api_key)
        print(one_line(message), file=sys.stderr)
        return EXIT_ERROR


def _api_key(args: argparse.Namespace) -> tuple[str | None, str]:
    """The API key, and where it came from as the user would name it.

    ``--api-key`` shows in ``ps`` to every user of the machine: a file or stdin does not.
    """
    key: str | None = getattr(args, "api_key", None)
    path: str | None = getattr(args, "api_key_file", None)
    stdin: bool = getattr(args, "api_key_stdin", False)
    given = [flag for flag, value in zip(KEY_FLAGS, (key, path, stdin), strict=True) if value]
    if len(given) > 1:
        raise CliError(f"Error: {' and '.join(given)} each give the API key: pass one", EXIT_USAGE)
    if key:
        return key, "--api-key"
    if path:
        source = f"--api-key-file {path}"
        try:
            with open(path, encoding="utf-8", errors="replace") as file:
                return _one_key(file.read(), source), source
        except OSError as exc:
            raise CliError(f"Error: cannot read {source}: {exc.strerror}", EXIT_USAGE) from None
    if stdin:
        return _one_key(_key_from_stdin(), "--api-key-stdin"), "--api-key-stdin"
    return os.environ.get(API_KEY_ENV) or None, f"${API_KEY_ENV}"


def _key_from_stdin() -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("API key: ")
    try:
        return read_stdin().decode("utf-8", "replace")
    except StdinTaken as exc:
        raise CliError(f"Error: --api-key-stdin: {exc}", EXIT_USAGE) from None


def _one_key(text: str, source: str) -> str:
    """The key a file holds: its text, less the line break that ends a file's last line."""
    key = text.removesuffix("\n").removesuffix("\r")
    if not key:
        raise CliError(f"Error: {source} holds no API key", EXIT_USAGE)
    return key


def _run(command: Command, args: argparse.Namespace, api_key: str | None, key_source: str) -> int:
    options = _client_options(args, api_key)  # before importing the SDK: bad settings fail fast
    import httpx

    from . import _sdk as sdk
    from ._output import plain, print_items, print_result, take, write_raw

    if args.debug:
        from ._debug import debug_http_client

        options["http_client"] = debug_http_client(args.timeout, api_key)
    try:
        if NEEDS_API_KEY and api_key is not None:  # the client would blame its api_key argument
            sdk.check_api_key(api_key, key_source)
        client = sdk.Client(**options)
    except sdk.SDKError as exc:
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
            resource = resource.with_raw_response
        try:
            result = getattr(resource, command["call"][-1])(**kwargs)
        except ValueError as exc:  # a value the SDK refused to send
            raise _refused(exc, command, kwargs) from None
        if args.format == "raw":
            write_raw(result.content)
            return EXIT_OK
        pages = command["pages"]
        if pages is not None and (args.all or args.max_items is not None):
            print_items((plain(item) for item in take(result, args.max_items)), args.format)
        else:
            print_result(result, args.format, pages)
        return EXIT_OK
    except sdk.APIStatusError as exc:
        message = sdk.server_message(exc.body) or exc.response.reason_phrase or "no message"
        raise CliError(f"Error {exc.status_code}: {message}") from None
    except sdk.APITimeoutError:
        timeout = args.timeout if args.timeout is not None else 60
        raise CliError(
            f"Error: no answer from {client.base_url} within {timeout:g} s (--timeout)"
        ) from None
    except sdk.APIConnectionError as exc:
        cause = exc.__cause__ or exc
        if isinstance(cause, httpx.LocalProtocolError):  # a flag's value HTTP cannot carry
            raise CliError(f"Error: {exc.message}", EXIT_USAGE) from None
        reason = str(cause) or type(cause).__name__
        raise CliError(f"Error: could not connect to {client.base_url}: {reason}") from None
    except sdk.ResponseTooLargeError as exc:
        raise CliError(
            f"Error: the response is larger than {exc.max_bytes // 2**20} MiB, "
            "the most this command reads"
        ) from None
    except sdk.APIError as exc:
        raise CliError(f"Error: {exc.message}") from None
    except sdk.PaginationError as exc:  # cursors that go round, a next page on another host
        raise CliError(f"Error: {exc}") from None
    finally:
        client.close()


def _refused(exc: ValueError, command: Command, kwargs: dict[str, Any]) -> CliError:
    """A value the SDK refused before sending anything: a usage error, naming the flag."""
    if isinstance(exc, UnicodeEncodeError):  # httpx sends header values as ASCII
        bad = exc.object[exc.start : exc.end]
        flags = [flag for flag in command["flags"] if bad in str(kwargs.get(flag["param"], ""))]
        message = f"{exc.object!r} is not ASCII, which an HTTP header must be"
    else:
        flags = [flag for flag in command["flags"] if repr(flag["param"]) in str(exc)]
        message = str(exc)
    where = f"--{flags[0]['flag']}: " if flags else ""
    return CliError(f"Error: {where}{message}", EXIT_USAGE)


def _client_options(args: argparse.Namespace, api_key: str | None) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if NEEDS_API_KEY:
        if not api_key:
            raise CliError(
                f"Error: no API key: set ${API_KEY_ENV}, or pass --api-key-file, "
                "--api-key-stdin or --api-key",
                EXIT_USAGE,
            )
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
