"""Operations on abs."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from hostile._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from hostile.resources.abs.nmzq import (
        AsyncNmzqResource,
        AsyncNmzqResourceWithRawResponse,
        NmzqResource,
        NmzqResourceWithRawResponse,
    )

__all__ = [
    "AbsResource",
    "AsyncAbsResource",
    "AbsResourceWithRawResponse",
    "AsyncAbsResourceWithRawResponse",
]


class AbsResource(SyncAPIResource):
    """Operations on abs."""

    @cached_property
    def nmzq(self) -> NmzqResource:
        from hostile.resources.abs.nmzq import NmzqResource

        return NmzqResource(self._client)

    @cached_property
    def with_raw_response(self) -> AbsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AbsResourceWithRawResponse(self)


class AbsResourceWithRawResponse:
    def __init__(self, resource: AbsResource) -> None:
        self._resource = resource

    @cached_property
    def nmzq(self) -> NmzqResourceWithRawResponse:
        from hostile.resources.abs.nmzq import NmzqResourceWithRawResponse

        return NmzqResourceWithRawResponse(self._resource.nmzq)


class AsyncAbsResource(AsyncAPIResource):
    """Operations on abs."""

    @cached_property
    def nmzq(self) -> AsyncNmzqResource:
        from hostile.resources.abs.nmzq import AsyncNmzqResource

        return AsyncNmzqResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAbsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncAbsResourceWithRawResponse(self)


class AsyncAbsResourceWithRawResponse:
    def __init__(self, resource: AsyncAbsResource) -> None:
        self._resource = resource

    @cached_property
    def nmzq(self) -> AsyncNmzqResourceWithRawResponse:
        from hostile.resources.abs.nmzq import AsyncNmzqResourceWithRawResponse

        return AsyncNmzqResourceWithRawResponse(self._resource.nmzq)
