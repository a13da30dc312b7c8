"""Operations on records."""

from __future__ import annotations

import builtins
from functools import cached_property
from types import NoneType
from typing import TYPE_CHECKING

from naming_api._base_client import RequestOptions
from naming_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from naming_api._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from naming_api.types.schemas import Record, RecordStatus

__all__ = [
    "RecordsApiResource",
    "AsyncRecordsApiResource",
    "RecordsApiResourceWithRawResponse",
    "AsyncRecordsApiResourceWithRawResponse",
    "RecordsApiResourceWithStreamingResponse",
    "AsyncRecordsApiResourceWithStreamingResponse",
]


class RecordsApiResource(SyncAPIResource):
    """Operations on records."""

    @cached_property
    def with_raw_response(self) -> RecordsApiResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return RecordsApiResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RecordsApiResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return RecordsApiResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        class_: str | None = None,
        page_size: int | None = None,
        x_request_id: str | None = None,
        self_: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Record]:
        """List records

        Args:
          class_: A keyword.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import Record

        return self._client._request(
            RequestOptions(
                method="get",
                path="/api/v1/records",
                params={
                    "class": class_,
                    "pageSize": page_size,
                    "self": self_,
                },
                headers={
                    "X-Request-ID": x_request_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Record],
        )

    def create(
        self,
        *,
        type: str,
        x_id: str | NotGiven = NOT_GIVEN,
        field_1st: int | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        foo_bar: str | NotGiven = NOT_GIVEN,
        foo_bar_1: str | NotGiven = NOT_GIVEN,
        self_: str | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        status: RecordStatus | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Record:
        """Create a record

        Args:
          type: A JSON-LD type.

          field_1st: Starts with a digit.

          note: 3.0 nullable.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import Record

        return self._client._request(
            RequestOptions(
                method="post",
                path="/api/v1/records",
                json_body={
                    "@type": type,
                    "x-id": x_id,
                    "1st": field_1st,
                    "class": class_,
                    "fooBar": foo_bar,
                    "foo_bar": foo_bar_1,
                    "self": self_,
                    "display name": display_name,
                    "note": note,
                    "status": status,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Record,
        )

    def get_record(
        self,
        record_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Record:
        """Get a record

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import Record

        return self._client._request(
            RequestOptions(
                method="get",
                path="/api/v1/records/{record-id}",
                path_params={
                    "record-id": record_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Record,
        )

    def run_retrieval(
        self,
        record_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Record:
        """Run a retrieval over a record (an action named like a CRUD method)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import Record

        return self._client._request(
            RequestOptions(
                method="post",
                path="/api/v1/records/{record-id}/retrieve",
                path_params={
                    "record-id": record_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Record,
        )

    def sync_cancel(
        self,
        record_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel a sync (action segments join)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="post",
                path="/api/v1/records/{record-id}/sync/cancel",
                path_params={
                    "record-id": record_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class RecordsApiResourceWithRawResponse:
    def __init__(self, resource: RecordsApiResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get_record = to_raw_response_wrapper(resource.get_record)
        self.run_retrieval = to_raw_response_wrapper(resource.run_retrieval)
        self.sync_cancel = to_raw_response_wrapper(resource.sync_cancel)


class RecordsApiResourceWithStreamingResponse:
    def __init__(self, resource: RecordsApiResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from naming_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.get_record = to_streamed_response_wrapper(resource.get_record)
        self.run_retrieval = to_streamed_response_wrapper(resource.run_retrieval)
        self.sync_cancel = to_streamed_response_wrapper(resource.sync_cancel)


class AsyncRecordsApiResource(AsyncAPIResource):
    """Operations on records."""

    @cached_property
    def with_raw_response(self) -> AsyncRecordsApiResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncRecordsApiResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRecordsApiResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncRecordsApiResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        class_: str | None = None,
        page_size: int | None = None,
        x_request_id: str | None = None,
        self_: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Record]:
        """List records

        Args:
          class_: A keyword.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import Record

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/api/v1/records",
                params={
                    "class": class_,
                    "pageSize": page_size,
                    "self": self_,
                },
                headers={
                    "X-Request-ID": x_request_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[Record],
        )

    async def create(
        self,
        *,
        type: str,
        x_id: str | NotGiven = NOT_GIVEN,
        field_1st: int | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        foo_bar: str | NotGiven = NOT_GIVEN,
        foo_bar_1: str | NotGiven = NOT_GIVEN,
        self_: str | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        status: RecordStatus | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Record:
        """Create a record

        Args:
          type: A JSON-LD type.

          field_1st: Starts with a digit.

          note: 3.0 nullable.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import Record

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/api/v1/records",
                json_body={
                    "@type": type,
                    "x-id": x_id,
                    "1st": field_1st,
                    "class": class_,
                    "fooBar": foo_bar,
                    "foo_bar": foo_bar_1,
                    "self": self_,
                    "display name": display_name,
                    "note": note,
                    "status": status,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Record,
        )

    async def get_record(
        self,
        record_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Record:
        """Get a record

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import Record

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/api/v1/records/{record-id}",
                path_params={
                    "record-id": record_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Record,
        )

    async def run_retrieval(
        self,
        record_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Record:
        """Run a retrieval over a record (an action named like a CRUD method)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from naming_api.types.schemas import Record

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/api/v1/records/{record-id}/retrieve",
                path_params={
                    "record-id": record_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Record,
        )

    async def sync_cancel(
        self,
        record_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel a sync (action segments join)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="post",
                path="/api/v1/records/{record-id}/sync/cancel",
                path_params={
                    "record-id": record_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class AsyncRecordsApiResourceWithRawResponse:
    def __init__(self, resource: AsyncRecordsApiResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get_record = async_to_raw_response_wrapper(resource.get_record)
        self.run_retrieval = async_to_raw_response_wrapper(resource.run_retrieval)
        self.sync_cancel = async_to_raw_response_wrapper(resource.sync_cancel)


class AsyncRecordsApiResourceWithStreamingResponse:
    def __init__(self, resource: AsyncRecordsApiResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from naming_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.get_record = async_to_streamed_response_wrapper(resource.get_record)
        self.run_retrieval = async_to_streamed_response_wrapper(resource.run_retrieval)
        self.sync_cancel = async_to_streamed_response_wrapper(resource.sync_cancel)
