"""Operations on user.repos."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from realworld_api._base_client import RequestOptions
from realworld_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from realworld_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from realworld_api.types.schemas import Repository

__all__ = [
    "ReposResource",
    "AsyncReposResource",
    "ReposResourceWithRawResponse",
    "AsyncReposResourceWithRawResponse",
    "ReposResourceWithStreamingResponse",
    "AsyncReposResourceWithStreamingResponse",
]


class ReposResource(SyncAPIResource):
    """Operations on user.repos."""

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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Repository]:
        """GET /user/repos

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import Repository

        return self._client._request(
            RequestOptions(
                method="get",
                path="/user/repos",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Repository],
        )


class ReposResourceWithRawResponse:
    def __init__(self, resource: ReposResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class ReposResourceWithStreamingResponse:
    def __init__(self, resource: ReposResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncReposResource(AsyncAPIResource):
    """Operations on user.repos."""

    @cached_property
    def with_raw_response(self) -> AsyncReposResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncReposResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReposResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncReposResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Repository]:
        """GET /user/repos

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import Repository

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/user/repos",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Repository],
        )


class AsyncReposResourceWithRawResponse:
    def __init__(self, resource: AsyncReposResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncReposResourceWithStreamingResponse:
    def __init__(self, resource: AsyncReposResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
