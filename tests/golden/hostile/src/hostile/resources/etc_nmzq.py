"""Operations on etc_nmzq."""

from __future__ import annotations

from functools import cached_property

from hostile._base_client import RequestOptions
from hostile._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from hostile._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

__all__ = [
    "EtcNmzqResource",
    "AsyncEtcNmzqResource",
    "EtcNmzqResourceWithRawResponse",
    "AsyncEtcNmzqResourceWithRawResponse",
    "EtcNmzqResourceWithStreamingResponse",
    "AsyncEtcNmzqResourceWithStreamingResponse",
]


class EtcNmzqResource(SyncAPIResource):
    """Operations on etc_nmzq."""

    @cached_property
    def with_raw_response(self) -> EtcNmzqResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return EtcNmzqResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EtcNmzqResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return EtcNmzqResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """zqxj an operation named by its tag, a relative path

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="get",
                path="/",
                headers={
                    "Accept": "text/plain",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=str,
        )


class EtcNmzqResourceWithRawResponse:
    def __init__(self, resource: EtcNmzqResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class EtcNmzqResourceWithStreamingResponse:
    def __init__(self, resource: EtcNmzqResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncEtcNmzqResource(AsyncAPIResource):
    """Operations on etc_nmzq."""

    @cached_property
    def with_raw_response(self) -> AsyncEtcNmzqResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncEtcNmzqResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEtcNmzqResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncEtcNmzqResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """zqxj an operation named by its tag, a relative path

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="get",
                path="/",
                headers={
                    "Accept": "text/plain",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=str,
        )


class AsyncEtcNmzqResourceWithRawResponse:
    def __init__(self, resource: AsyncEtcNmzqResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncEtcNmzqResourceWithStreamingResponse:
    def __init__(self, resource: AsyncEtcNmzqResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
