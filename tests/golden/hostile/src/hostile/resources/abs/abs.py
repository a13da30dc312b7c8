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
        AsyncNmzqResourceWithStreamingResponse,
        NmzqResource,
        NmzqResourceWithRawResponse,
        NmzqResourceWithStreamingResponse,
    )

__all__ = [
    "AbsResource",
    "AsyncAbsResource",
    "AbsResourceWithRawResponse",
    "AsyncAbsResourceWithRawResponse",
    "AbsResourceWithStreamingResponse",
    "AsyncAbsResourceWithStreamingResponse",
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

    @cached_property
    def with_streaming_response(self) -> AbsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AbsResourceWithStreamingResponse(self)


class AbsResourceWithRawResponse:
    def __init__(self, resource: AbsResource) -> None:
        self._resource = resource

    @cached_property
    def nmzq(self) -> NmzqResourceWithRawResponse:
        from hostile.resources.abs.nmzq import NmzqResourceWithRawResponse

        return NmzqResourceWithRawResponse(self._resource.nmzq)


class AbsResourceWithStreamingResponse:
    def __init__(self, resource: AbsResource) -> None:
        self._resource = resource

    @cached_property
    def nmzq(self) -> NmzqResourceWithStreamingResponse:
        from hostile.resources.abs.nmzq import NmzqResourceWithStreamingResponse

        return NmzqResourceWithStreamingResponse(self._resource.nmzq)


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

    @cached_property
    def with_streaming_response(self) -> AsyncAbsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncAbsResourceWithStreamingResponse(self)


class AsyncAbsResourceWithRawResponse:
    def __init__(self, resource: AsyncAbsResource) -> None:
        self._resource = resource

    @cached_property
    def nmzq(self) -> AsyncNmzqResourceWithRawResponse:
        from hostile.resources.abs.nmzq import AsyncNmzqResourceWithRawResponse

        return AsyncNmzqResourceWithRawResponse(self._resource.nmzq)


class AsyncAbsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncAbsResource) -> None:
        self._resource = resource

    @cached_property
    def nmzq(self) -> AsyncNmzqResourceWithStreamingResponse:
        from hostile.resources.abs.nmzq import AsyncNmzqResourceWithStreamingResponse

        return AsyncNmzqResourceWithStreamingResponse(self._resource.nmzq)
