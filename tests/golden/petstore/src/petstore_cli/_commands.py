"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Group


GROUPS: dict[str, Group] = {
    "pets": {
        "methods": "list, create, retrieve, delete, upload-photo",
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
                        "help": "How many pets to return at most. [integer]",
                    },
                    {
                        "flag": "tags",
                        "param": "tags",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "Only pets with all of these tags. [string; repeat the flag for several values]",
                    },
                    {
                        "flag": "x-request-id",
                        "param": "x_request_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                ],
            },
            "create": {
                "summary": "Create a pet",
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
                        "help": "What the pet answers to. [string; required]",
                    },
                    {
                        "flag": "tag",
                        "param": "tag",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "kind",
                        "param": "kind",
                        "type": "str",
                        "metavar": None,
                        "required": False,
                        "multiple": False,
                        "choices": ["cat", "dog", "bird"],
                        "help": "",
                    },
                    {
                        "flag": "vaccinated",
                        "param": "vaccinated",
                        "type": "bool",
                        "metavar": None,
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Whether the pet has had 100% of its shots.",
                    },
                    {
                        "flag": "owner",
                        "param": "owner",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Who looks after the pet. [JSON object]",
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
                        "type": "int",
                        "metavar": "INT",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "The pet's id. [integer; required]",
                    },
                ],
            },
            "delete": {
                "summary": "Delete a pet",
                "description": "",
                "call": ("pets", "delete"),
                "pages": None,
                "flags": [
                    {
                        "flag": "pet-id",
                        "param": "pet_id",
                        "type": "int",
                        "metavar": "INT",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "The pet's id. [integer; required]",
                    },
                ],
            },
            "upload-photo": {
                "summary": "Upload a photo of a pet",
                "description": "",
                "call": ("pets", "upload_photo"),
                "pages": None,
                "flags": [
                    {
                        "flag": "pet-id",
                        "param": "pet_id",
                        "type": "int",
                        "metavar": "INT",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer; required]",
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
