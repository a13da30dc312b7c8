"""Operations on pets."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, cast

from schemas_api._base_client import RequestOptions
from schemas_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from schemas_api._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from schemas_api.types.cat import Cat
    from schemas_api.types.dog import Dog
    from schemas_api.types.lizard import Lizard
    from schemas_api.types.new_pet import NewPetType

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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Cat | Dog | Lizard]:
        """List pets of every kind

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.cat import Cat
        from schemas_api.types.dog import Dog
        from schemas_api.types.lizard import Lizard

        return self._client._request(
            RequestOptions(
                method="get",
                path="/pets",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Cat | Dog | Lizard],
        )

    def create(
        self,
        *,
        name: str,
        pet_type: NewPetType,
        password: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Cat | Dog | Lizard:
        """Adopt a pet

        Args:
          password: Only ever sent.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.cat import Cat
        from schemas_api.types.dog import Dog
        from schemas_api.types.lizard import Lizard

        return self._client._request(
            RequestOptions(
                method="post",
                path="/pets",
                json_body={
                    "name": name,
                    "pet_type": pet_type,
                    "password": password,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=cast("type[Cat | Dog | Lizard]", Cat | Dog | Lizard),
        )

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Cat | Dog | Lizard:
        """One pet

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.cat import Cat
        from schemas_api.types.dog import Dog
        from schemas_api.types.lizard import Lizard

        return self._client._request(
            RequestOptions(
                method="get",
                path="/pets/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=cast("type[Cat | Dog | Lizard]", Cat | Dog | Lizard),
        )


class PetsResourceWithRawResponse:
    def __init__(self, resource: PetsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class PetsResourceWithStreamingResponse:
    def __init__(self, resource: PetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from schemas_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Cat | Dog | Lizard]:
        """List pets of every kind

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.cat import Cat
        from schemas_api.types.dog import Dog
        from schemas_api.types.lizard import Lizard

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/pets",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Cat | Dog | Lizard],
        )

    async def create(
        self,
        *,
        name: str,
        pet_type: NewPetType,
        password: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Cat | Dog | Lizard:
        """Adopt a pet

        Args:
          password: Only ever sent.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.cat import Cat
        from schemas_api.types.dog import Dog
        from schemas_api.types.lizard import Lizard

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/pets",
                json_body={
                    "name": name,
                    "pet_type": pet_type,
                    "password": password,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=cast("type[Cat | Dog | Lizard]", Cat | Dog | Lizard),
        )

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Cat | Dog | Lizard:
        """One pet

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.cat import Cat
        from schemas_api.types.dog import Dog
        from schemas_api.types.lizard import Lizard

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/pets/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=cast("type[Cat | Dog | Lizard]", Cat | Dog | Lizard),
        )


class AsyncPetsResourceWithRawResponse:
    def __init__(self, resource: AsyncPetsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncPetsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncPetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from schemas_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
