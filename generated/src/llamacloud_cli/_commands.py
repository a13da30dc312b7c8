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
    "classifier:jobs": {
        "help": "Operations on classifier.jobs.",
        "commands": {
            "list": {
                "summary": "List Classify Jobs",
                "description": "List classify jobs.\nExperimental: This endpoint is not yet ready for production use and is subject to change at any time.",
                "call": ("classifier", "jobs", "list"),
                "paginated": True,
                "flags": [
                    {
                        "flag": "project-id",
                        "dest": "project_id",
                        "kind": "query",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "organization-id",
                        "dest": "organization_id",
                        "kind": "query",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "page-size",
                        "dest": "page_size",
                        "kind": "query",
                        "type": "int",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "page-token",
                        "dest": "page_token",
                        "kind": "query",
                        "type": "str",
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
