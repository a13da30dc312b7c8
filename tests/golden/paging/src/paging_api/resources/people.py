"""Operations on people."""

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
    from paging_api._pagination import (
        AsyncPaginator,
        AsyncResultsNextUrlPage,
        SyncResultsNextUrlPage,
    )
    from paging_api.types.schemas import Item

__all__ = [
    "PeopleResource",
    "AsyncPeopleResource",
    "PeopleResourceWithRawResponse",
    "AsyncPeopleResourceWithRawResponse",
    "PeopleResourceWithStreamingResponse",
    "AsyncPeopleResourceWithStreamingResponse",
]


class PeopleResource(SyncAPIResource):
    """Operations on people."""

    @cached_property
    def with_raw_response(self) -> PeopleResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return PeopleResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PeopleResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return PeopleResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncResultsNextUrlPage[Item]:
        """A next-page URL without format uri

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import SyncResultsNextUrlPage
        from paging_api.types.schemas import Item

        return self._client._request_page(
            SyncResultsNextUrlPage[Item],
            RequestOptions(
                method="get",
                path="/people",
                params={
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class PeopleResourceWithRawResponse:
    def __init__(self, resource: PeopleResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class PeopleResourceWithStreamingResponse:
    def __init__(self, resource: PeopleResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncPeopleResource(AsyncAPIResource):
    """Operations on people."""

    @cached_property
    def with_raw_response(self) -> AsyncPeopleResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncPeopleResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPeopleResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncPeopleResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Item, AsyncResultsNextUrlPage[Item]]:
        """A next-page URL without format uri

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from paging_api._pagination import AsyncPaginator, AsyncResultsNextUrlPage
        from paging_api.types.schemas import Item

        return AsyncPaginator(
            self._client,
            AsyncResultsNextUrlPage[Item],
            RequestOptions(
                method="get",
                path="/people",
                params={
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncPeopleResourceWithRawResponse:
    def __init__(self, resource: AsyncPeopleResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncPeopleResourceWithStreamingResponse:
    def __init__(self, resource: AsyncPeopleResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from paging_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
