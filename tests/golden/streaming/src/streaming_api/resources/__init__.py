"""The API's resources, each reachable as an attribute of the client and imported on first use.

Type checkers read the names from ``__init__.pyi``.
"""

from __future__ import annotations

import importlib
from typing import Any

# Each resource class, and the module that defines it.
_MODULES: dict[str, str] = {
    "ChatResource": "chat",
    "AsyncChatResource": "chat",
    "ChatResourceWithRawResponse": "chat",
    "AsyncChatResourceWithRawResponse": "chat",
    "ChatResourceWithStreamingResponse": "chat",
    "AsyncChatResourceWithStreamingResponse": "chat",
    "CompletionsResource": "completions",
    "AsyncCompletionsResource": "completions",
    "CompletionsResourceWithRawResponse": "completions",
    "AsyncCompletionsResourceWithRawResponse": "completions",
    "CompletionsResourceWithStreamingResponse": "completions",
    "AsyncCompletionsResourceWithStreamingResponse": "completions",
    "JobsResource": "jobs",
    "AsyncJobsResource": "jobs",
    "JobsResourceWithRawResponse": "jobs",
    "AsyncJobsResourceWithRawResponse": "jobs",
    "JobsResourceWithStreamingResponse": "jobs",
    "AsyncJobsResourceWithStreamingResponse": "jobs",
    "LogsResource": "logs",
    "AsyncLogsResource": "logs",
    "LogsResourceWithRawResponse": "logs",
    "AsyncLogsResourceWithRawResponse": "logs",
    "LogsResourceWithStreamingResponse": "logs",
    "AsyncLogsResourceWithStreamingResponse": "logs",
    "TicksResource": "ticks",
    "AsyncTicksResource": "ticks",
    "TicksResourceWithRawResponse": "ticks",
    "AsyncTicksResourceWithRawResponse": "ticks",
    "TicksResourceWithStreamingResponse": "ticks",
    "AsyncTicksResourceWithStreamingResponse": "ticks",
    "SpeechResource": "speech",
    "AsyncSpeechResource": "speech",
    "SpeechResourceWithRawResponse": "speech",
    "AsyncSpeechResourceWithRawResponse": "speech",
    "SpeechResourceWithStreamingResponse": "speech",
    "AsyncSpeechResourceWithStreamingResponse": "speech",
}


def __getattr__(name: str) -> Any:
    if name == "__all__":
        return list(_MODULES)
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
