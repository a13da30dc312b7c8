# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .chat import AsyncChatResource as AsyncChatResource
from .chat import AsyncChatResourceWithRawResponse as AsyncChatResourceWithRawResponse
from .chat import AsyncChatResourceWithStreamingResponse as AsyncChatResourceWithStreamingResponse
from .chat import ChatResource as ChatResource
from .chat import ChatResourceWithRawResponse as ChatResourceWithRawResponse
from .chat import ChatResourceWithStreamingResponse as ChatResourceWithStreamingResponse
from .completions import AsyncCompletionsResource as AsyncCompletionsResource
from .completions import (
    AsyncCompletionsResourceWithRawResponse as AsyncCompletionsResourceWithRawResponse,
)
from .completions import (
    AsyncCompletionsResourceWithStreamingResponse as AsyncCompletionsResourceWithStreamingResponse,
)
from .completions import CompletionsResource as CompletionsResource
from .completions import CompletionsResourceWithRawResponse as CompletionsResourceWithRawResponse
from .completions import (
    CompletionsResourceWithStreamingResponse as CompletionsResourceWithStreamingResponse,
)
from .jobs import AsyncJobsResource as AsyncJobsResource
from .jobs import AsyncJobsResourceWithRawResponse as AsyncJobsResourceWithRawResponse
from .jobs import AsyncJobsResourceWithStreamingResponse as AsyncJobsResourceWithStreamingResponse
from .jobs import JobsResource as JobsResource
from .jobs import JobsResourceWithRawResponse as JobsResourceWithRawResponse
from .jobs import JobsResourceWithStreamingResponse as JobsResourceWithStreamingResponse
from .logs import AsyncLogsResource as AsyncLogsResource
from .logs import AsyncLogsResourceWithRawResponse as AsyncLogsResourceWithRawResponse
from .logs import AsyncLogsResourceWithStreamingResponse as AsyncLogsResourceWithStreamingResponse
from .logs import LogsResource as LogsResource
from .logs import LogsResourceWithRawResponse as LogsResourceWithRawResponse
from .logs import LogsResourceWithStreamingResponse as LogsResourceWithStreamingResponse
from .speech import AsyncSpeechResource as AsyncSpeechResource
from .speech import AsyncSpeechResourceWithRawResponse as AsyncSpeechResourceWithRawResponse
from .speech import (
    AsyncSpeechResourceWithStreamingResponse as AsyncSpeechResourceWithStreamingResponse,
)
from .speech import SpeechResource as SpeechResource
from .speech import SpeechResourceWithRawResponse as SpeechResourceWithRawResponse
from .speech import SpeechResourceWithStreamingResponse as SpeechResourceWithStreamingResponse
from .ticks import AsyncTicksResource as AsyncTicksResource
from .ticks import AsyncTicksResourceWithRawResponse as AsyncTicksResourceWithRawResponse
from .ticks import (
    AsyncTicksResourceWithStreamingResponse as AsyncTicksResourceWithStreamingResponse,
)
from .ticks import TicksResource as TicksResource
from .ticks import TicksResourceWithRawResponse as TicksResourceWithRawResponse
from .ticks import TicksResourceWithStreamingResponse as TicksResourceWithStreamingResponse

__all__ = [
    "ChatResource",
    "AsyncChatResource",
    "ChatResourceWithRawResponse",
    "AsyncChatResourceWithRawResponse",
    "ChatResourceWithStreamingResponse",
    "AsyncChatResourceWithStreamingResponse",
    "CompletionsResource",
    "AsyncCompletionsResource",
    "CompletionsResourceWithRawResponse",
    "AsyncCompletionsResourceWithRawResponse",
    "CompletionsResourceWithStreamingResponse",
    "AsyncCompletionsResourceWithStreamingResponse",
    "JobsResource",
    "AsyncJobsResource",
    "JobsResourceWithRawResponse",
    "AsyncJobsResourceWithRawResponse",
    "JobsResourceWithStreamingResponse",
    "AsyncJobsResourceWithStreamingResponse",
    "LogsResource",
    "AsyncLogsResource",
    "LogsResourceWithRawResponse",
    "AsyncLogsResourceWithRawResponse",
    "LogsResourceWithStreamingResponse",
    "AsyncLogsResourceWithStreamingResponse",
    "TicksResource",
    "AsyncTicksResource",
    "TicksResourceWithRawResponse",
    "AsyncTicksResourceWithRawResponse",
    "TicksResourceWithStreamingResponse",
    "AsyncTicksResourceWithStreamingResponse",
    "SpeechResource",
    "AsyncSpeechResource",
    "SpeechResourceWithRawResponse",
    "AsyncSpeechResourceWithRawResponse",
    "SpeechResourceWithStreamingResponse",
    "AsyncSpeechResourceWithStreamingResponse",
]
