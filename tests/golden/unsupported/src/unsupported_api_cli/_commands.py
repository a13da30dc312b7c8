"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Group


GROUPS: dict[str, Group] = {
    "reports": {
        "methods": "retrieve, update",
        "commands": {
            "retrieve": {
                "summary": "A report",
                "description": "",
                "call": ("reports", "retrieve"),
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
                        "flag": "where",
                        "param": "where",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[JSON object]",
                    },
                    {
                        "flag": "path",
                        "param": "path",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                ],
            },
            "update": {
                "summary": "Replace a report (XML only)",
                "description": "",
                "call": ("reports", "update"),
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
