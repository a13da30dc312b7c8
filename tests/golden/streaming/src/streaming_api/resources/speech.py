"""Operations on speech."""

from __future__ import annotations

from functools import cached_property

from streaming_api._base_client import RequestOptions
from streaming_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from streaming_api._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = [
    "SpeechResource",
    "AsyncSpeechResource",
    "SpeechResourceWithRawResponse",
    "AsyncSpeechResourceWithRawResponse",
    "SpeechResourceWithStreamingResponse",
    "AsyncSpeechResourceWithStreamingResponse",
]


class SpeechResource(SyncAPIResource):
    """Operations on speech."""

    @cached_property
    def with_raw_response(self) -> SpeechResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return SpeechResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SpeechResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return SpeechResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        input: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Speak a text

        Audio, or audio events; nothing in the request says which, so no stream is offered.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="post",
                path="/speech",
                headers={
                    "Accept": "audio/mpeg",
                },
                json_body={
                    "input": input,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=bytes,
        )


class SpeechResourceWithRawResponse:
    def __init__(self, resource: SpeechResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class SpeechResourceWithStreamingResponse:
    def __init__(self, resource: SpeechResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncSpeechResource(AsyncAPIResource):
    """Operations on speech."""

    @cached_property
    def with_raw_response(self) -> AsyncSpeechResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncSpeechResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSpeechResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncSpeechResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        input: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Speak a text

        Audio, or audio events; nothing in the request says which, so no stream is offered.

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="post",
                path="/speech",
                headers={
                    "Accept": "audio/mpeg",
                },
                json_body={
                    "input": input,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=bytes,
        )


class AsyncSpeechResourceWithRawResponse:
    def __init__(self, resource: AsyncSpeechResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncSpeechResourceWithStreamingResponse:
    def __init__(self, resource: AsyncSpeechResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from streaming_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
