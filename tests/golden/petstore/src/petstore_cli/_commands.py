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
    "pets": {
        "help": "Operations on pets.",
        "commands": {
            "list": {
                "summary": "List pets",
                "description": "",
                "call": ("pets", "list"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "limit",
                        "dest": "limit",
                        "kind": "query",
                        "type": "int",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "How many pets to return at most.",
                    },
                    {
                        "flag": "tags",
                        "dest": "tags",
                        "kind": "query",
                        "type": "str",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "Only pets with all of these tags.",
                    },
                    {
                        "flag": "x-request-id",
                        "dest": "x_request_id",
                        "kind": "header",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "create": {
                "summary": "Create a pet",
                "description": "",
                "call": ("pets", "create"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "name",
                        "dest": "name",
                        "kind": "body_field",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "What the pet answers to.",
                    },
                    {
                        "flag": "tag",
                        "dest": "tag",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "kind",
                        "dest": "kind",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": ["cat", "dog", "bird"],
                        "help": "",
                    },
                    {
                        "flag": "vaccinated",
                        "dest": "vaccinated",
                        "kind": "body_field",
                        "type": "bool",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Whether the pet has had 100% of its shots.",
                    },
                    {
                        "flag": "owner",
                        "dest": "owner",
                        "kind": "body_field",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Who looks after the pet.",
                    },
                ],
            },
            "retrieve": {
                "summary": "Get a pet",
                "description": "",
                "call": ("pets", "retrieve"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "pet-id",
                        "dest": "pet_id",
                        "kind": "path",
                        "type": "int",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "The pet's id.",
                    },
                ],
            },
            "delete": {
                "summary": "Delete a pet",
                "description": "",
                "call": ("pets", "delete"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "pet-id",
                        "dest": "pet_id",
                        "kind": "path",
                        "type": "int",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "The pet's id.",
                    },
                ],
            },
            "upload-photo": {
                "summary": "Upload a photo of a pet",
                "description": "",
                "call": ("pets", "upload_photo"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "pet-id",
                        "dest": "pet_id",
                        "kind": "path",
                        "type": "int",
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
