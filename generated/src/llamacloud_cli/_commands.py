"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Group


GROUPS: dict[str, Group] = {
    "classifier:jobs": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "List Classify Jobs",
                "description": "List classify jobs.\nExperimental: This endpoint is not yet ready for production use and is subject to change at any time.",
                "call": ("classifier", "jobs", "list"),
                "pages": {
                    "items": "items",
                    "next": "next_page_token",
                    "cursor_flag": "page-token",
                },
                "flags": [
                    {
                        "flag": "project-id",
                        "param": "project_id",
                        "type": "str",
                        "metavar": "UUID",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string, format uuid]",
                    },
                    {
                        "flag": "organization-id",
                        "param": "organization_id",
                        "type": "str",
                        "metavar": "UUID",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string, format uuid]",
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
        },
    },
}
