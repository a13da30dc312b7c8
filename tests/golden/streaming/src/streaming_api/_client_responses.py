"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncStreamingAPI, StreamingAPI
    from .resources.chat import (
        AsyncChatResourceWithRawResponse,
        AsyncChatResourceWithStreamingResponse,
        ChatResourceWithRawResponse,
        ChatResourceWithStreamingResponse,
    )
    from .resources.completions import (
        AsyncCompletionsResourceWithRawResponse,
        AsyncCompletionsResourceWithStreamingResponse,
        CompletionsResourceWithRawResponse,
        CompletionsResourceWithStreamingResponse,
    )
    from .resources.jobs import (
        AsyncJobsResourceWithRawResponse,
        AsyncJobsResourceWithStreamingResponse,
        JobsResourceWithRawResponse,
        JobsResourceWithStreamingResponse,
    )
    from .resources.logs import (
        AsyncLogsResourceWithRawResponse,
        AsyncLogsResourceWithStreamingResponse,
        LogsResourceWithRawResponse,
        LogsResourceWithStreamingResponse,
    )
    from .resources.speech import (
        AsyncSpeechResourceWithRawResponse,
        AsyncSpeechResourceWithStreamingResponse,
        SpeechResourceWithRawResponse,
        SpeechResourceWithStreamingResponse,
    )
    from .resources.ticks import (
        AsyncTicksResourceWithRawResponse,
        AsyncTicksResourceWithStreamingResponse,
        TicksResourceWithRawResponse,
        TicksResourceWithStreamingResponse,
    )

__all__ = [
    "StreamingAPIWithRawResponse",
    "AsyncStreamingAPIWithRawResponse",
    "StreamingAPIWithStreamingResponse",
    "AsyncStreamingAPIWithStreamingResponse",
]


class StreamingAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: StreamingAPI) -> None:
        self._client = client

    @cached_property
    def chat(self) -> ChatResourceWithRawResponse:
        return self._client.chat.with_raw_response

    @cached_property
    def completions(self) -> CompletionsResourceWithRawResponse:
        return self._client.completions.with_raw_response

    @cached_property
    def jobs(self) -> JobsResourceWithRawResponse:
        return self._client.jobs.with_raw_response

    @cached_property
    def logs(self) -> LogsResourceWithRawResponse:
        return self._client.logs.with_raw_response

    @cached_property
    def ticks(self) -> TicksResourceWithRawResponse:
        return self._client.ticks.with_raw_response

    @cached_property
    def speech(self) -> SpeechResourceWithRawResponse:
        return self._client.speech.with_raw_response


class StreamingAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: StreamingAPI) -> None:
        self._client = client

    @cached_property
    def chat(self) -> ChatResourceWithStreamingResponse:
        return self._client.chat.with_streaming_response

    @cached_property
    def completions(self) -> CompletionsResourceWithStreamingResponse:
        return self._client.completions.with_streaming_response

    @cached_property
    def jobs(self) -> JobsResourceWithStreamingResponse:
        return self._client.jobs.with_streaming_response

    @cached_property
    def logs(self) -> LogsResourceWithStreamingResponse:
        return self._client.logs.with_streaming_response

    @cached_property
    def ticks(self) -> TicksResourceWithStreamingResponse:
        return self._client.ticks.with_streaming_response

    @cached_property
    def speech(self) -> SpeechResourceWithStreamingResponse:
        return self._client.speech.with_streaming_response


class AsyncStreamingAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncStreamingAPI) -> None:
        self._client = client

    @cached_property
    def chat(self) -> AsyncChatResourceWithRawResponse:
        return self._client.chat.with_raw_response

    @cached_property
    def completions(self) -> AsyncCompletionsResourceWithRawResponse:
        return self._client.completions.with_raw_response

    @cached_property
    def jobs(self) -> AsyncJobsResourceWithRawResponse:
        return self._client.jobs.with_raw_response

    @cached_property
    def logs(self) -> AsyncLogsResourceWithRawResponse:
        return self._client.logs.with_raw_response

    @cached_property
    def ticks(self) -> AsyncTicksResourceWithRawResponse:
        return self._client.ticks.with_raw_response

    @cached_property
    def speech(self) -> AsyncSpeechResourceWithRawResponse:
        return self._client.speech.with_raw_response


class AsyncStreamingAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncStreamingAPI) -> None:
        self._client = client

    @cached_property
    def chat(self) -> AsyncChatResourceWithStreamingResponse:
        return self._client.chat.with_streaming_response

    @cached_property
    def completions(self) -> AsyncCompletionsResourceWithStreamingResponse:
        return self._client.completions.with_streaming_response

    @cached_property
    def jobs(self) -> AsyncJobsResourceWithStreamingResponse:
        return self._client.jobs.with_streaming_response

    @cached_property
    def logs(self) -> AsyncLogsResourceWithStreamingResponse:
        return self._client.logs.with_streaming_response

    @cached_property
    def ticks(self) -> AsyncTicksResourceWithStreamingResponse:
        return self._client.ticks.with_streaming_response

    @cached_property
    def speech(self) -> AsyncSpeechResourceWithStreamingResponse:
        return self._client.speech.with_streaming_response
