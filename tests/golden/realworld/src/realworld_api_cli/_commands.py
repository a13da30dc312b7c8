"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Group


GROUPS: dict[str, Group] = {
    "accounts": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "",
                "description": "",
                "call": ("accounts", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "sid",
                        "param": "sid",
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
    "accounts:messages": {
        "methods": "list, create, retrieve, delete",
        "commands": {
            "list": {
                "summary": "",
                "description": "",
                "call": ("accounts", "messages", "list"),
                "pages": {
                    "items": "messages",
                    "next": None,
                    "cursor_flag": None,
                },
                "flags": [
                    {
                        "flag": "account-sid",
                        "param": "account_sid",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "page-size",
                        "param": "page_size",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                ],
            },
            "create": {
                "summary": "",
                "description": "",
                "call": ("accounts", "messages", "create"),
                "pages": None,
                "flags": [
                    {
                        "flag": "account-sid",
                        "param": "account_sid",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "to",
                        "param": "to",
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
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                ],
            },
            "retrieve": {
                "summary": "",
                "description": "",
                "call": ("accounts", "messages", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "account-sid",
                        "param": "account_sid",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "sid",
                        "param": "sid",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                ],
            },
            "delete": {
                "summary": "",
                "description": "",
                "call": ("accounts", "messages", "delete"),
                "pages": None,
                "flags": [
                    {
                        "flag": "account-sid",
                        "param": "account_sid",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "sid",
                        "param": "sid",
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
    "user": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "",
                "description": "",
                "call": ("user", "retrieve"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "user:repos": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "",
                "description": "",
                "call": ("user", "repos", "list"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "routes": {
        "methods": "create",
        "commands": {
            "create": {
                "summary": "",
                "description": "",
                "call": ("routes", "create"),
                "pages": None,
                "flags": [
                    {
                        "flag": "start",
                        "param": "start",
                        "type": "json",
                        "metavar": "JSON",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "Latitude and longitude. [JSON array; required]",
                    },
                    {
                        "flag": "end",
                        "param": "end",
                        "type": "json",
                        "metavar": "JSON",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "Latitude and longitude. [JSON array; required]",
                    },
                    {
                        "flag": "waypoints",
                        "param": "waypoints",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[JSON array]",
                    },
                    {
                        "flag": "tags",
                        "param": "tags",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Open-ended, so a list, not a tuple. [JSON array]",
                    },
                ],
            },
        },
    },
    "subscriptions": {
        "methods": "create",
        "commands": {
            "create": {
                "summary": "",
                "description": "",
                "call": ("subscriptions", "create"),
                "pages": None,
                "flags": [
                    {
                        "flag": "url",
                        "param": "url",
                        "type": "str",
                        "metavar": "URL",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string, format uri; required]",
                    },
                ],
            },
        },
    },
}
