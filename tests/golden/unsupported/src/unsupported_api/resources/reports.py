"""Operations on reports."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import NoneType
from typing import IO, TYPE_CHECKING

from unsupported_api._base_client import RequestOptions, json_text
from unsupported_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from unsupported_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from unsupported_api.types.schemas import Report

__all__ = [
    "ReportsResource",
    "AsyncReportsResource",
    "ReportsResourceWithRawResponse",
    "AsyncReportsResourceWithRawResponse",
    "ReportsResourceWithStreamingResponse",
    "AsyncReportsResourceWithStreamingResponse",
]


class ReportsResource(SyncAPIResource):
    """Operations on reports."""

    @cached_property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return ReportsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReportsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return ReportsResourceWithStreamingResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        where: Mapping[str, str] | None = None,
        path: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Report:
        """A report

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from unsupported_api.types.schemas import Report

        return self._client._request(
            RequestOptions(
                method="get",
                path="/reports/{id}",
                path_params={
                    "id": id,
                },
                params={
                    "where": json_text(where),
                    "path": path,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Report,
        )

    def update(
        self,
        id: str,
        *,
        body: bytes | IO[bytes] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace a report (XML only)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="put",
                path="/reports/{id}",
                path_params={
                    "id": id,
                },
                content=None if isinstance(body, NotGiven) else body,
                content_type="application/xml",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class ReportsResourceWithRawResponse:
    def __init__(self, resource: ReportsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class ReportsResourceWithStreamingResponse:
    def __init__(self, resource: ReportsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from unsupported_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncReportsResource(AsyncAPIResource):
    """Operations on reports."""

    @cached_property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncReportsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReportsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncReportsResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        id: str,
        *,
        where: Mapping[str, str] | None = None,
        path: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Report:
        """A report

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from unsupported_api.types.schemas import Report

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/reports/{id}",
                path_params={
                    "id": id,
                },
                params={
                    "where": json_text(where),
                    "path": path,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Report,
        )

    async def update(
        self,
        id: str,
        *,
        body: bytes | IO[bytes] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace a report (XML only)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="put",
                path="/reports/{id}",
                path_params={
                    "id": id,
                },
                content=None if isinstance(body, NotGiven) else body,
                content_type="application/xml",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class AsyncReportsResourceWithRawResponse:
    def __init__(self, resource: AsyncReportsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncReportsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncReportsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from unsupported_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
