# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import ChatCompletion as ChatCompletion
from .schemas import ChatCompletionChunk as ChatCompletionChunk
from .schemas import ChatCompletionsPostRequest as ChatCompletionsPostRequest
from .schemas import Completion as Completion
from .schemas import CompletionDelta as CompletionDelta
from .schemas import CompletionDone as CompletionDone
from .schemas import CompletionEvent as CompletionEvent
from .schemas import CompletionsPostRequest as CompletionsPostRequest
from .schemas import JobFinished as JobFinished
from .schemas import JobProgress as JobProgress
from .schemas import JobsJobIdEventsGetResponse as JobsJobIdEventsGetResponse
from .schemas import SpeechPostRequest as SpeechPostRequest
from .schemas import Tick as Tick

__all__ = [
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatCompletionsPostRequest",
    "Completion",
    "CompletionDelta",
    "CompletionDone",
    "CompletionEvent",
    "CompletionsPostRequest",
    "JobFinished",
    "JobProgress",
    "JobsJobIdEventsGetResponse",
    "SpeechPostRequest",
    "Tick",
]
