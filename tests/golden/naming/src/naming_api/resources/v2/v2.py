"""Operations on v2."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from naming_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from naming_api.resources.v2.records import (
        AsyncV2RecordsResource,
        AsyncV2RecordsResourceWithRawResponse,
        AsyncV2RecordsResourceWithStreamingResponse,
        V2RecordsResource,
        V2RecordsResourceWithRawResponse,
        V2RecordsResourceWithStreamingResponse,
    )

__all__ = [
    "V2Resource",
    "AsyncV2Resource",
    "V2ResourceWithRawResponse",
    "AsyncV2ResourceWithRawResponse",
    "V2ResourceWithStreamingResponse",
    "AsyncV2ResourceWithStreamingResponse",
]


class V2Resource(SyncAPIResource):
    """Operations on v2."""

    @cached_property
    def records(self) -> V2RecordsResource:
        from naming_api.resources.v2.records import V2RecordsResource

        return V2RecordsResource(self._client)

    @cached_property
    def with_raw_response(self) -> V2ResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return V2ResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> V2ResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return V2ResourceWithStreamingResponse(self)


class V2ResourceWithRawResponse:
    def __init__(self, resource: V2Resource) -> None:
        self._resource = resource

    @cached_property
    def records(self) -> V2RecordsResourceWithRawResponse:
        from naming_api.resources.v2.records import V2RecordsResourceWithRawResponse

        return V2RecordsResourceWithRawResponse(self._resource.records)


class V2ResourceWithStreamingResponse:
    def __init__(self, resource: V2Resource) -> None:
        self._resource = resource

    @cached_property
    def records(self) -> V2RecordsResourceWithStreamingResponse:
        from naming_api.resources.v2.records import V2RecordsResourceWithStreamingResponse

        return V2RecordsResourceWithStreamingResponse(self._resource.records)


class AsyncV2Resource(AsyncAPIResource):
    """Operations on v2."""

    @cached_property
    def records(self) -> AsyncV2RecordsResource:
        from naming_api.resources.v2.records import AsyncV2RecordsResource

        return AsyncV2RecordsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncV2ResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncV2ResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncV2ResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncV2ResourceWithStreamingResponse(self)


class AsyncV2ResourceWithRawResponse:
    def __init__(self, resource: AsyncV2Resource) -> None:
        self._resource = resource

    @cached_property
    def records(self) -> AsyncV2RecordsResourceWithRawResponse:
        from naming_api.resources.v2.records import AsyncV2RecordsResourceWithRawResponse

        return AsyncV2RecordsResourceWithRawResponse(self._resource.records)


class AsyncV2ResourceWithStreamingResponse:
    def __init__(self, resource: AsyncV2Resource) -> None:
        self._resource = resource

    @cached_property
    def records(self) -> AsyncV2RecordsResourceWithStreamingResponse:
        from naming_api.resources.v2.records import AsyncV2RecordsResourceWithStreamingResponse

        return AsyncV2RecordsResourceWithStreamingResponse(self._resource.records)
