"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Group


GROUPS: dict[str, Group] = {
    "files": {
        "methods": "list, retrieve",
        "commands": {
            "list": {
                "summary": "List files",
                "description": "",
                "call": ("files", "list"),
                "pages": None,
                "flags": [],
            },
            "retrieve": {
                "summary": "Get a file",
                "description": "",
                "call": ("files", "retrieve"),
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
    "files:files": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "Get a file of the files (a child named like its parent)",
                "description": "",
                "call": ("files", "files", "retrieve"),
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
    "a": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "List a",
                "description": "",
                "call": ("a", "retrieve"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "a:b": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "List a.b",
                "description": "",
                "call": ("a", "b", "retrieve"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "a:a": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "List a.a (a child named like its parent, with a child of its own)",
                "description": "",
                "call": ("a", "a", "retrieve"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "a:a:b": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "List a.a.b",
                "description": "",
                "call": ("a", "a", "b", "retrieve"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "a-b": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "List a_b (named like a.b once the dot is an underscore)",
                "description": "",
                "call": ("a_b", "retrieve"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "things": {
        "methods": "list, create",
        "commands": {
            "list": {
                "summary": "List things, a page with a property named like a model method",
                "description": "",
                "call": ("things", "list"),
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
                ],
            },
            "create": {
                "summary": "Create a thing",
                "description": "",
                "call": ("things", "create"),
                "pages": None,
                "flags": [
                    {
                        "flag": "id",
                        "param": "id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "to-dict",
                        "param": "to_dict",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Named like BaseModel.to_dict. [string]",
                    },
                    {
                        "flag": "to-json",
                        "param": "to_json",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "model-dump",
                        "param": "model_dump",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "model-config",
                        "param": "model_config",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "copy",
                        "param": "copy",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "json",
                        "param": "json",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "schema",
                        "param": "schema",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "inner",
                        "param": "inner",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[JSON object]",
                    },
                ],
            },
        },
    },
}
