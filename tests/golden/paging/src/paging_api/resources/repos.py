"""Operations on repos."""

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
    from paging_api._pagination import AsyncPageNumberPage, AsyncPaginator, SyncPageNumberPage
    from paging_api.types.schemas import Item

__all__ = [
    "ReposResource",
    "AsyncReposResource",
    "ReposResourceWithRawResponse",
    "AsyncReposResourceWithRawResponse",
    "ReposResourceWithStreamingResponse",
    "AsyncReposResourceWithStreamingResponse",
]


class ReposResource(SyncAPIResource):
    """Operations on repos."""

    @cached_property
    def with_raw_response(self) -> ReposResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return ReposResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReposResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return ReposResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPageNumberPage[Item]:
        """Page and per_page, with the number of pages

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import SyncPageNumberPage
        from paging_api.types.schemas import Item

        return self._client._request_page(
            SyncPageNumberPage[Item],
            RequestOptions(
                method="get",
                path="/repos",
                params={
                    "page": page,
                    "per_page": per_page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class ReposResourceWithRawResponse:
    def __init__(self, resource: ReposResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class ReposResourceWithStreamingResponse:
    def __init__(self, resource: ReposResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncReposResource(AsyncAPIResource):
    """Operations on repos."""

    @cached_property
    def with_raw_response(self) -> AsyncReposResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncReposResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReposResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncReposResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Item, AsyncPageNumberPage[Item]]:
        """Page and per_page, with the number of pages

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import AsyncPageNumberPage, AsyncPaginator
        from paging_api.types.schemas import Item

        return AsyncPaginator(
            self._client,
            AsyncPageNumberPage[Item],
            RequestOptions(
                method="get",
                path="/repos",
                params={
                    "page": page,
                    "per_page": per_page,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncReposResourceWithRawResponse:
    def __init__(self, resource: AsyncReposResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncReposResourceWithStreamingResponse:
    def __init__(self, resource: AsyncReposResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
