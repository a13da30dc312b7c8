"""Operations on tokens."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from paging_api._base_client import RequestOptions
from paging_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from paging_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from paging_api._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
    from paging_api.types.schemas import Item

__all__ = [
    "TokensResource",
    "AsyncTokensResource",
    "TokensResourceWithRawResponse",
    "AsyncTokensResourceWithRawResponse",
    "TokensResourceWithStreamingResponse",
    "AsyncTokensResourceWithStreamingResponse",
]


class TokensResource(SyncAPIResource):
    """Operations on tokens."""

    @cached_property
    def with_raw_response(self) -> TokensResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return TokensResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TokensResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return TokensResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page_token: str | None = None,
        page_size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Item]:
        """A cursor in the body

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import SyncCursorPage
        from paging_api.types.schemas import Item

        return self._client._request_page(
            SyncCursorPage[Item],
            RequestOptions(
                method="get",
                path="/tokens",
                params={
                    "page_token": page_token,
                    "page_size": page_size,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class TokensResourceWithRawResponse:
    def __init__(self, resource: TokensResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class TokensResourceWithStreamingResponse:
    def __init__(self, resource: TokensResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncTokensResource(AsyncAPIResource):
    """Operations on tokens."""

    @cached_property
    def with_raw_response(self) -> AsyncTokensResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncTokensResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTokensResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncTokensResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page_token: str | None = None,
        page_size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Item, AsyncCursorPage[Item]]:
        """A cursor in the body

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import AsyncCursorPage, AsyncPaginator
        from paging_api.types.schemas import Item

        return AsyncPaginator(
            self._client,
            AsyncCursorPage[Item],
            RequestOptions(
                method="get",
                path="/tokens",
                params={
                    "page_token": page_token,
                    "page_size": page_size,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncTokensResourceWithRawResponse:
    def __init__(self, resource: AsyncTokensResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncTokensResourceWithStreamingResponse:
    def __init__(self, resource: AsyncTokensResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
