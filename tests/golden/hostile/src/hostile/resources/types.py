"""Operations on types."""

from __future__ import annotations

from functools import cached_property
from types import NoneType

from hostile._base_client import RequestOptions
from hostile._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from hostile._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = [
    "TypesResource",
    "AsyncTypesResource",
    "TypesResourceWithRawResponse",
    "AsyncTypesResourceWithRawResponse",
    "TypesResourceWithStreamingResponse",
    "AsyncTypesResourceWithStreamingResponse",
]


class TypesResource(SyncAPIResource):
    """Operations on types."""

    @cached_property
    def with_raw_response(self) -> TypesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return TypesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TypesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return TypesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        import_: str | NotGiven = NOT_GIVEN,
        nmzq_nul: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """zqxj a resource named types

        Args:
          import_: zqxj a keyword body field

          nmzq_nul: zqxj a NUL in a name

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="post",
                path="/types",
                json_body={
                    "import": import_,
                    "nmzq\u0000nul": nmzq_nul,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class TypesResourceWithRawResponse:
    def __init__(self, resource: TypesResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class TypesResourceWithStreamingResponse:
    def __init__(self, resource: TypesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncTypesResource(AsyncAPIResource):
    """Operations on types."""

    @cached_property
    def with_raw_response(self) -> AsyncTypesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncTypesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTypesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncTypesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        import_: str | NotGiven = NOT_GIVEN,
        nmzq_nul: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """zqxj a resource named types

        Args:
          import_: zqxj a keyword body field

          nmzq_nul: zqxj a NUL in a name

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="post",
                path="/types",
                json_body={
                    "import": import_,
                    "nmzq\u0000nul": nmzq_nul,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class AsyncTypesResourceWithRawResponse:
    def __init__(self, resource: AsyncTypesResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncTypesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncTypesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from hostile._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
