"""Operations on orders."""

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
    from paging_api._pagination import AsyncDataAfterIdPage, AsyncPaginator, SyncDataAfterIdPage
    from paging_api.types.schemas import Item

__all__ = [
    "OrdersResource",
    "AsyncOrdersResource",
    "OrdersResourceWithRawResponse",
    "AsyncOrdersResourceWithRawResponse",
    "OrdersResourceWithStreamingResponse",
    "AsyncOrdersResourceWithStreamingResponse",
]


class OrdersResource(SyncAPIResource):
    """Operations on orders."""

    @cached_property
    def with_raw_response(self) -> OrdersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return OrdersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OrdersResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return OrdersResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncDataAfterIdPage[Item]:
        """after and has_more

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import SyncDataAfterIdPage
        from paging_api.types.schemas import Item

        return self._client._request_page(
            SyncDataAfterIdPage[Item],
            RequestOptions(
                method="get",
                path="/orders",
                params={
                    "after": after,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class OrdersResourceWithRawResponse:
    def __init__(self, resource: OrdersResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class OrdersResourceWithStreamingResponse:
    def __init__(self, resource: OrdersResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncOrdersResource(AsyncAPIResource):
    """Operations on orders."""

    @cached_property
    def with_raw_response(self) -> AsyncOrdersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncOrdersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOrdersResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncOrdersResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Item, AsyncDataAfterIdPage[Item]]:
        """after and has_more

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import AsyncDataAfterIdPage, AsyncPaginator
        from paging_api.types.schemas import Item

        return AsyncPaginator(
            self._client,
            AsyncDataAfterIdPage[Item],
            RequestOptions(
                method="get",
                path="/orders",
                params={
                    "after": after,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncOrdersResourceWithRawResponse:
    def __init__(self, resource: AsyncOrdersResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncOrdersResourceWithStreamingResponse:
    def __init__(self, resource: AsyncOrdersResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
