"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal, TypedDict

    class Flag(TypedDict):
        flag: str  # without the leading dashes
        param: str  # the SDK method's keyword argument
        type: Literal["str", "int", "float", "bool", "json", "file", "bytes"]  # file: multipart
        metavar: str | None  # None: argparse shows the choices
        required: bool
        multiple: bool  # repeat the flag to build a list
        choices: list[str] | list[int] | None
        help: str

    class Pages(TypedDict):
        items: str  # the response field holding a page's items
        next: str  # the response field holding the next cursor
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


GROUPS: dict[str, Group] = {
    "reports": {
        "methods": "retrieve, update",
        "commands": {
            "retrieve": {
                "summary": "A report",
                "description": "",
                "call": ("reports", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "id",
                        "param": "id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "where",
                        "param": "where",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[JSON object]",
                    },
                    {
                        "flag": "path",
                        "param": "path",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                ],
            },
            "update": {
                "summary": "Replace a report (XML only)",
                "description": "",
                "call": ("reports", "update"),
                "pages": None,
                "flags": [
                    {
                        "flag": "id",
                        "param": "id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "body",
                        "param": "body",
                        "type": "bytes",
                        "metavar": "PATH",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[path of a file to upload, - for stdin]",
                    },
                ],
            },
        },
    },
}
