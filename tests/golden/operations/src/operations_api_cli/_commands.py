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
    "files": {
        "methods": "list, create, delete-all, options, head, search, retrieve, replace, delete, update, content, summary, notes, labels, archive",
        "commands": {
            "list": {
                "summary": "List files",
                "description": "",
                "call": ("files", "list"),
                "pages": None,
                "flags": [
                    {
                        "flag": "tag",
                        "param": "tag",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "Repeated, ?tag=a&tag=b. [string; repeat the flag for several values]",
                    },
                    {
                        "flag": "ids",
                        "param": "ids",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "Comma-separated, ?ids=1,2. [integer; repeat the flag for several values]",
                    },
                    {
                        "flag": "words",
                        "param": "words",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "[string; repeat the flag for several values]",
                    },
                    {
                        "flag": "flags",
                        "param": "flags",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "[string; repeat the flag for several values]",
                    },
                    {
                        "flag": "filter",
                        "param": "filter",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "An object as filter[size][gt]=1. [JSON object]",
                    },
                    {
                        "flag": "x-trace",
                        "param": "x_trace",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "A list in a header, a,b. [string; repeat the flag for several values]",
                    },
                    {
                        "flag": "region",
                        "param": "region",
                        "type": "str",
                        "metavar": None,
                        "required": False,
                        "multiple": False,
                        "choices": ["eu", "us"],
                        "help": "",
                    },
                    {
                        "flag": "include-deleted",
                        "param": "include_deleted",
                        "type": "bool",
                        "metavar": None,
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[default: false]",
                    },
                ],
            },
            "create": {
                "summary": "Upload a file",
                "description": "A multipart body with a file, a list of files, a text field and an object.",
                "call": ("files", "create"),
                "pages": None,
                "flags": [
                    {
                        "flag": "file",
                        "param": "file",
                        "type": "file",
                        "metavar": "PATH",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "The file's bytes. [path of a file to upload, - for stdin; required]",
                    },
                    {
                        "flag": "purpose",
                        "param": "purpose",
                        "type": "str",
                        "metavar": None,
                        "required": True,
                        "multiple": False,
                        "choices": ["assistants", "batch"],
                        "help": "[required]",
                    },
                    {
                        "flag": "attachments",
                        "param": "attachments",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[JSON array]",
                    },
                    {
                        "flag": "meta",
                        "param": "meta",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[JSON object]",
                    },
                ],
            },
            "delete-all": {
                "summary": "Delete every file",
                "description": "",
                "call": ("files", "delete_all"),
                "pages": None,
                "flags": [],
            },
            "options": {
                "summary": "What the files endpoint allows",
                "description": "",
                "call": ("files", "options"),
                "pages": None,
                "flags": [],
            },
            "head": {
                "summary": "Check the files exist",
                "description": "",
                "call": ("files", "head"),
                "pages": None,
                "flags": [],
            },
            "search": {
                "summary": "Search files (a static segment after a collection is an action)",
                "description": "",
                "call": ("files", "search"),
                "pages": None,
                "flags": [
                    {
                        "flag": "query",
                        "param": "query",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "kinds",
                        "param": "kinds",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": True,
                        "choices": None,
                        "help": "[string; repeat the flag for several values]",
                    },
                    {
                        "flag": "metadata",
                        "param": "metadata",
                        "type": "json",
                        "metavar": "JSON",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[JSON object]",
                    },
                ],
            },
            "retrieve": {
                "summary": "Get a file",
                "description": "",
                "call": ("files", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "file-id",
                        "param": "file_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                ],
            },
            "replace": {
                "summary": "Replace a file's bytes",
                "description": "",
                "call": ("files", "replace"),
                "pages": None,
                "flags": [
                    {
                        "flag": "file-id",
                        "param": "file_id",
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
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[path of a file to upload, - for stdin; required]",
                    },
                ],
            },
            "delete": {
                "summary": "Delete a file",
                "description": "",
                "call": ("files", "delete"),
                "pages": None,
                "flags": [
                    {
                        "flag": "file-id",
                        "param": "file_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                ],
            },
            "update": {
                "summary": "Rename a file",
                "description": "",
                "call": ("files", "update"),
                "pages": None,
                "flags": [
                    {
                        "flag": "file-id",
                        "param": "file_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "name",
                        "param": "name",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "The new name. [string; required]",
                    },
                    {
                        "flag": "description",
                        "param": "description",
                        "type": "str",
                        "metavar": "STRING",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[string]",
                    },
                    {
                        "flag": "object",
                        "param": "object",
                        "type": "str",
                        "metavar": None,
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
                "pages": None,
                "flags": [
                    {
                        "flag": "file-id",
                        "param": "file_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                ],
            },
            "summary": {
                "summary": "A file's summary, as text",
                "description": "",
                "call": ("files", "summary"),
                "pages": None,
                "flags": [
                    {
                        "flag": "file-id",
                        "param": "file_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                ],
            },
            "notes": {
                "summary": "Add a note (a text body)",
                "description": "",
                "call": ("files", "notes"),
                "pages": None,
                "flags": [
                    {
                        "flag": "file-id",
                        "param": "file_id",
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
                        "metavar": "TEXT",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[text; required]",
                    },
                ],
            },
            "labels": {
                "summary": "Set labels (a JSON body that is not an object)",
                "description": "",
                "call": ("files", "labels"),
                "pages": None,
                "flags": [
                    {
                        "flag": "file-id",
                        "param": "file_id",
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
                        "type": "json",
                        "metavar": "JSON",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[JSON array; required]",
                    },
                ],
            },
            "archive": {
                "summary": "Archive a file (a custom method)",
                "description": "",
                "call": ("files", "archive"),
                "pages": None,
                "flags": [
                    {
                        "flag": "file-id",
                        "param": "file_id",
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
    "jobs": {
        "methods": "create, retrieve, trace, cancel",
        "commands": {
            "create": {
                "summary": "Start a job (multipart, the file optional)",
                "description": "",
                "call": ("jobs", "create"),
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
                        "flag": "priority",
                        "param": "priority",
                        "type": "int",
                        "metavar": "INT",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[integer]",
                    },
                    {
                        "flag": "input",
                        "param": "input",
                        "type": "file",
                        "metavar": "PATH",
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "[path of a file to upload, - for stdin]",
                    },
                ],
            },
            "retrieve": {
                "summary": "Get a job",
                "description": "",
                "call": ("jobs", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "job-id",
                        "param": "job_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                ],
            },
            "trace": {
                "summary": "Trace a job request",
                "description": "",
                "call": ("jobs", "trace"),
                "pages": None,
                "flags": [
                    {
                        "flag": "job-id",
                        "param": "job_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                ],
            },
            "cancel": {
                "summary": "Cancel a job (a static segment after an item is an action)",
                "description": "",
                "call": ("jobs", "cancel"),
                "pages": None,
                "flags": [
                    {
                        "flag": "job-id",
                        "param": "job_id",
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
    "batches": {
        "methods": "retrieve",
        "commands": {
            "retrieve": {
                "summary": "Get several batches at once",
                "description": "",
                "call": ("batches", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "ids",
                        "param": "ids",
                        "type": "int",
                        "metavar": "INT",
                        "required": True,
                        "multiple": True,
                        "choices": None,
                        "help": "A list in the path, 1,2,3. [integer; required; repeat the flag for several values]",
                    },
                ],
            },
        },
    },
    "repos": {
        "methods": "retrieve, update",
        "commands": {
            "retrieve": {
                "summary": "Get a repository (3.0 nullable on required properties and on a referenced component)",
                "description": "",
                "call": ("repos", "retrieve"),
                "pages": None,
                "flags": [
                    {
                        "flag": "repo-id",
                        "param": "repo_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                ],
            },
            "update": {
                "summary": "Replace a repository's settings",
                "description": "",
                "call": ("repos", "update"),
                "pages": None,
                "flags": [
                    {
                        "flag": "repo-id",
                        "param": "repo_id",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "language",
                        "param": "language",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "license",
                        "param": "license",
                        "type": "json",
                        "metavar": "JSON",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "A license; null when the repository has none. [JSON object; required]",
                    },
                ],
            },
        },
    },
}
