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
    "records": {
        "methods": "list, create, get-record, run-retrieval, sync-cancel",
        "commands": {
            "list": {
                "summary": "List records",
                "description": "",
                "call": ("records", "list"),
                "pages": None,
                "flags": [
                    {
                        "flag": "class",
                        "param": "class_",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "A keyword. [string]",
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
                        "flag": "x-request-id",
                        "param": "x_request_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "self",
                        "param": "self_",
                        "type": "bool",
                        "metavar": None,
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "create": {
                "summary": "Create a record",
                "description": "",
                "call": ("records", "create"),
                "pages": None,
                "flags": [
                    {
                        "flag": "type",
                        "param": "type",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "A JSON-LD type. [string; required]",
                    },
                    {
                        "flag": "x-id",
                        "param": "x_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "field-1st",
                        "param": "field_1st",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Starts with a digit. [integer]",
                    },
                    {
                        "flag": "class",
                        "param": "class_",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "foo-bar",
                        "param": "foo_bar",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "foo-bar-1",
                        "param": "foo_bar_1",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "self",
                        "param": "self_",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "display-name",
                        "param": "display_name",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "note",
                        "param": "note",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "3.0 nullable. [string]",
                    },
                    {
                        "flag": "status",
                        "param": "status",
                        "type": "str",
                        "metavar": None,
                        "required": False,
                        "multiple": False,
                        "choices": ["open", "closed"],
                        "help": "",
                    },
                ],
            },
            "get-record": {
                "summary": "Get a record",
                "description": "",
                "call": ("records", "get_record"),
                "pages": None,
                "flags": [
                    {
                        "flag": "record-id",
                        "param": "record_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                ],
            },
            "run-retrieval": {
                "summary": "Run a retrieval over a record (an action named like a CRUD method)",
                "description": "",
                "call": ("records", "run_retrieval"),
                "pages": None,
                "flags": [
                    {
                        "flag": "record-id",
                        "param": "record_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                ],
            },
            "sync-cancel": {
                "summary": "Cancel a sync (action segments join)",
                "description": "",
                "call": ("records", "sync_cancel"),
                "pages": None,
                "flags": [
                    {
                        "flag": "record-id",
                        "param": "record_id",
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
    "v2:records": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "Get a record, version 2 (a second version is a namespace)",
                "description": "",
                "call": ("v2", "records", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "record-id",
                        "param": "record_id",
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
    "records-resource": {
        "methods": "list",
        "commands": {
            "list": {
                "summary": "A resource whose class would be called like a schema",
                "description": "",
                "call": ("records_resource", "list"),
                "pages": None,
                "flags": [],
            },
        },
    },
}
