"""Operations on trees."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from schemas_api._base_client import RequestOptions
from schemas_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from schemas_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from schemas_api.types.tree_node import TreeNode

__all__ = [
    "TreesResource",
    "AsyncTreesResource",
    "TreesResourceWithRawResponse",
    "AsyncTreesResourceWithRawResponse",
    "TreesResourceWithStreamingResponse",
    "AsyncTreesResourceWithStreamingResponse",
]


class TreesResource(SyncAPIResource):
    """Operations on trees."""

    @cached_property
    def with_raw_response(self) -> TreesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return TreesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TreesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return TreesResourceWithStreamingResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TreeNode:
        """A tree of nodes

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.tree_node import TreeNode

        return self._client._request(
            RequestOptions(
                method="get",
                path="/trees/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=TreeNode,
        )


class TreesResourceWithRawResponse:
    def __init__(self, resource: TreesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class TreesResourceWithStreamingResponse:
    def __init__(self, resource: TreesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from schemas_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncTreesResource(AsyncAPIResource):
    """Operations on trees."""

    @cached_property
    def with_raw_response(self) -> AsyncTreesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncTreesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTreesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncTreesResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TreeNode:
        """A tree of nodes

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.tree_node import TreeNode

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/trees/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=TreeNode,
        )


class AsyncTreesResourceWithRawResponse:
    def __init__(self, resource: AsyncTreesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncTreesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncTreesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from schemas_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
