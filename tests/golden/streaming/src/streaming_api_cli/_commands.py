"""Every command of the CLI, one per API operation.

Plain data with no imports at run time, so that building the parser stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Group


GROUPS: dict[str, Group] = {
    "chat:completions": {
        "methods": "create",
        "commands": {
            "create": {
                "summary": "Create a chat completion",
                "description": "The completion whole, or its chunks as server-sent events when `stream` is true.",
                "call": ("chat", "completions", "create"),
                "pages": None,
                "flags": [
                    {
                        "flag": "model",
                        "param": "model",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "The model that answers. [string; required]",
                    },
                    {
                        "flag": "messages",
                        "param": "messages",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": True,
                        "choices": None,
                        "help": "[string; required; repeat the flag for several values]",
                    },
                    {
                        "flag": "stream",
                        "param": "stream",
                        "type": "bool",
                        "metavar": None,
                        "required": False,
                        "multiple": False,
                        "choices": None,
                        "help": "Send the answer as server-sent events, a chunk at a time. [default: false]",
                    },
                ],
            },
        },
    },
    "completions": {
        "methods": "create",
        "commands": {
            "create": {
                "summary": "Create a completion",
                "description": "A stream flag the request must give, and events of several kinds.",
                "call": ("completions", "create"),
                "pages": None,
                "flags": [
                    {
                        "flag": "prompt",
                        "param": "prompt",
                        "type": "str",
                        "metavar": "STRING",
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[string; required]",
                    },
                    {
                        "flag": "stream",
                        "param": "stream",
                        "type": "bool",
                        "metavar": None,
                        "required": True,
                        "multiple": False,
                        "choices": None,
                        "help": "[required]",
                    },
                ],
            },
        },
    },
    "jobs": {
        "methods": "events",
        "commands": {
            "events": {
                "summary": "Follow a job",
                "description": "The job's progress, as server-sent events; an answer that is always a stream.",
                "call": ("jobs", "events"),
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
    "logs": {
        "methods": "tail",
        "commands": {
            "tail": {
                "summary": "Tail the logs",
                "description": "Log lines as server-sent events, with no schema for their data.",
                "call": ("logs", "tail"),
                "pages": None,
                "flags": [
                    {
                        "flag": "level",
                        "param": "level",
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
    "ticks": {
        "methods": "stream",
        "commands": {
            "stream": {
                "summary": "Stream ticks",
                "description": "Each event described by OpenAPI 3.2's itemSchema, its data by contentSchema.",
                "call": ("ticks", "stream"),
                "pages": None,
                "flags": [],
            },
        },
    },
    "speech": {
        "methods": "create",
        "commands": {
            "create": {
                "summary": "Speak a text",
                "description": "Audio, or audio events; nothing in the request says which, so no stream is offered.",
                "call": ("speech", "create"),
                "pages": None,
                "flags": [
                    {
                        "flag": "input",
                        "param": "input",
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
