"""Operations on repos."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from operations_api._base_client import RequestOptions
from operations_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from operations_api._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from operations_api.types.schemas import License, Repo

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

    def retrieve(
        self,
        repo_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Repo:
        """Get a repository (3.0 nullable on required properties and on a referenced component)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Repo

        return self._client._request(
            RequestOptions(
                method="get",
                path="/repos/{repo_id}",
                path_params={
                    "repo_id": repo_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Repo,
        )

    def update(
        self,
        repo_id: str,
        *,
        language: str | None,
        license: License | None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Repo:
        """Replace a repository's settings

        Args:
          license: A license; null when the repository has none.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Repo

        return self._client._request(
            RequestOptions(
                method="put",
                path="/repos/{repo_id}",
                path_params={
                    "repo_id": repo_id,
                },
                json_body={
                    "language": language,
                    "license": license,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Repo,
        )


class ReposResourceWithRawResponse:
    def __init__(self, resource: ReposResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class ReposResourceWithStreamingResponse:
    def __init__(self, resource: ReposResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from operations_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)


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

    async def retrieve(
        self,
        repo_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Repo:
        """Get a repository (3.0 nullable on required properties and on a referenced component)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Repo

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/repos/{repo_id}",
                path_params={
                    "repo_id": repo_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Repo,
        )

    async def update(
        self,
        repo_id: str,
        *,
        language: str | None,
        license: License | None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Repo:
        """Replace a repository's settings

        Args:
          license: A license; null when the repository has none.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Repo

        return await self._client._request(
            RequestOptions(
                method="put",
                path="/repos/{repo_id}",
                path_params={
                    "repo_id": repo_id,
                },
                json_body={
                    "language": language,
                    "license": license,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Repo,
        )


class AsyncReposResourceWithRawResponse:
    def __init__(self, resource: AsyncReposResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncReposResourceWithStreamingResponse:
    def __init__(self, resource: AsyncReposResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from operations_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
