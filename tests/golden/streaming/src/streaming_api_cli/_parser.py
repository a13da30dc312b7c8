"""The command line's parser: global flags, a sub-command per resource and per method, built lazily.

With hundreds of operations, building every parser would take longer than starting
Python: argparse and argcomplete only look up the sub-commands they need.
"""

from __future__ import annotations

import argparse
import functools

from ._commands import GROUPS
from ._pretty import terminal_columns
from ._settings import (
    BASE_URL_ENV,
    CREDENTIALS,
    DEFAULT_BASE_URL,
    DESCRIPTION,
    PROG,
    VERSION,
)
from ._values import CONVERTERS, base_url, count, positive_int, positive_number

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from ._types import Command, Flag

    _SubParsersAction = argparse._SubParsersAction[Any]  # generic only in typeshed
else:
    _SubParsersAction = argparse._SubParsersAction

FORMATS = ("json", "jsonl", "yaml", "pretty", "raw")
SHELLS = ("bash", "zsh", "fish")
# The built-in command that prints completion scripts, unless the API has a resource of that name.
COMPLETION = "completion" if "completion" not in GROUPS else "shell-completion"
PARAM = "param:"  # prefix of the argparse destinations of API parameters, apart from the CLI's own
CREDENTIAL = "credential:"  # prefix of those of credentials: credential:<argument>[:file|:stdin]


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


def _add_global_flags(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """Flags accepted before or after the command. Only the root parser sets defaults."""

    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    group = parser.add_argument_group("global flags")
    for credential in CREDENTIALS:
        flag, label = credential["flag"], credential["label"]
        dest = CREDENTIAL + credential["argument"]
        in_ps = (
            "; other users of this machine can read it (ps) while the command runs: "
            f"prefer --{flag}-file or --{flag}-stdin"
        )
        group.add_argument(
            f"--{flag}",
            dest=dest,
            metavar=label.split()[-1].upper(),
            default=default(None),
            help=f"{label} (default: ${credential['env']}){in_ps if credential['secret'] else ''}",
        )
        if credential["secret"]:
            group.add_argument(
                f"--{flag}-file",
                dest=dest + ":file",
                metavar="PATH",
                default=default(None),
                help=f"read the {label} from a file (a final line break is dropped)",
            )
            group.add_argument(
                f"--{flag}-stdin",
                dest=dest + ":stdin",
                action="store_true",
                default=default(False),
                help=f"read the {label} from stdin (asked for, unechoed, at a terminal)",
            )
    group.add_argument(
        "--base-url",
        metavar="URL",
        type=base_url,
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
        type=positive_number,
        default=default(None),
        help="seconds before a request gives up (default: 60)",
    )
    group.add_argument(
        "--max-retries",
        metavar="N",
        type=count,
        default=default(None),
        help="retries of failed requests (default: 2)",
    )
    group.add_argument(
        "--debug",
        action="store_true",
        default=default(False),
        help="log each request and response to stderr (credentials are redacted)",
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
            type=positive_int,
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
        options["type"] = CONVERTERS[kind]
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


def _escape(text: str) -> str:
    """Spec text for argparse, which %-formats help strings."""
    return text.replace("%", "%%")


def _description(text: str) -> str:
    # argparse %-formats a description only when it mentions %(prog).
    return _escape(text) if "%(prog)" in text else text


def _new_parser(prog: str, **options: Any) -> argparse.ArgumentParser:
    # No abbreviated flags: a flag the API adds later must not change what a script means.
    parser = argparse.ArgumentParser(
        prog=prog, allow_abbrev=False, formatter_class=_HelpFormatter, **options
    )
    parser.register("action", "parsers", _Commands)
    parser.set_defaults(help_parser=parser)
    return parser


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Spec descriptions keep their line breaks; flag help starts in a wider column."""

    def __init__(self, prog: str) -> None:
        # The width is passed in so that argparse does not import shutil to find it.
        super().__init__(prog, max_help_position=28, width=terminal_columns(80) - 2)

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
            indent = self._current_indent + self._indent_increment
            for choice in action._get_subactions():
                width = len(self._format_action_invocation(choice)) + indent
                self._action_max_length = max(self._action_max_length, width)


class _Pending:
    """A sub-command's parser, not built yet."""

    def __init__(self, build: Callable[[], argparse.ArgumentParser]) -> None:
        self.build = build


class _LazyParsers(dict[str, object]):
    """Sub-command name -> parser, each built the first time it is looked up."""

    def __getitem__(self, name: str) -> argparse.ArgumentParser:
        value = super().__getitem__(name)
        if isinstance(value, _Pending):
            self[name] = value = value.build()
        assert isinstance(value, argparse.ArgumentParser)
        return value


class _Commands(_SubParsersAction):
    """Sub-commands whose parsers are built only when used: to parse, for --help, to complete."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._name_parser_map = self.choices = _LazyParsers()

    def add_lazy(
        self, name: str, help: str | None, build: Callable[[], argparse.ArgumentParser]
    ) -> None:
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), help))
        self._name_parser_map[name] = _Pending(build)
