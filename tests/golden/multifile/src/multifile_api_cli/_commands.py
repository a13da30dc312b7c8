"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Group


GROUPS: dict[str, Group] = {
    "pets": {
        "methods": "list, retrieve",
        "commands": {
            "list": {
                "summary": "List pets",
                "description": "",
                "call": ("pets", "list"),
                "pages": None,
                "flags": [
                    {
                        "flag": "limit",
                        "param": "limit",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "How many items to return at most. [integer]",
                    },
                ],
            },
            "retrieve": {
                "summary": "Get a pet",
                "description": "",
                "call": ("pets", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "pet-id",
                        "param": "pet_id",
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
    "owners": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "Get an owner",
                "description": "",
                "call": ("owners", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "owner-name",
                        "param": "owner_name",
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
}
