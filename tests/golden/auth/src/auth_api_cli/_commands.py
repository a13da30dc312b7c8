"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Group


GROUPS: dict[str, Group] = {
    "widgets": {
        "methods": "list, create, retrieve",
        "commands": {
            "list": {
                "summary": "List widgets (the spec's own requirement, a bearer token)",
                "description": "",
                "call": ("widgets", "list"),
                "pages": None,
                "flags": [],
            },
            "create": {
                "summary": "Create a widget (an API key in a header and one in the query, together)",
                "description": "",
                "call": ("widgets", "create"),
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
                        "flag": "username",
                        "param": "username",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Who the widget is for (a parameter named like a credential of its own). [string]",
                    },
                ],
            },
            "retrieve": {
                "summary": "Get a widget (an API key in a header, or HTTP Basic)",
                "description": "",
                "call": ("widgets", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "widget-id",
                        "param": "widget_id",
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
    "health": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "Health (no authentication)",
                "description": "",
                "call": ("health", "retrieve"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "feed": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "The feed (authentication optional, a session cookie)",
                "description": "",
                "call": ("feed", "retrieve"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "reports": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "Reports (an OAuth 2 token)",
                "description": "",
                "call": ("reports", "retrieve"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "legacy": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "Legacy (HTTP Digest, which the SDK leaves to the http_client)",
                "description": "",
                "call": ("legacy", "retrieve"),
                "pages": None,
                "flags": [],
            },
        },
    },
}
