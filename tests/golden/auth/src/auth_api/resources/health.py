"""Operations on health."""

from __future__ import annotations

from functools import cached_property

from auth_api._base_client import RequestOptions
from auth_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from auth_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from auth_api.types import Status

__all__ = [
    "HealthResource",
    "AsyncHealthResource",
    "HealthResourceWithRawResponse",
    "AsyncHealthResourceWithRawResponse",
]


class HealthResource(SyncAPIResource):
    """Operations on health."""

    @cached_property
    def with_raw_response(self) -> HealthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return HealthResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Status:
        """Health (no authentication)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="get",
                path="/health",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                security=(),
            ),
            cast_to=Status,
        )


class HealthResourceWithRawResponse:
    def __init__(self, resource: HealthResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncHealthResource(AsyncAPIResource):
    """Operations on health."""

    @cached_property
    def with_raw_response(self) -> AsyncHealthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncHealthResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Status:
        """Health (no authentication)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="get",
                path="/health",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                security=(),
            ),
            cast_to=Status,
        )


class AsyncHealthResourceWithRawResponse:
    def __init__(self, resource: AsyncHealthResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
