"""Operations on chat."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from streaming_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from streaming_api.resources.chat.completions import (
        AsyncChatCompletionsResource,
        AsyncChatCompletionsResourceWithRawResponse,
        AsyncChatCompletionsResourceWithStreamingResponse,
        ChatCompletionsResource,
        ChatCompletionsResourceWithRawResponse,
        ChatCompletionsResourceWithStreamingResponse,
    )

__all__ = [
    "ChatResource",
    "AsyncChatResource",
    "ChatResourceWithRawResponse",
    "AsyncChatResourceWithRawResponse",
    "ChatResourceWithStreamingResponse",
    "AsyncChatResourceWithStreamingResponse",
]


class ChatResource(SyncAPIResource):
    """Operations on chat."""

    @cached_property
    def completions(self) -> ChatCompletionsResource:
        from streaming_api.resources.chat.completions import ChatCompletionsResource

        return ChatCompletionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> ChatResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return ChatResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return ChatResourceWithStreamingResponse(self)


class ChatResourceWithRawResponse:
    def __init__(self, resource: ChatResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsResourceWithRawResponse:
        from streaming_api.resources.chat.completions import ChatCompletionsResourceWithRawResponse

        return ChatCompletionsResourceWithRawResponse(self._resource.completions)


class ChatResourceWithStreamingResponse:
    def __init__(self, resource: ChatResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsResourceWithStreamingResponse:
        from streaming_api.resources.chat.completions import (
            ChatCompletionsResourceWithStreamingResponse,
        )

        return ChatCompletionsResourceWithStreamingResponse(self._resource.completions)


class AsyncChatResource(AsyncAPIResource):
    """Operations on chat."""

    @cached_property
    def completions(self) -> AsyncChatCompletionsResource:
        from streaming_api.resources.chat.completions import AsyncChatCompletionsResource

        return AsyncChatCompletionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncChatResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncChatResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncChatResourceWithStreamingResponse(self)


class AsyncChatResourceWithRawResponse:
    def __init__(self, resource: AsyncChatResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsResourceWithRawResponse:
        from streaming_api.resources.chat.completions import (
            AsyncChatCompletionsResourceWithRawResponse,
        )

        return AsyncChatCompletionsResourceWithRawResponse(self._resource.completions)


class AsyncChatResourceWithStreamingResponse:
    def __init__(self, resource: AsyncChatResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsResourceWithStreamingResponse:
        from streaming_api.resources.chat.completions import (
            AsyncChatCompletionsResourceWithStreamingResponse,
        )

        return AsyncChatCompletionsResourceWithStreamingResponse(self._resource.completions)
