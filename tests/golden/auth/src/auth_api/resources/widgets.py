"""Operations on widgets."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from auth_api._base_client import RequestOptions
from auth_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from auth_api._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from auth_api.types.schemas import Widget

__all__ = [
    "WidgetsResource",
    "AsyncWidgetsResource",
    "WidgetsResourceWithRawResponse",
    "AsyncWidgetsResourceWithRawResponse",
    "WidgetsResourceWithStreamingResponse",
    "AsyncWidgetsResourceWithStreamingResponse",
]


class WidgetsResource(SyncAPIResource):
    """Operations on widgets."""

    @cached_property
    def with_raw_response(self) -> WidgetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return WidgetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WidgetsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return WidgetsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Widget]:
        """List widgets (the spec's own requirement, a bearer token)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Widget

        return self._client._request(
            RequestOptions(
                method="get",
                path="/widgets",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Widget],
        )

    def create(
        self,
        *,
        name: str,
        username: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Widget:
        """Create a widget (an API key in a header and one in the query, together)

        Args:
          username: Who the widget is for (a parameter named like a credential of its own).

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Widget

        return self._client._request(
            RequestOptions(
                method="post",
                path="/widgets",
                params={
                    "username": username,
                },
                json_body={
                    "name": name,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security=(("apiKeyHeader", "apiKeyQuery"),),
            ),
            cast_to=Widget,
        )

    def retrieve(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Widget:
        """Get a widget (an API key in a header, or HTTP Basic)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Widget

        return self._client._request(
            RequestOptions(
                method="get",
                path="/widgets/{widget_id}",
                path_params={
                    "widget_id": widget_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                security=(("apiKeyHeader",), ("basicAuth",)),
            ),
            cast_to=Widget,
        )


class WidgetsResourceWithRawResponse:
    def __init__(self, resource: WidgetsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class WidgetsResourceWithStreamingResponse:
    def __init__(self, resource: WidgetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from auth_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncWidgetsResource(AsyncAPIResource):
    """Operations on widgets."""

    @cached_property
    def with_raw_response(self) -> AsyncWidgetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncWidgetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWidgetsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncWidgetsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Widget]:
        """List widgets (the spec's own requirement, a bearer token)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Widget

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/widgets",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Widget],
        )

    async def create(
        self,
        *,
        name: str,
        username: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Widget:
        """Create a widget (an API key in a header and one in the query, together)

        Args:
          username: Who the widget is for (a parameter named like a credential of its own).

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Widget

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/widgets",
                params={
                    "username": username,
                },
                json_body={
                    "name": name,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security=(("apiKeyHeader", "apiKeyQuery"),),
            ),
            cast_to=Widget,
        )

    async def retrieve(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Widget:
        """Get a widget (an API key in a header, or HTTP Basic)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from auth_api.types.schemas import Widget

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/widgets/{widget_id}",
                path_params={
                    "widget_id": widget_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                security=(("apiKeyHeader",), ("basicAuth",)),
            ),
            cast_to=Widget,
        )


class AsyncWidgetsResourceWithRawResponse:
    def __init__(self, resource: AsyncWidgetsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncWidgetsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncWidgetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from auth_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
