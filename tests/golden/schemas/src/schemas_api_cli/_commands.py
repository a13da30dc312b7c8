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
                "summary": "List pets of every kind",
                "description": "",
                "call": ("pets", "list"),
                "paginated": False,
                "flags": [],
            },
            "create": {
                "summary": "Adopt a pet",
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
                        "help": "",
                    },
                    {
                        "flag": "pet-type",
                        "dest": "pet_type",
                        "kind": "body_field",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": ["cat", "dog", "lizard"],
                        "help": "",
                    },
                    {
                        "flag": "password",
                        "dest": "password",
                        "kind": "body_field",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "Only ever sent.",
                    },
                ],
            },
            "retrieve": {
                "summary": "One pet",
                "description": "",
                "call": ("pets", "retrieve"),
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
                ],
            },
        },
    },
    "shapes": {
        "help": "Operations on shapes.",
        "commands": {
            "retrieve": {
                "summary": "A shape, without a discriminator",
                "description": "",
                "call": ("shapes", "retrieve"),
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
                ],
            },
        },
    },
    "trees": {
        "help": "Operations on trees.",
        "commands": {
            "retrieve": {
                "summary": "A tree of nodes",
                "description": "",
                "call": ("trees", "retrieve"),
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
                ],
            },
        },
    },
    "accounts": {
        "help": "Operations on accounts.",
        "commands": {
            "retrieve": {
                "summary": "An account with everything else",
                "description": "",
                "call": ("accounts", "retrieve"),
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
                ],
            },
            "update": {
                "summary": "Change an account",
                "description": "",
                "call": ("accounts", "update"),
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
                        "flag": "status",
                        "dest": "status",
                        "kind": "body_field",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": ["active", "suspended", "closed"],
                        "help": "A string enum.",
                    },
                    {
                        "flag": "nickname",
                        "dest": "nickname",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "A 3.1 type array with null.",
                    },
                    {
                        "flag": "labels",
                        "dest": "labels",
                        "kind": "body_field",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "A dictionary of strings.",
                    },
                    {
                        "flag": "limits",
                        "dest": "limits",
                        "kind": "body_field",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "A dictionary of objects.",
                    },
                    {
                        "flag": "metadata",
                        "dest": "metadata",
                        "kind": "body_field",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Anything at all.",
                    },
                    {
                        "flag": "address",
                        "dest": "address",
                        "kind": "body_field",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "An inline object, named after its property.",
                    },
                    {
                        "flag": "tags",
                        "dest": "tags",
                        "kind": "body_field",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "page-size",
                        "dest": "page_size",
                        "kind": "body_field",
                        "type": "int",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Defaults to 20.",
                    },
                    {
                        "flag": "secret",
                        "dest": "secret",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "favourite-book",
                        "dest": "favourite_book",
                        "kind": "body_field",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "homepage",
                        "dest": "homepage",
                        "kind": "body_field",
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
