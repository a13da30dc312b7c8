"""Operations on pets."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from functools import cached_property
from types import NoneType
from typing import IO, TYPE_CHECKING

from petstore._base_client import RequestOptions, comma_separated
from petstore._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from petstore._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from petstore.types.schemas import NewPetKind, NewPetOwner, Pet

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
        tags: Sequence[str] | None = None,
        x_request_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Pet]:
        """List pets

        Args:
          limit: How many pets to return at most.

          tags: Only pets with all of these tags.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from petstore.types.schemas import Pet

        return self._client._request(
            RequestOptions(
                method="get",
                path="/pets",
                params={
                    "limit": limit,
                    "tags": comma_separated(tags),
                },
                headers={
                    "X-Request-Id": x_request_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Pet],
        )

    def create(
        self,
        *,
        name: str,
        tag: str | None | NotGiven = NOT_GIVEN,
        kind: NewPetKind | NotGiven = NOT_GIVEN,
        vaccinated: bool | NotGiven = NOT_GIVEN,
        owner: NewPetOwner | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Create a pet

        Args:
          name: What the pet answers to.

          vaccinated: Whether the pet has had 100% of its shots.

          owner: Who looks after the pet.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from petstore.types.schemas import Pet

        return self._client._request(
            RequestOptions(
                method="post",
                path="/pets",
                json_body={
                    "name": name,
                    "tag": tag,
                    "kind": kind,
                    "vaccinated": vaccinated,
                    "owner": owner,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Pet,
        )

    def retrieve(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Get a pet

        Args:
          pet_id: The pet's id.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from petstore.types.schemas import Pet

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

    def delete(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a pet

        Args:
          pet_id: The pet's id.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="delete",
                path="/pets/{petId}",
                path_params={
                    "petId": pet_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def upload_photo(
        self,
        pet_id: int,
        *,
        body: bytes | IO[bytes] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a photo of a pet

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="put",
                path="/pets/{petId}/photo",
                path_params={
                    "petId": pet_id,
                },
                content=None if isinstance(body, NotGiven) else body,
                content_type="application/octet-stream",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class PetsResourceWithRawResponse:
    def __init__(self, resource: PetsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.upload_photo = to_raw_response_wrapper(resource.upload_photo)


class PetsResourceWithStreamingResponse:
    def __init__(self, resource: PetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from petstore._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.upload_photo = to_streamed_response_wrapper(resource.upload_photo)


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
        tags: Sequence[str] | None = None,
        x_request_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Pet]:
        """List pets

        Args:
          limit: How many pets to return at most.

          tags: Only pets with all of these tags.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from petstore.types.schemas import Pet

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/pets",
                params={
                    "limit": limit,
                    "tags": comma_separated(tags),
                },
                headers={
                    "X-Request-Id": x_request_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Pet],
        )

    async def create(
        self,
        *,
        name: str,
        tag: str | None | NotGiven = NOT_GIVEN,
        kind: NewPetKind | NotGiven = NOT_GIVEN,
        vaccinated: bool | NotGiven = NOT_GIVEN,
        owner: NewPetOwner | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Create a pet

        Args:
          name: What the pet answers to.

          vaccinated: Whether the pet has had 100% of its shots.

          owner: Who looks after the pet.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from petstore.types.schemas import Pet

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/pets",
                json_body={
                    "name": name,
                    "tag": tag,
                    "kind": kind,
                    "vaccinated": vaccinated,
                    "owner": owner,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Pet,
        )

    async def retrieve(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Get a pet

        Args:
          pet_id: The pet's id.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from petstore.types.schemas import Pet

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

    async def delete(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a pet

        Args:
          pet_id: The pet's id.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="delete",
                path="/pets/{petId}",
                path_params={
                    "petId": pet_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    async def upload_photo(
        self,
        pet_id: int,
        *,
        body: bytes | IO[bytes] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a photo of a pet

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="put",
                path="/pets/{petId}/photo",
                path_params={
                    "petId": pet_id,
                },
                content=None if isinstance(body, NotGiven) else body,
                content_type="application/octet-stream",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class AsyncPetsResourceWithRawResponse:
    def __init__(self, resource: AsyncPetsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.upload_photo = async_to_raw_response_wrapper(resource.upload_photo)


class AsyncPetsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncPetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from petstore._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.upload_photo = async_to_streamed_response_wrapper(resource.upload_photo)
