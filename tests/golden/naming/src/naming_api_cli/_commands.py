"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal, TypedDict

    class Flag(TypedDict):
        flag: str
        dest: str
        kind: Literal["path", "query", "header", "cookie", "body_field", "body", "file"]
        type: Literal["str", "int", "float", "bool", "json", "file"]
        required: bool
        multiple: bool
        choices: list[str] | None
        help: str

    class Command(TypedDict):
        summary: str
        description: str
        call: tuple[str, ...]
        paginated: bool
        flags: list[Flag]

    class Group(TypedDict):
        help: str
        commands: dict[str, Command]


GROUPS: dict[str, Group] = {
    "records": {
        "help": "Operations on records.",
        "commands": {
            "list": {
                "summary": "List records",
                "description": "",
                "call": ("records", "list"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "class",
                        "dest": "class_",
                        "kind": "query",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "A keyword.",
                    },
                    {
                        "flag": "page-size",
                        "dest": "page_size",
                        "kind": "query",
                        "type": "int",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "x-request-id",
                        "dest": "x_request_id",
                        "kind": "header",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "self",
                        "dest": "self_",
                        "kind": "query",
                        "type": "bool",
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
                "paginated": False,
                "flags": [
                    {
                        "flag": "type",
                        "dest": "type",
                        "kind": "body_field",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "A JSON-LD type.",
                    },
                    {
                        "flag": "x-id",
                        "dest": "x_id",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "field-1st",
                        "dest": "field_1st",
                        "kind": "body_field",
                        "type": "int",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Starts with a digit.",
                    },
                    {
                        "flag": "class",
                        "dest": "class_",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "foo-bar",
                        "dest": "foo_bar",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "foo-bar-1",
                        "dest": "foo_bar_1",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "self",
                        "dest": "self_",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "display-name",
                        "dest": "display_name",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "note",
                        "dest": "note",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "3.0 nullable.",
                    },
                    {
                        "flag": "status",
                        "dest": "status",
                        "kind": "body_field",
                        "type": "str",
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
                "paginated": False,
                "flags": [
                    {
                        "flag": "record-id",
                        "dest": "record_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "run-retrieval": {
                "summary": "Run a retrieval over a record (an action named like a CRUD method)",
                "description": "",
                "call": ("records", "run_retrieval"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "record-id",
                        "dest": "record_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "sync-cancel": {
                "summary": "Cancel a sync (action segments join)",
                "description": "",
                "call": ("records", "sync_cancel"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "record-id",
                        "dest": "record_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
        },
    },
    "v2:records": {
        "help": "Operations on v2.records.",
        "commands": {
            "retrieve": {
                "summary": "Get a record, version 2 (a second version is a namespace)",
                "description": "",
                "call": ("v2", "records", "retrieve"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "record-id",
                        "dest": "record_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
        },
    },
    "records-resource": {
        "help": "Operations on records_resource.",
        "commands": {
            "list": {
                "summary": "A resource whose class would be called like a schema",
                "description": "",
                "call": ("records_resource", "list"),
                "paginated": False,
                "flags": [],
            },
        },
    },
}
