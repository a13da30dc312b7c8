"""Operations on abs_nmzq2."""

from __future__ import annotations

from functools import cached_property
from types import NoneType

from hostile._base_client import RequestOptions
from hostile._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from hostile._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

__all__ = [
    "AbsNmzq2Resource",
    "AsyncAbsNmzq2Resource",
    "AbsNmzq2ResourceWithRawResponse",
    "AsyncAbsNmzq2ResourceWithRawResponse",
    "AbsNmzq2ResourceWithStreamingResponse",
    "AsyncAbsNmzq2ResourceWithStreamingResponse",
]


class AbsNmzq2Resource(SyncAPIResource):
    """Operations on abs_nmzq2."""

    @cached_property
    def with_raw_response(self) -> AbsNmzq2ResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AbsNmzq2ResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AbsNmzq2ResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AbsNmzq2ResourceWithStreamingResponse(self)

    def delete_all(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """zqxj an operation named by its tag, an absolute path

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="delete",
                path="/",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class AbsNmzq2ResourceWithRawResponse:
    def __init__(self, resource: AbsNmzq2Resource) -> None:
        self._resource = resource
        self.delete_all = to_raw_response_wrapper(resource.delete_all)


class AbsNmzq2ResourceWithStreamingResponse:
    def __init__(self, resource: AbsNmzq2Resource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.delete_all = to_streamed_response_wrapper(resource.delete_all)


class AsyncAbsNmzq2Resource(AsyncAPIResource):
    """Operations on abs_nmzq2."""

    @cached_property
    def with_raw_response(self) -> AsyncAbsNmzq2ResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncAbsNmzq2ResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAbsNmzq2ResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncAbsNmzq2ResourceWithStreamingResponse(self)

    async def delete_all(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """zqxj an operation named by its tag, an absolute path

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="delete",
                path="/",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class AsyncAbsNmzq2ResourceWithRawResponse:
    def __init__(self, resource: AsyncAbsNmzq2Resource) -> None:
        self._resource = resource
        self.delete_all = async_to_raw_response_wrapper(resource.delete_all)


class AsyncAbsNmzq2ResourceWithStreamingResponse:
    def __init__(self, resource: AsyncAbsNmzq2Resource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.delete_all = async_to_streamed_response_wrapper(resource.delete_all)
