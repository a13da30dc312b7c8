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
                "summary": "Fetch the account",
                "description": "",
                "call": ("accounts", "retrieve"),
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
                ],
            },
        },
    },
    "accounts:messages": {
        "methods": "list, create, retrieve",
        "commands": {
            "list": {
                "summary": "List messages",
                "description": "",
                "call": ("accounts", "messages", "list"),
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
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
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
                    {
                        "flag": "username-param",
                        "param": "username",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Only messages sent by this user (a parameter named like the credential). [string]",
                    },
                ],
            },
            "create": {
                "summary": "Send a message",
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
                "summary": "Fetch a message",
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
        },
    },
}
