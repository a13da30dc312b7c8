"""Operations on messages."""

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
    from paging_api._pagination import AsyncNextUrlPage, AsyncPaginator, SyncNextUrlPage
    from paging_api.types.schemas import Item

__all__ = [
    "MessagesResource",
    "AsyncMessagesResource",
    "MessagesResourceWithRawResponse",
    "AsyncMessagesResourceWithRawResponse",
    "MessagesResourceWithStreamingResponse",
    "AsyncMessagesResourceWithStreamingResponse",
]


class MessagesResource(SyncAPIResource):
    """Operations on messages."""

    @cached_property
    def with_raw_response(self) -> MessagesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return MessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return MessagesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page_size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncNextUrlPage[Item]:
        """The next page's URL in the body

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import SyncNextUrlPage
        from paging_api.types.schemas import Item

        return self._client._request_page(
            SyncNextUrlPage[Item],
            RequestOptions(
                method="get",
                path="/messages",
                params={
                    "PageSize": page_size,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class MessagesResourceWithRawResponse:
    def __init__(self, resource: MessagesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class MessagesResourceWithStreamingResponse:
    def __init__(self, resource: MessagesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncMessagesResource(AsyncAPIResource):
    """Operations on messages."""

    @cached_property
    def with_raw_response(self) -> AsyncMessagesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncMessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncMessagesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page_size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Item, AsyncNextUrlPage[Item]]:
        """The next page's URL in the body

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import AsyncNextUrlPage, AsyncPaginator
        from paging_api.types.schemas import Item

        return AsyncPaginator(
            self._client,
            AsyncNextUrlPage[Item],
            RequestOptions(
                method="get",
                path="/messages",
                params={
                    "PageSize": page_size,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncMessagesResourceWithRawResponse:
    def __init__(self, resource: AsyncMessagesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncMessagesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncMessagesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
