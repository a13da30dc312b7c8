"""The shape of the command table in ``_commands``.

Only imported by the type checker: at run time the table is plain data, and the
CLI starts without importing typing.
"""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

# Data as JSON has it: what a result becomes before it is printed.
JSON: TypeAlias = "dict[str, JSON] | list[JSON] | str | int | float | bool | None"


class Flag(TypedDict):
    flag: str  # without the leading dashes
    param: str  # the SDK method's keyword argument
    type: Literal["str", "int", "float", "bool", "json", "file", "bytes"]  # file: multipart
    metavar: str | None  # None: argparse shows the choices
    required: bool
    multiple: bool  # repeat the flag to build a list
    choices: list[str] | list[int] | None
    help: str


class Credential(TypedDict):
    argument: str  # the client's keyword argument
    flag: str  # without the leading dashes
    env: str  # the environment variable read when no flag gives it
    label: str  # what it is, in messages: "API key"
    secret: bool  # read from a file or stdin too; a username is not


class Pages(TypedDict):
    items: str  # the response field holding a page's items
    next: str | None  # the response field holding the next cursor, if the list has one
    cursor_flag: str | None  # the flag that sends a cursor


class Command(TypedDict):
    summary: str
    description: str
    call: tuple[str, ...]  # attribute path from the client to the method
    pages: Pages | None
    flags: list[Flag]


class Group(TypedDict):
    methods: str  # the method names, for the resource list
    commands: dict[str, Command]
