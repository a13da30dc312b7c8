"""Operations on charges."""

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
    from paging_api._pagination import AsyncAfterIdPage, AsyncPaginator, SyncAfterIdPage
    from paging_api.types.schemas import Item

__all__ = [
    "ChargesResource",
    "AsyncChargesResource",
    "ChargesResourceWithRawResponse",
    "AsyncChargesResourceWithRawResponse",
    "ChargesResourceWithStreamingResponse",
    "AsyncChargesResourceWithStreamingResponse",
]


class ChargesResource(SyncAPIResource):
    """Operations on charges."""

    @cached_property
    def with_raw_response(self) -> ChargesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return ChargesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChargesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return ChargesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncAfterIdPage[Item]:
        """starting_after and has_more

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import SyncAfterIdPage
        from paging_api.types.schemas import Item

        return self._client._request_page(
            SyncAfterIdPage[Item],
            RequestOptions(
                method="get",
                path="/charges",
                params={
                    "starting_after": starting_after,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class ChargesResourceWithRawResponse:
    def __init__(self, resource: ChargesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class ChargesResourceWithStreamingResponse:
    def __init__(self, resource: ChargesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncChargesResource(AsyncAPIResource):
    """Operations on charges."""

    @cached_property
    def with_raw_response(self) -> AsyncChargesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncChargesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChargesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncChargesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Item, AsyncAfterIdPage[Item]]:
        """starting_after and has_more

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import AsyncAfterIdPage, AsyncPaginator
        from paging_api.types.schemas import Item

        return AsyncPaginator(
            self._client,
            AsyncAfterIdPage[Item],
            RequestOptions(
                method="get",
                path="/charges",
                params={
                    "starting_after": starting_after,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncChargesResourceWithRawResponse:
    def __init__(self, resource: AsyncChargesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncChargesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncChargesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
