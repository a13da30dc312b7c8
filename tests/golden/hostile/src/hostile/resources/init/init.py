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
        InitTypesResource,
        InitTypesResourceWithRawResponse,
    )

__all__ = [
    "InitResource",
    "AsyncInitResource",
    "InitResourceWithRawResponse",
    "AsyncInitResourceWithRawResponse",
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


class InitResourceWithRawResponse:
    def __init__(self, resource: InitResource) -> None:
        self._resource = resource

    @cached_property
    def types(self) -> InitTypesResourceWithRawResponse:
        from hostile.resources.init.types import InitTypesResourceWithRawResponse

        return InitTypesResourceWithRawResponse(self._resource.types)


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


class AsyncInitResourceWithRawResponse:
    def __init__(self, resource: AsyncInitResource) -> None:
        self._resource = resource

    @cached_property
    def types(self) -> AsyncInitTypesResourceWithRawResponse:
        from hostile.resources.init.types import AsyncInitTypesResourceWithRawResponse

        return AsyncInitTypesResourceWithRawResponse(self._resource.types)
