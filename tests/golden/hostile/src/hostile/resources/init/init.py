"""Operations on init."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from hostile._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from hostile.resources.init.types import (
        AsyncInitTypesResource,
        AsyncInitTypesResourceWithRawResponse,
        AsyncInitTypesResourceWithStreamingResponse,
        InitTypesResource,
        InitTypesResourceWithRawResponse,
        InitTypesResourceWithStreamingResponse,
    )

__all__ = [
    "InitResource",
    "AsyncInitResource",
    "InitResourceWithRawResponse",
    "AsyncInitResourceWithRawResponse",
    "InitResourceWithStreamingResponse",
    "AsyncInitResourceWithStreamingResponse",
]


class InitResource(SyncAPIResource):
    """Operations on init."""

    @cached_property
    def types(self) -> InitTypesResource:
        from hostile.resources.init.types import InitTypesResource

        return InitTypesResource(self._client)

    @cached_property
    def with_raw_response(self) -> InitResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return InitResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InitResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return InitResourceWithStreamingResponse(self)


class InitResourceWithRawResponse:
    def __init__(self, resource: InitResource) -> None:
        self._resource = resource

    @cached_property
    def types(self) -> InitTypesResourceWithRawResponse:
        from hostile.resources.init.types import InitTypesResourceWithRawResponse

        return InitTypesResourceWithRawResponse(self._resource.types)


class InitResourceWithStreamingResponse:
    def __init__(self, resource: InitResource) -> None:
        self._resource = resource

    @cached_property
    def types(self) -> InitTypesResourceWithStreamingResponse:
        from hostile.resources.init.types import InitTypesResourceWithStreamingResponse

        return InitTypesResourceWithStreamingResponse(self._resource.types)


class AsyncInitResource(AsyncAPIResource):
    """Operations on init."""

    @cached_property
    def types(self) -> AsyncInitTypesResource:
        from hostile.resources.init.types import AsyncInitTypesResource

        return AsyncInitTypesResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncInitResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncInitResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInitResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncInitResourceWithStreamingResponse(self)


class AsyncInitResourceWithRawResponse:
    def __init__(self, resource: AsyncInitResource) -> None:
        self._resource = resource

    @cached_property
    def types(self) -> AsyncInitTypesResourceWithRawResponse:
        from hostile.resources.init.types import AsyncInitTypesResourceWithRawResponse

        return AsyncInitTypesResourceWithRawResponse(self._resource.types)


class AsyncInitResourceWithStreamingResponse:
    def __init__(self, resource: AsyncInitResource) -> None:
        self._resource = resource

    @cached_property
    def types(self) -> AsyncInitTypesResourceWithStreamingResponse:
        from hostile.resources.init.types import AsyncInitTypesResourceWithStreamingResponse

        return AsyncInitTypesResourceWithStreamingResponse(self._resource.types)
