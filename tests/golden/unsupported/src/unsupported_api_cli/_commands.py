"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal, TypedDict

    class Flag(TypedDict):
        flag: str
        dest: str
        kind: Literal["path", "query", "header", "cookie", "body_field", "body", "file"]
        type: Literal["str", "int", "float", "bool", "json", "file"]
        required: bool
        multiple: bool
        choices: list[str] | None
        help: str

    class Command(TypedDict):
        summary: str
        description: str
        call: tuple[str, ...]
        paginated: bool
        flags: list[Flag]

    class Group(TypedDict):
        help: str
        commands: dict[str, Command]


GROUPS: dict[str, Group] = {
    "reports": {
        "help": "Operations on reports.",
        "commands": {
            "retrieve": {
                "summary": "A report",
                "description": "",
                "call": ("reports", "retrieve"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "id",
                        "dest": "id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "where",
                        "dest": "where",
                        "kind": "query",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "path",
                        "dest": "path",
                        "kind": "query",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "update": {
                "summary": "Replace a report (XML only)",
                "description": "",
                "call": ("reports", "update"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "id",
                        "dest": "id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "body",
                        "dest": "body",
                        "kind": "body",
                        "type": "file",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
        },
    },
}
