"""Operations on files."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from collisions_api._base_client import RequestOptions
from collisions_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from collisions_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from collisions_api.resources.files.files import (
        AsyncFilesFilesResource,
        AsyncFilesFilesResourceWithRawResponse,
        AsyncFilesFilesResourceWithStreamingResponse,
        FilesFilesResource,
        FilesFilesResourceWithRawResponse,
        FilesFilesResourceWithStreamingResponse,
    )
    from collisions_api.types.schemas import Thing

__all__ = [
    "FilesResource",
    "AsyncFilesResource",
    "FilesResourceWithRawResponse",
    "AsyncFilesResourceWithRawResponse",
    "FilesResourceWithStreamingResponse",
    "AsyncFilesResourceWithStreamingResponse",
]


class FilesResource(SyncAPIResource):
    """Operations on files."""

    @cached_property
    def files(self) -> FilesFilesResource:
        from collisions_api.resources.files.files import FilesFilesResource

        return FilesFilesResource(self._client)

    @cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return FilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return FilesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """List files

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return self._client._request(
            RequestOptions(
                method="get",
                path="/files",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """Get a file

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return self._client._request(
            RequestOptions(
                method="get",
                path="/files/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class FilesResourceWithRawResponse:
    def __init__(self, resource: FilesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def files(self) -> FilesFilesResourceWithRawResponse:
        from collisions_api.resources.files.files import FilesFilesResourceWithRawResponse

        return FilesFilesResourceWithRawResponse(self._resource.files)


class FilesResourceWithStreamingResponse:
    def __init__(self, resource: FilesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def files(self) -> FilesFilesResourceWithStreamingResponse:
        from collisions_api.resources.files.files import FilesFilesResourceWithStreamingResponse

        return FilesFilesResourceWithStreamingResponse(self._resource.files)


class AsyncFilesResource(AsyncAPIResource):
    """Operations on files."""

    @cached_property
    def files(self) -> AsyncFilesFilesResource:
        from collisions_api.resources.files.files import AsyncFilesFilesResource

        return AsyncFilesFilesResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncFilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncFilesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """List files

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/files",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """Get a file

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/files/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class AsyncFilesResourceWithRawResponse:
    def __init__(self, resource: AsyncFilesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def files(self) -> AsyncFilesFilesResourceWithRawResponse:
        from collisions_api.resources.files.files import AsyncFilesFilesResourceWithRawResponse

        return AsyncFilesFilesResourceWithRawResponse(self._resource.files)


class AsyncFilesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncFilesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def files(self) -> AsyncFilesFilesResourceWithStreamingResponse:
        from collisions_api.resources.files.files import (
            AsyncFilesFilesResourceWithStreamingResponse,
        )

        return AsyncFilesFilesResourceWithStreamingResponse(self._resource.files)
