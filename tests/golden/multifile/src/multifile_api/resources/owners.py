"""Operations on owners."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from multifile_api._base_client import RequestOptions
from multifile_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from multifile_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from multifile_api.types.schemas import Owner

__all__ = [
    "OwnersResource",
    "AsyncOwnersResource",
    "OwnersResourceWithRawResponse",
    "AsyncOwnersResourceWithRawResponse",
    "OwnersResourceWithStreamingResponse",
    "AsyncOwnersResourceWithStreamingResponse",
]


class OwnersResource(SyncAPIResource):
    """Operations on owners."""

    @cached_property
    def with_raw_response(self) -> OwnersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return OwnersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OwnersResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return OwnersResourceWithStreamingResponse(self)

    def retrieve(
        self,
        owner_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Owner:
        """Get an owner

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from multifile_api.types.schemas import Owner

        return self._client._request(
            RequestOptions(
                method="get",
                path="/owners/{ownerName}",
                path_params={
                    "ownerName": owner_name,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Owner,
        )


class OwnersResourceWithRawResponse:
    def __init__(self, resource: OwnersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class OwnersResourceWithStreamingResponse:
    def __init__(self, resource: OwnersResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from multifile_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncOwnersResource(AsyncAPIResource):
    """Operations on owners."""

    @cached_property
    def with_raw_response(self) -> AsyncOwnersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncOwnersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOwnersResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncOwnersResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        owner_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Owner:
        """Get an owner

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from multifile_api.types.schemas import Owner

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/owners/{ownerName}",
                path_params={
                    "ownerName": owner_name,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Owner,
        )


class AsyncOwnersResourceWithRawResponse:
    def __init__(self, resource: AsyncOwnersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncOwnersResourceWithStreamingResponse:
    def __init__(self, resource: AsyncOwnersResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from multifile_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
