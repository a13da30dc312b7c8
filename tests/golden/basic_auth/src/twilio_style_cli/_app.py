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
from ._parser import COMPLETION, CREDENTIAL, PARAM, build_parser
from ._settings import BASE_URL_ENV, CREDENTIALS, DEFAULT_BASE_URL
from ._terminal import one_line, prepare_stdout, visible
from ._values import StdinTaken, read_stdin

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from typing import Any

    from ._sdk import MissingCredentialsError
    from ._types import Command, Credential

    # Each credential given, by the client's keyword argument: (value, where it came from).
    Given = dict[str, tuple[str, str]]


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
    secrets: tuple[str, ...] = ()
    # Whatever the server sent shows escaped: a message must not rewrite the terminal.
    try:
        given = _credentials(args)
        secrets = tuple(
            given[c["argument"]][0] for c in CREDENTIALS if c["secret"] and c["argument"] in given
        )
        return _run(command, args, given, secrets)
    except CliError as exc:
        print(one_line(redact(str(exc), secrets)), file=sys.stderr)
        return exc.exit_code
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a bug of ours: still one line, unless --debug asks for more
        if args.debug:
            import traceback

            print(visible(redact(traceback.format_exc(), secrets)), file=sys.stderr, end="")
        message = redact(f"Error: unexpected {type(exc).__name__}: {exc}", secrets)
        print(one_line(message), file=sys.stderr)
        return EXIT_ERROR


def _credentials(args: argparse.Namespace) -> Given:
    """Each credential a flag or the environment gives, and where it came from as the user
    would name it."""
    reading_stdin = [
        f"--{c['flag']}-stdin"
        for c in CREDENTIALS
        if getattr(args, f"{CREDENTIAL}{c['argument']}:stdin", False)
    ]
    if len(reading_stdin) > 1:
        raise CliError(
            f"Error: {' and '.join(reading_stdin)} each read stdin: pass one", EXIT_USAGE
        )
    given: Given = {}
    for credential in CREDENTIALS:
        found = _credential(args, credential)
        if found is not None:
            given[credential["argument"]] = found
    return given


def _credential(args: argparse.Namespace, credential: Credential) -> tuple[str, str] | None:
    """A credential's value and its source, from its flags or else its environment variable.

    ``--<flag>`` shows in ``ps`` to every user of the machine: a file or stdin does not.
    """
    flag, label, dest = credential["flag"], credential["label"], CREDENTIAL + credential["argument"]
    value: str | None = getattr(args, dest, None)
    path: str | None = getattr(args, f"{dest}:file", None)
    stdin: bool = getattr(args, f"{dest}:stdin", False)
    flags = (f"--{flag}", f"--{flag}-file", f"--{flag}-stdin")
    given = [name for name, used in zip(flags, (value, path, stdin), strict=True) if used]
    if len(given) > 1:
        raise CliError(f"Error: {' and '.join(given)} each give the {label}: pass one", EXIT_USAGE)
    if value:
        return value, flags[0]
    if path:
        source = f"{flags[1]} {path}"
        try:
            with open(path, encoding="utf-8", errors="replace") as file:
                return _one_value(file.read(), source, label), source
        except OSError as exc:
            raise CliError(f"Error: cannot read {source}: {exc.strerror}", EXIT_USAGE) from None
    if stdin:
        return _one_value(_from_stdin(flags[2], label), flags[2], label), flags[2]
    value = os.environ.get(credential["env"])
    return (value, f"${credential['env']}") if value else None


def _from_stdin(flag: str, label: str) -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"{label[:1].upper()}{label[1:]}: ")
    try:
        return read_stdin().decode("utf-8", "replace")
    except StdinTaken as exc:
        raise CliError(f"Error: {flag}: {exc}", EXIT_USAGE) from None


def _one_value(text: str, source: str, label: str) -> str:
    """The value a file holds: its text, less the line break that ends a file's last line."""
    value = text.removesuffix("\n").removesuffix("\r")
    if not value:
        raise CliError(f"Error: {source} holds no {label}", EXIT_USAGE)
    return value


def _missing(exc: MissingCredentialsError) -> CliError:
    """The SDK's error for missing credentials, naming flags and variables instead of arguments."""
    by_argument = {credential["argument"]: credential for credential in CREDENTIALS}
    ways = [[by_argument[argument] for argument in way] for way in exc.alternatives]
    if len(ways) == 1:
        labels = " and ".join(credential["label"] for credential in ways[0])
        return CliError(f"Error: no {labels}: " + "; ".join(map(_how_to_give, ways[0])), EXIT_USAGE)
    return CliError(
        "Error: no credentials this command can use; any of these will do: "
        + "; ".join(" and ".join(f"{c['label']} ({_how_to_give(c)})" for c in way) for way in ways),
        EXIT_USAGE,
    )


def _how_to_give(credential: Credential) -> str:
    flag, env = credential["flag"], credential["env"]
    if credential["secret"]:
        return f"set ${env}, or pass --{flag}-file, --{flag}-stdin or --{flag}"
    return f"set ${env} or pass --{flag}"


def _run(command: Command, args: argparse.Namespace, given: Given, secrets: tuple[str, ...]) -> int:
    options = _client_options(args, given)  # before importing the SDK: bad settings fail fast
    import httpx

    from . import _sdk as sdk
    from ._output import plain, print_items, print_result, take, write_raw_response

    if args.debug:
        from ._debug import debug_http_client

        options["http_client"] = debug_http_client(args.timeout, secrets)
    try:
        # Checked first with their sources: the client would blame its keyword arguments.
        sdk.Credentials(
            sdk.SCHEMES,
            sdk.SECURITY,
            {argument: value for argument, (value, _) in given.items()},
            sources={argument: source for argument, (_, source) in given.items()},
        )
        client = sdk.Client(**options)
    except sdk.MissingCredentialsError as exc:
        raise _missing(exc) from None
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
            write_raw_response(result.http_response)
            return EXIT_OK
        pages = command["pages"]
        if pages is not None and (args.all or args.max_items is not None):
            print_items((plain(item) for item in take(result, args.max_items)), args.format)
        else:
            print_result(result, args.format, pages)
        return EXIT_OK
    except sdk.MissingCredentialsError as exc:  # this operation needs others
        raise _missing(exc) from None
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


def _client_options(args: argparse.Namespace, given: Given) -> dict[str, Any]:
    options: dict[str, Any] = {argument: value for argument, (value, _) in given.items()}
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
