"""Operations on files.files."""

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
    from collisions_api.types.schemas import Thing

__all__ = [
    "FilesFilesResource",
    "AsyncFilesFilesResource",
    "FilesFilesResourceWithRawResponse",
    "AsyncFilesFilesResourceWithRawResponse",
    "FilesFilesResourceWithStreamingResponse",
    "AsyncFilesFilesResourceWithStreamingResponse",
]


class FilesFilesResource(SyncAPIResource):
    """Operations on files.files."""

    @cached_property
    def with_raw_response(self) -> FilesFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return FilesFilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesFilesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return FilesFilesResourceWithStreamingResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """Get a file of the files (a child named like its parent)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return self._client._request(
            RequestOptions(
                method="get",
                path="/files/files/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class FilesFilesResourceWithRawResponse:
    def __init__(self, resource: FilesFilesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class FilesFilesResourceWithStreamingResponse:
    def __init__(self, resource: FilesFilesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncFilesFilesResource(AsyncAPIResource):
    """Operations on files.files."""

    @cached_property
    def with_raw_response(self) -> AsyncFilesFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncFilesFilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesFilesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncFilesFilesResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """Get a file of the files (a child named like its parent)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/files/files/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class AsyncFilesFilesResourceWithRawResponse:
    def __init__(self, resource: AsyncFilesFilesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncFilesFilesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncFilesFilesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
