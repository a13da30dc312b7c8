"""Operations on things."""

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
from collisions_api._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from collisions_api._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
    from collisions_api.types.schemas import Inner, Thing

__all__ = [
    "ThingsResource",
    "AsyncThingsResource",
    "ThingsResourceWithRawResponse",
    "AsyncThingsResourceWithRawResponse",
    "ThingsResourceWithStreamingResponse",
    "AsyncThingsResourceWithStreamingResponse",
]


class ThingsResource(SyncAPIResource):
    """Operations on things."""

    @cached_property
    def with_raw_response(self) -> ThingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return ThingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ThingsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return ThingsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Thing]:
        """List things, a page with a property named like a model method

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api._pagination import SyncCursorPage
        from collisions_api.types.schemas import Thing

        return self._client._request_page(
            SyncCursorPage[Thing],
            RequestOptions(
                method="get",
                path="/things",
                params={
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create(
        self,
        *,
        id: str | NotGiven = NOT_GIVEN,
        to_dict: str | NotGiven = NOT_GIVEN,
        to_json: str | NotGiven = NOT_GIVEN,
        model_dump: str | NotGiven = NOT_GIVEN,
        model_config: str | NotGiven = NOT_GIVEN,
        copy: str | NotGiven = NOT_GIVEN,
        json: str | NotGiven = NOT_GIVEN,
        schema: str | NotGiven = NOT_GIVEN,
        inner: Inner | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """Create a thing

        Args:
          to_dict: Named like BaseModel.to_dict.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return self._client._request(
            RequestOptions(
                method="post",
                path="/things",
                json_body={
                    "id": id,
                    "to_dict": to_dict,
                    "to_json": to_json,
                    "model_dump": model_dump,
                    "model_config": model_config,
                    "copy": copy,
                    "json": json,
                    "schema": schema,
                    "inner": inner,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class ThingsResourceWithRawResponse:
    def __init__(self, resource: ThingsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class ThingsResourceWithStreamingResponse:
    def __init__(self, resource: ThingsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncThingsResource(AsyncAPIResource):
    """Operations on things."""

    @cached_property
    def with_raw_response(self) -> AsyncThingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncThingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncThingsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncThingsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page_token: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Thing, AsyncCursorPage[Thing]]:
        """List things, a page with a property named like a model method

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api._pagination import AsyncCursorPage, AsyncPaginator
        from collisions_api.types.schemas import Thing

        return AsyncPaginator(
            self._client,
            AsyncCursorPage[Thing],
            RequestOptions(
                method="get",
                path="/things",
                params={
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        *,
        id: str | NotGiven = NOT_GIVEN,
        to_dict: str | NotGiven = NOT_GIVEN,
        to_json: str | NotGiven = NOT_GIVEN,
        model_dump: str | NotGiven = NOT_GIVEN,
        model_config: str | NotGiven = NOT_GIVEN,
        copy: str | NotGiven = NOT_GIVEN,
        json: str | NotGiven = NOT_GIVEN,
        schema: str | NotGiven = NOT_GIVEN,
        inner: Inner | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """Create a thing

        Args:
          to_dict: Named like BaseModel.to_dict.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from collisions_api.types.schemas import Thing

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/things",
                json_body={
                    "id": id,
                    "to_dict": to_dict,
                    "to_json": to_json,
                    "model_dump": model_dump,
                    "model_config": model_config,
                    "copy": copy,
                    "json": json,
                    "schema": schema,
                    "inner": inner,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Thing,
        )


class AsyncThingsResourceWithRawResponse:
    def __init__(self, resource: AsyncThingsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncThingsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncThingsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from collisions_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
