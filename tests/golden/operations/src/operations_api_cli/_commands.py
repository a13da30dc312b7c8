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
    "files": {
        "help": "Operations on files.",
        "commands": {
            "list": {
                "summary": "List files",
                "description": "",
                "call": ("files", "list"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "tag",
                        "dest": "tag",
                        "kind": "query",
                        "type": "str",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "Repeated, ?tag=a&tag=b.",
                    },
                    {
                        "flag": "ids",
                        "dest": "ids",
                        "kind": "query",
                        "type": "int",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "Comma-separated, ?ids=1,2.",
                    },
                    {
                        "flag": "words",
                        "dest": "words",
                        "kind": "query",
                        "type": "str",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "flags",
                        "dest": "flags",
                        "kind": "query",
                        "type": "str",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "filter",
                        "dest": "filter",
                        "kind": "query",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "An object as filter[size][gt]=1.",
                    },
                    {
                        "flag": "x-trace",
                        "dest": "x_trace",
                        "kind": "header",
                        "type": "str",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "A list in a header, a,b.",
                    },
                    {
                        "flag": "region",
                        "dest": "region",
                        "kind": "cookie",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": ["eu", "us"],
                        "help": "",
                    },
                    {
                        "flag": "include-deleted",
                        "dest": "include_deleted",
                        "kind": "query",
                        "type": "bool",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Defaults to false.",
                    },
                ],
            },
            "create": {
                "summary": "Upload a file",
                "description": "A multipart body with a file, a list of files, a text field and an object.",
                "call": ("files", "create"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "file",
                        "dest": "file",
                        "kind": "file",
                        "type": "file",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "The file's bytes.",
                    },
                    {
                        "flag": "purpose",
                        "dest": "purpose",
                        "kind": "body_field",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": ["assistants", "batch"],
                        "help": "",
                    },
                    {
                        "flag": "attachments",
                        "dest": "attachments",
                        "kind": "file",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "meta",
                        "dest": "meta",
                        "kind": "body_field",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "delete-all": {
                "summary": "Delete every file",
                "description": "",
                "call": ("files", "delete_all"),
                "paginated": False,
                "flags": [],
            },
            "options": {
                "summary": "What the files endpoint allows",
                "description": "",
                "call": ("files", "options"),
                "paginated": False,
                "flags": [],
            },
            "head": {
                "summary": "Check the files exist",
                "description": "",
                "call": ("files", "head"),
                "paginated": False,
                "flags": [],
            },
            "search": {
                "summary": "Search files (a static segment after a collection is an action)",
                "description": "",
                "call": ("files", "search"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "query",
                        "dest": "query",
                        "kind": "body_field",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "kinds",
                        "dest": "kinds",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "metadata",
                        "dest": "metadata",
                        "kind": "body_field",
                        "type": "json",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "retrieve": {
                "summary": "Get a file",
                "description": "",
                "call": ("files", "retrieve"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "file-id",
                        "dest": "file_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "replace": {
                "summary": "Replace a file's bytes",
                "description": "",
                "call": ("files", "replace"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "file-id",
                        "dest": "file_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "body",
                        "dest": "body",
                        "kind": "body",
                        "type": "file",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "delete": {
                "summary": "Delete a file",
                "description": "",
                "call": ("files", "delete"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "file-id",
                        "dest": "file_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "update": {
                "summary": "Rename a file",
                "description": "",
                "call": ("files", "update"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "file-id",
                        "dest": "file_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "name",
                        "dest": "name",
                        "kind": "body_field",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "The new name.",
                    },
                    {
                        "flag": "description",
                        "dest": "description",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "object",
                        "dest": "object",
                        "kind": "body_field",
                        "type": "str",
                        "required": False,
                        "multiple": False,
                        "choices": ["file"],
                        "help": "A field named like a builtin the method body uses.",
                    },
                ],
            },
            "content": {
                "summary": "Download a file's bytes",
                "description": "",
                "call": ("files", "content"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "file-id",
                        "dest": "file_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "summary": {
                "summary": "A file's summary, as text",
                "description": "",
                "call": ("files", "summary"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "file-id",
                        "dest": "file_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "notes": {
                "summary": "Add a note (a text body)",
                "description": "",
                "call": ("files", "notes"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "file-id",
                        "dest": "file_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "body",
                        "dest": "body",
                        "kind": "body",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "labels": {
                "summary": "Set labels (a JSON body that is not an object)",
                "description": "",
                "call": ("files", "labels"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "file-id",
                        "dest": "file_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "body",
                        "dest": "body",
                        "kind": "body",
                        "type": "json",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "archive": {
                "summary": "Archive a file (a custom method)",
                "description": "",
                "call": ("files", "archive"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "file-id",
                        "dest": "file_id",
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
    "jobs": {
        "help": "Operations on jobs.",
        "commands": {
            "create": {
                "summary": "Start a job (multipart, the file optional)",
                "description": "",
                "call": ("jobs", "create"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "name",
                        "dest": "name",
                        "kind": "body_field",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "priority",
                        "dest": "priority",
                        "kind": "body_field",
                        "type": "int",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                    {
                        "flag": "input",
                        "dest": "input",
                        "kind": "file",
                        "type": "file",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "retrieve": {
                "summary": "Get a job",
                "description": "",
                "call": ("jobs", "retrieve"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "job-id",
                        "dest": "job_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "trace": {
                "summary": "Trace a job request",
                "description": "",
                "call": ("jobs", "trace"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "job-id",
                        "dest": "job_id",
                        "kind": "path",
                        "type": "str",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "",
                    },
                ],
            },
            "cancel": {
                "summary": "Cancel a job (a static segment after an item is an action)",
                "description": "",
                "call": ("jobs", "cancel"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "job-id",
                        "dest": "job_id",
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
    "batches": {
        "help": "Operations on batches.",
        "commands": {
            "retrieve": {
                "summary": "Get several batches at once",
                "description": "",
                "call": ("batches", "retrieve"),
                "paginated": False,
                "flags": [
                    {
                        "flag": "ids",
                        "dest": "ids",
                        "kind": "path",
                        "type": "int",
                        "required": True,
                        "multiple": True,
                        "choices": None,
                        "help": "A list in the path, 1,2,3.",
                    },
                ],
            },
        },
    },
}
