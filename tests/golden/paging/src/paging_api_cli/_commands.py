"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Group


GROUPS: dict[str, Group] = {
    "tokens": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "A cursor in the body",
                "description": "",
                "call": ("tokens", "list"),
                "pages": {
                    "items": "items",
                    "next": "next_page_token",
                    "cursor_flag": "page-token",
                },
                "flags": [
                    {
                        "flag": "page-token",
                        "param": "page_token",
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
                ],
            },
        },
    },
    "events": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "Offset and limit, with a total",
                "description": "",
                "call": ("events", "list"),
                "pages": {
                    "items": "data",
                    "next": None,
                    "cursor_flag": None,
                },
                "flags": [
                    {
                        "flag": "offset",
                        "param": "offset",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                    {
                        "flag": "limit",
                        "param": "limit",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                ],
            },
        },
    },
    "repos": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "Page and per_page, with the number of pages",
                "description": "",
                "call": ("repos", "list"),
                "pages": {
                    "items": "results",
                    "next": None,
                    "cursor_flag": None,
                },
                "flags": [
                    {
                        "flag": "page",
                        "param": "page",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                    {
                        "flag": "per-page",
                        "param": "per_page",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                ],
            },
        },
    },
    "commits": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "The next page in a Link header",
                "description": "",
                "call": ("commits", "list"),
                "pages": {
                    "items": "items",
                    "next": None,
                    "cursor_flag": None,
                },
                "flags": [
                    {
                        "flag": "page",
                        "param": "page",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                    {
                        "flag": "per-page",
                        "param": "per_page",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                ],
            },
        },
    },
    "messages": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "The next page's URL in the body",
                "description": "",
                "call": ("messages", "list"),
                "pages": {
                    "items": "messages",
                    "next": None,
                    "cursor_flag": None,
                },
                "flags": [
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
        },
    },
    "charges": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "starting_after and has_more",
                "description": "",
                "call": ("charges", "list"),
                "pages": {
                    "items": "data",
                    "next": None,
                    "cursor_flag": None,
                },
                "flags": [
                    {
                        "flag": "starting-after",
                        "param": "starting_after",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "limit",
                        "param": "limit",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                ],
            },
        },
    },
    "logs": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "Offset and limit under other names",
                "description": "",
                "call": ("logs", "list"),
                "pages": {
                    "items": "entries",
                    "next": None,
                    "cursor_flag": None,
                },
                "flags": [
                    {
                        "flag": "skip",
                        "param": "skip",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                    {
                        "flag": "top",
                        "param": "top",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                ],
            },
        },
    },
    "releases": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "A Link header the spec does not declare",
                "description": "",
                "call": ("releases", "list"),
                "pages": {
                    "items": "items",
                    "next": None,
                    "cursor_flag": None,
                },
                "flags": [
                    {
                        "flag": "page",
                        "param": "page",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                    {
                        "flag": "per-page",
                        "param": "per_page",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                ],
            },
        },
    },
    "sheets": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "Page numbers from 0, under another name",
                "description": "",
                "call": ("sheets", "list"),
                "pages": {
                    "items": "rows",
                    "next": None,
                    "cursor_flag": None,
                },
                "flags": [
                    {
                        "flag": "p",
                        "param": "p",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                    {
                        "flag": "size",
                        "param": "size",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                ],
            },
        },
    },
    "people": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "A next-page URL without format uri",
                "description": "",
                "call": ("people", "list"),
                "pages": {
                    "items": "results",
                    "next": None,
                    "cursor_flag": None,
                },
                "flags": [
                    {
                        "flag": "limit",
                        "param": "limit",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                ],
            },
        },
    },
    "orders": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "after and has_more",
                "description": "",
                "call": ("orders", "list"),
                "pages": {
                    "items": "data",
                    "next": None,
                    "cursor_flag": None,
                },
                "flags": [
                    {
                        "flag": "after",
                        "param": "after",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "limit",
                        "param": "limit",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                ],
            },
        },
    },
    "reports": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "Offset and limit over a table",
                "description": "",
                "call": ("reports", "list"),
                "pages": None,
                "flags": [
                    {
                        "flag": "offset",
                        "param": "offset",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                    {
                        "flag": "limit",
                        "param": "limit",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                ],
            },
        },
    },
}
