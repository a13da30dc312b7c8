"""Operations on widgets."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from hostile._base_client import RequestOptions
from hostile._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from hostile._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from hostile.types.schemas import Widget, WidgetsNmzqIdGetXOpenNmzqRanW

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

    def retrieve(
        self,
        nmzq_id: str,
        *,
        class_: str | None = None,
        x_open_nmzq_ran_w: WidgetsNmzqIdGetXOpenNmzqRanW | None = None,
        x_nmzq_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Widget:
        """zqxj summary \"\"\" with
        a newline and [a link](javascript:alert(1)) | pipe

        zqxj {{ config }} {% include '/etc/passwd' %} \"\"\"
        open("zqxj-ran", "w")
        #

        Args:
          nmzq_id: zqxj a path parameter ``` `code` <script>alert(1)</script>

          class_: zqxj a keyword as a query parameter Defaults to "zqxj\\\\\\"; open(\\"zqxj-ran\\", \\"w\\"); \\\\\\"".

          x_open_nmzq_ran_w: zqxj a name that is code

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from hostile.types.schemas import Widget

        return self._client._request(
            RequestOptions(
                method="get",
                path="/widgets/{nmzq_id}",
                path_params={
                    "nmzq_id": nmzq_id,
                },
                params={
                    "class": class_,
                    'x"); open("nmzq-ran", "w"); ("': x_open_nmzq_ran_w,
                },
                headers={
                    "X-Nmzq_Id~": x_nmzq_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Widget,
        )


class WidgetsResourceWithRawResponse:
    def __init__(self, resource: WidgetsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class WidgetsResourceWithStreamingResponse:
    def __init__(self, resource: WidgetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import to_streamed_response_wrapper

        self._resource = resource
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

    async def retrieve(
        self,
        nmzq_id: str,
        *,
        class_: str | None = None,
        x_open_nmzq_ran_w: WidgetsNmzqIdGetXOpenNmzqRanW | None = None,
        x_nmzq_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Widget:
        """zqxj summary \"\"\" with
        a newline and [a link](javascript:alert(1)) | pipe

        zqxj {{ config }} {% include '/etc/passwd' %} \"\"\"
        open("zqxj-ran", "w")
        #

        Args:
          nmzq_id: zqxj a path parameter ``` `code` <script>alert(1)</script>

          class_: zqxj a keyword as a query parameter Defaults to "zqxj\\\\\\"; open(\\"zqxj-ran\\", \\"w\\"); \\\\\\"".

          x_open_nmzq_ran_w: zqxj a name that is code

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from hostile.types.schemas import Widget

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/widgets/{nmzq_id}",
                path_params={
                    "nmzq_id": nmzq_id,
                },
                params={
                    "class": class_,
                    'x"); open("nmzq-ran", "w"); ("': x_open_nmzq_ran_w,
                },
                headers={
                    "X-Nmzq_Id~": x_nmzq_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Widget,
        )


class AsyncWidgetsResourceWithRawResponse:
    def __init__(self, resource: AsyncWidgetsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncWidgetsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncWidgetsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
