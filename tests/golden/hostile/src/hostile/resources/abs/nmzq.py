"""Operations on abs.nmzq."""

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
from hostile._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from hostile.types.schemas import EtcNmzq, Init, OsSystemNmzq, Widget

__all__ = [
    "NmzqResource",
    "AsyncNmzqResource",
    "NmzqResourceWithRawResponse",
    "AsyncNmzqResourceWithRawResponse",
    "NmzqResourceWithStreamingResponse",
    "AsyncNmzqResourceWithStreamingResponse",
]


class NmzqResource(SyncAPIResource):
    """Operations on abs.nmzq."""

    @cached_property
    def with_raw_response(self) -> NmzqResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return NmzqResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> NmzqResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return NmzqResourceWithStreamingResponse(self)

    def init(
        self,
        nmzq_id: str,
        *,
        name: str,
        kind: OsSystemNmzq | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        owner: Init | NotGiven = NOT_GIVEN,
        place: EtcNmzq | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Widget:
        """zqxj replace

        Args:
          nmzq_id: zqxj a path parameter ``` `code` <script>alert(1)</script>

          name: zqxj ``` an unclosed fence

            ```python
            open("zqxj-ran", "w")

          kind: zqxj a schema named like a call

          note: zqxj # not a comment
                indented = open("zqxj-ran", "w") Defaults to "zqxj'; open(\\"zqxj-ran\\", \\"w\\"); '".

          owner: zqxj a schema named like a dunder: \\\"\"\"\\

          place: zqxj a schema whose name is a path: \"\"\"; open("zqxj-ran", "w"); \"\"\\"

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from hostile.types.schemas import Widget

        return self._client._request(
            RequestOptions(
                method="put",
                path="/widgets/{nmzq_id}",
                path_params={
                    "nmzq_id": nmzq_id,
                },
                json_body={
                    "name": name,
                    "kind": kind,
                    "note": note,
                    "owner": owner,
                    "place": place,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Widget,
        )


class NmzqResourceWithRawResponse:
    def __init__(self, resource: NmzqResource) -> None:
        self._resource = resource
        self.init = to_raw_response_wrapper(resource.init)


class NmzqResourceWithStreamingResponse:
    def __init__(self, resource: NmzqResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.init = to_streamed_response_wrapper(resource.init)


class AsyncNmzqResource(AsyncAPIResource):
    """Operations on abs.nmzq."""

    @cached_property
    def with_raw_response(self) -> AsyncNmzqResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncNmzqResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncNmzqResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncNmzqResourceWithStreamingResponse(self)

    async def init(
        self,
        nmzq_id: str,
        *,
        name: str,
        kind: OsSystemNmzq | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        owner: Init | NotGiven = NOT_GIVEN,
        place: EtcNmzq | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Widget:
        """zqxj replace

        Args:
          nmzq_id: zqxj a path parameter ``` `code` <script>alert(1)</script>

          name: zqxj ``` an unclosed fence

            ```python
            open("zqxj-ran", "w")

          kind: zqxj a schema named like a call

          note: zqxj # not a comment
                indented = open("zqxj-ran", "w") Defaults to "zqxj'; open(\\"zqxj-ran\\", \\"w\\"); '".

          owner: zqxj a schema named like a dunder: \\\"\"\"\\

          place: zqxj a schema whose name is a path: \"\"\"; open("zqxj-ran", "w"); \"\"\\"

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from hostile.types.schemas import Widget

        return await self._client._request(
            RequestOptions(
                method="put",
                path="/widgets/{nmzq_id}",
                path_params={
                    "nmzq_id": nmzq_id,
                },
                json_body={
                    "name": name,
                    "kind": kind,
                    "note": note,
                    "owner": owner,
                    "place": place,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Widget,
        )


class AsyncNmzqResourceWithRawResponse:
    def __init__(self, resource: AsyncNmzqResource) -> None:
        self._resource = resource
        self.init = async_to_raw_response_wrapper(resource.init)


class AsyncNmzqResourceWithStreamingResponse:
    def __init__(self, resource: AsyncNmzqResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.init = async_to_streamed_response_wrapper(resource.init)
