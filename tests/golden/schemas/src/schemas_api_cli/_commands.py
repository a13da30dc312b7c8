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
    "pets": {
        "methods": "list, create, retrieve",
        "commands": {
            "list": {
                "summary": "List pets of every kind",
                "description": "",
                "call": ("pets", "list"),
                "pages": None,
                "flags": [],
            },
            "create": {
                "summary": "Adopt a pet",
                "description": "",
                "call": ("pets", "create"),
                "pages": None,
                "flags": [
                    {
                        "flag": "name",
                        "param": "name",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "pet-type",
                        "param": "pet_type",
                        "type": "str",
                        "metavar": None,
                        "required": True,
                        "multiple": False,
                        "choices": ["cat", "dog", "lizard"],
                        "help": "[required]",
                    },
                    {
                        "flag": "password",
                        "param": "password",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "Only ever sent. [string, format password; required]",
                    },
                ],
            },
            "retrieve": {
                "summary": "One pet",
                "description": "",
                "call": ("pets", "retrieve"),
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
                ],
            },
        },
    },
    "shapes": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "A shape, without a discriminator",
                "description": "",
                "call": ("shapes", "retrieve"),
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
                ],
            },
        },
    },
    "trees": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "A tree of nodes",
                "description": "",
                "call": ("trees", "retrieve"),
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
                ],
            },
        },
    },
    "accounts": {
        "methods": "retrieve, update",
        "commands": {
            "retrieve": {
                "summary": "An account with everything else",
                "description": "",
                "call": ("accounts", "retrieve"),
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
                ],
            },
            "update": {
                "summary": "Change an account",
                "description": "",
                "call": ("accounts", "update"),
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
                        "flag": "status",
                        "param": "status",
                        "type": "str",
                        "metavar": None,
                        "required": True,
                        "multiple": False,
                        "choices": ["active", "suspended", "closed"],
                        "help": "A string enum. [required]",
                    },
                    {
                        "flag": "nickname",
                        "param": "nickname",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "A 3.1 type array with null. [string]",
                    },
                    {
                        "flag": "labels",
                        "param": "labels",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "A dictionary of strings. [JSON object]",
                    },
                    {
                        "flag": "limits",
                        "param": "limits",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "A dictionary of objects. [JSON object]",
                    },
                    {
                        "flag": "metadata",
                        "param": "metadata",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Anything at all. [JSON object]",
                    },
                    {
                        "flag": "address",
                        "param": "address",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "An inline object, named after its property. [JSON object]",
                    },
                    {
                        "flag": "tags",
                        "param": "tags",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[JSON array]",
                    },
                    {
                        "flag": "page-size",
                        "param": "page_size",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer; default: 20]",
                    },
                    {
                        "flag": "secret",
                        "param": "secret",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "favourite-book",
                        "param": "favourite_book",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[JSON object]",
                    },
                    {
                        "flag": "homepage",
                        "param": "homepage",
                        "type": "str",
                        "metavar": "URL",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string, format uri]",
                    },
                ],
            },
        },
    },
}
