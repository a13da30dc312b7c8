"""Operations on commits."""

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
    from paging_api._pagination import AsyncLinkHeaderPage, AsyncPaginator, SyncLinkHeaderPage
    from paging_api.types.schemas import Item

__all__ = [
    "CommitsResource",
    "AsyncCommitsResource",
    "CommitsResourceWithRawResponse",
    "AsyncCommitsResourceWithRawResponse",
    "CommitsResourceWithStreamingResponse",
    "AsyncCommitsResourceWithStreamingResponse",
]


class CommitsResource(SyncAPIResource):
    """Operations on commits."""

    @cached_property
    def with_raw_response(self) -> CommitsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return CommitsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CommitsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return CommitsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncLinkHeaderPage[Item]:
        """The next page in a Link header

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import SyncLinkHeaderPage
        from paging_api.types.schemas import Item

        return self._client._request_page(
            SyncLinkHeaderPage[Item],
            RequestOptions(
                method="get",
                path="/commits",
                params={
                    "page": page,
                    "per_page": per_page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class CommitsResourceWithRawResponse:
    def __init__(self, resource: CommitsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class CommitsResourceWithStreamingResponse:
    def __init__(self, resource: CommitsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncCommitsResource(AsyncAPIResource):
    """Operations on commits."""

    @cached_property
    def with_raw_response(self) -> AsyncCommitsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncCommitsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCommitsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncCommitsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Item, AsyncLinkHeaderPage[Item]]:
        """The next page in a Link header

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import AsyncLinkHeaderPage, AsyncPaginator
        from paging_api.types.schemas import Item

        return AsyncPaginator(
            self._client,
            AsyncLinkHeaderPage[Item],
            RequestOptions(
                method="get",
                path="/commits",
                params={
                    "page": page,
                    "per_page": per_page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncCommitsResourceWithRawResponse:
    def __init__(self, resource: AsyncCommitsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncCommitsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncCommitsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
