"""Operations on chat.completions."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

from streaming_api._base_client import RequestOptions
from streaming_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from streaming_api._streaming import AsyncStream, Stream
from streaming_api._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from streaming_api.types.schemas import ChatCompletion, ChatCompletionChunk

__all__ = [
    "ChatCompletionsResource",
    "AsyncChatCompletionsResource",
    "ChatCompletionsResourceWithRawResponse",
    "AsyncChatCompletionsResourceWithRawResponse",
    "ChatCompletionsResourceWithStreamingResponse",
    "AsyncChatCompletionsResourceWithStreamingResponse",
]


class ChatCompletionsResource(SyncAPIResource):
    """Operations on chat.completions."""

    @cached_property
    def with_raw_response(self) -> ChatCompletionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return ChatCompletionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatCompletionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return ChatCompletionsResourceWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[str],
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[str],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[str],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    def create(
        self,
        *,
        model: str,
        messages: Sequence[str],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Create a chat completion

        The completion whole, or its chunks as server-sent events when `stream` is true.

        Args:
          model: The model that answers.

          stream: Send the answer as server-sent events, a chunk at a time. Defaults to false.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from streaming_api.types.schemas import ChatCompletion, ChatCompletionChunk

        return self._client._request_or_stream(
            RequestOptions(
                method="post",
                path="/chat/completions",
                json_body={
                    "model": model,
                    "messages": messages,
                    "stream": stream,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ChatCompletion,
            stream=stream is True,
            events=ChatCompletionChunk,
        )


class ChatCompletionsResourceWithRawResponse:
    def __init__(self, resource: ChatCompletionsResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class ChatCompletionsResourceWithStreamingResponse:
    def __init__(self, resource: ChatCompletionsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncChatCompletionsResource(AsyncAPIResource):
    """Operations on chat.completions."""

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncChatCompletionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatCompletionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncChatCompletionsResourceWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[str],
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[str],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[str],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...

    async def create(
        self,
        *,
        model: str,
        messages: Sequence[str],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """Create a chat completion

        The completion whole, or its chunks as server-sent events when `stream` is true.

        Args:
          model: The model that answers.

          stream: Send the answer as server-sent events, a chunk at a time. Defaults to false.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from streaming_api.types.schemas import ChatCompletion, ChatCompletionChunk

        return await self._client._request_or_stream(
            RequestOptions(
                method="post",
                path="/chat/completions",
                json_body={
                    "model": model,
                    "messages": messages,
                    "stream": stream,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ChatCompletion,
            stream=stream is True,
            events=ChatCompletionChunk,
        )


class AsyncChatCompletionsResourceWithRawResponse:
    def __init__(self, resource: AsyncChatCompletionsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncChatCompletionsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncChatCompletionsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
