"""Operations on completions."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

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
    from streaming_api.types.schemas import Completion, CompletionDelta, CompletionDone

__all__ = [
    "CompletionsResource",
    "AsyncCompletionsResource",
    "CompletionsResourceWithRawResponse",
    "AsyncCompletionsResourceWithRawResponse",
    "CompletionsResourceWithStreamingResponse",
    "AsyncCompletionsResourceWithStreamingResponse",
]


class CompletionsResource(SyncAPIResource):
    """Operations on completions."""

    @cached_property
    def with_raw_response(self) -> CompletionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return CompletionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CompletionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return CompletionsResourceWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        prompt: str,
        stream: Literal[False],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion: ...

    @overload
    def create(
        self,
        *,
        prompt: str,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[CompletionDelta | CompletionDone]: ...

    @overload
    def create(
        self,
        *,
        prompt: str,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion | Stream[CompletionDelta | CompletionDone]: ...

    def create(
        self,
        *,
        prompt: str,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion | Stream[CompletionDelta | CompletionDone]:
        """Create a completion

        A stream flag the request must give, and events of several kinds.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from streaming_api.types.schemas import Completion, CompletionDelta, CompletionDone

        return self._client._request_or_stream(
            RequestOptions(
                method="post",
                path="/completions",
                json_body={
                    "prompt": prompt,
                    "stream": stream,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Completion,
            stream=stream is True,
            events=cast("type[CompletionDelta | CompletionDone]", CompletionDelta | CompletionDone),
        )


class CompletionsResourceWithRawResponse:
    def __init__(self, resource: CompletionsResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class CompletionsResourceWithStreamingResponse:
    def __init__(self, resource: CompletionsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncCompletionsResource(AsyncAPIResource):
    """Operations on completions."""

    @cached_property
    def with_raw_response(self) -> AsyncCompletionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncCompletionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCompletionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncCompletionsResourceWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        prompt: str,
        stream: Literal[False],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion: ...

    @overload
    async def create(
        self,
        *,
        prompt: str,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[CompletionDelta | CompletionDone]: ...

    @overload
    async def create(
        self,
        *,
        prompt: str,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion | AsyncStream[CompletionDelta | CompletionDone]: ...

    async def create(
        self,
        *,
        prompt: str,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Completion | AsyncStream[CompletionDelta | CompletionDone]:
        """Create a completion

        A stream flag the request must give, and events of several kinds.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from streaming_api.types.schemas import Completion, CompletionDelta, CompletionDone

        return await self._client._request_or_stream(
            RequestOptions(
                method="post",
                path="/completions",
                json_body={
                    "prompt": prompt,
                    "stream": stream,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Completion,
            stream=stream is True,
            events=cast("type[CompletionDelta | CompletionDone]", CompletionDelta | CompletionDone),
        )


class AsyncCompletionsResourceWithRawResponse:
    def __init__(self, resource: AsyncCompletionsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncCompletionsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncCompletionsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
