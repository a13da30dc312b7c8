"""Operations on pets."""

from __future__ import annotations

import builtins
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
    from multifile_api.types.schemas import Pet

__all__ = [
    "PetsResource",
    "AsyncPetsResource",
    "PetsResourceWithRawResponse",
    "AsyncPetsResourceWithRawResponse",
    "PetsResourceWithStreamingResponse",
    "AsyncPetsResourceWithStreamingResponse",
]


class PetsResource(SyncAPIResource):
    """Operations on pets."""

    @cached_property
    def with_raw_response(self) -> PetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return PetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return PetsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Pet]:
        """List pets

        Args:
          limit: How many items to return at most.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from multifile_api.types.schemas import Pet

        return self._client._request(
            RequestOptions(
                method="get",
                path="/pets",
                params={
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Pet],
        )

    def retrieve(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Get a pet

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from multifile_api.types.schemas import Pet

        return self._client._request(
            RequestOptions(
                method="get",
                path="/pets/{petId}",
                path_params={
                    "petId": pet_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Pet,
        )


class PetsResourceWithRawResponse:
    def __init__(self, resource: PetsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class PetsResourceWithStreamingResponse:
    def __init__(self, resource: PetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from multifile_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncPetsResource(AsyncAPIResource):
    """Operations on pets."""

    @cached_property
    def with_raw_response(self) -> AsyncPetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncPetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncPetsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Pet]:
        """List pets

        Args:
          limit: How many items to return at most.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from multifile_api.types.schemas import Pet

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/pets",
                params={
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Pet],
        )

    async def retrieve(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Get a pet

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from multifile_api.types.schemas import Pet

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/pets/{petId}",
                path_params={
                    "petId": pet_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Pet,
        )


class AsyncPetsResourceWithRawResponse:
    def __init__(self, resource: AsyncPetsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncPetsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncPetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from multifile_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
