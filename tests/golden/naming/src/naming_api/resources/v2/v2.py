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
        V2RecordsResource,
        V2RecordsResourceWithRawResponse,
    )

__all__ = [
    "V2Resource",
    "AsyncV2Resource",
    "V2ResourceWithRawResponse",
    "AsyncV2ResourceWithRawResponse",
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


class V2ResourceWithRawResponse:
    def __init__(self, resource: V2Resource) -> None:
        self._resource = resource

    @cached_property
    def records(self) -> V2RecordsResourceWithRawResponse:
        from naming_api.resources.v2.records import V2RecordsResourceWithRawResponse

        return V2RecordsResourceWithRawResponse(self._resource.records)


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


class AsyncV2ResourceWithRawResponse:
    def __init__(self, resource: AsyncV2Resource) -> None:
        self._resource = resource

    @cached_property
    def records(self) -> AsyncV2RecordsResourceWithRawResponse:
        from naming_api.resources.v2.records import AsyncV2RecordsResourceWithRawResponse

        return AsyncV2RecordsResourceWithRawResponse(self._resource.records)
