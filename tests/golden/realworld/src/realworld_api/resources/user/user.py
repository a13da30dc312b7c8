"""Operations on user."""

from __future__ import annotations

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
    from realworld_api.resources.user.repos import (
        AsyncReposResource,
        AsyncReposResourceWithRawResponse,
        AsyncReposResourceWithStreamingResponse,
        ReposResource,
        ReposResourceWithRawResponse,
        ReposResourceWithStreamingResponse,
    )
    from realworld_api.types.schemas import User

__all__ = [
    "UserResource",
    "AsyncUserResource",
    "UserResourceWithRawResponse",
    "AsyncUserResourceWithRawResponse",
    "UserResourceWithStreamingResponse",
    "AsyncUserResourceWithStreamingResponse",
]


class UserResource(SyncAPIResource):
    """Operations on user."""

    @cached_property
    def repos(self) -> ReposResource:
        from realworld_api.resources.user.repos import ReposResource

        return ReposResource(self._client)

    @cached_property
    def with_raw_response(self) -> UserResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return UserResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UserResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return UserResourceWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> User:
        """GET /user

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import User

        return self._client._request(
            RequestOptions(
                method="get",
                path="/user",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=User,
        )


class UserResourceWithRawResponse:
    def __init__(self, resource: UserResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def repos(self) -> ReposResourceWithRawResponse:
        from realworld_api.resources.user.repos import ReposResourceWithRawResponse

        return ReposResourceWithRawResponse(self._resource.repos)


class UserResourceWithStreamingResponse:
    def __init__(self, resource: UserResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def repos(self) -> ReposResourceWithStreamingResponse:
        from realworld_api.resources.user.repos import ReposResourceWithStreamingResponse

        return ReposResourceWithStreamingResponse(self._resource.repos)


class AsyncUserResource(AsyncAPIResource):
    """Operations on user."""

    @cached_property
    def repos(self) -> AsyncReposResource:
        from realworld_api.resources.user.repos import AsyncReposResource

        return AsyncReposResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncUserResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncUserResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUserResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncUserResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> User:
        """GET /user

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import User

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/user",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=User,
        )


class AsyncUserResourceWithRawResponse:
    def __init__(self, resource: AsyncUserResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def repos(self) -> AsyncReposResourceWithRawResponse:
        from realworld_api.resources.user.repos import AsyncReposResourceWithRawResponse

        return AsyncReposResourceWithRawResponse(self._resource.repos)


class AsyncUserResourceWithStreamingResponse:
    def __init__(self, resource: AsyncUserResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def repos(self) -> AsyncReposResourceWithStreamingResponse:
        from realworld_api.resources.user.repos import AsyncReposResourceWithStreamingResponse

        return AsyncReposResourceWithStreamingResponse(self._resource.repos)
