"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncCollisionsAPI, CollisionsAPI
    from .resources.a import (
        AResourceWithRawResponse,
        AResourceWithStreamingResponse,
        AsyncAResourceWithRawResponse,
        AsyncAResourceWithStreamingResponse,
    )
    from .resources.a_b import (
        AB2ResourceWithRawResponse,
        AB2ResourceWithStreamingResponse,
        AsyncAB2ResourceWithRawResponse,
        AsyncAB2ResourceWithStreamingResponse,
    )
    from .resources.files import (
        AsyncFilesResourceWithRawResponse,
        AsyncFilesResourceWithStreamingResponse,
        FilesResourceWithRawResponse,
        FilesResourceWithStreamingResponse,
    )
    from .resources.things import (
        AsyncThingsResourceWithRawResponse,
        AsyncThingsResourceWithStreamingResponse,
        ThingsResourceWithRawResponse,
        ThingsResourceWithStreamingResponse,
    )

__all__ = [
    "CollisionsAPIWithRawResponse",
    "AsyncCollisionsAPIWithRawResponse",
    "CollisionsAPIWithStreamingResponse",
    "AsyncCollisionsAPIWithStreamingResponse",
]


class CollisionsAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: CollisionsAPI) -> None:
        self._client = client

    @cached_property
    def files(self) -> FilesResourceWithRawResponse:
        return self._client.files.with_raw_response

    @cached_property
    def a(self) -> AResourceWithRawResponse:
        return self._client.a.with_raw_response

    @cached_property
    def a_b(self) -> AB2ResourceWithRawResponse:
        return self._client.a_b.with_raw_response

    @cached_property
    def things(self) -> ThingsResourceWithRawResponse:
        return self._client.things.with_raw_response


class CollisionsAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: CollisionsAPI) -> None:
        self._client = client

    @cached_property
    def files(self) -> FilesResourceWithStreamingResponse:
        return self._client.files.with_streaming_response

    @cached_property
    def a(self) -> AResourceWithStreamingResponse:
        return self._client.a.with_streaming_response

    @cached_property
    def a_b(self) -> AB2ResourceWithStreamingResponse:
        return self._client.a_b.with_streaming_response

    @cached_property
    def things(self) -> ThingsResourceWithStreamingResponse:
        return self._client.things.with_streaming_response


class AsyncCollisionsAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncCollisionsAPI) -> None:
        self._client = client

    @cached_property
    def files(self) -> AsyncFilesResourceWithRawResponse:
        return self._client.files.with_raw_response

    @cached_property
    def a(self) -> AsyncAResourceWithRawResponse:
        return self._client.a.with_raw_response

    @cached_property
    def a_b(self) -> AsyncAB2ResourceWithRawResponse:
        return self._client.a_b.with_raw_response

    @cached_property
    def things(self) -> AsyncThingsResourceWithRawResponse:
        return self._client.things.with_raw_response


class AsyncCollisionsAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncCollisionsAPI) -> None:
        self._client = client

    @cached_property
    def files(self) -> AsyncFilesResourceWithStreamingResponse:
        return self._client.files.with_streaming_response

    @cached_property
    def a(self) -> AsyncAResourceWithStreamingResponse:
        return self._client.a.with_streaming_response

    @cached_property
    def a_b(self) -> AsyncAB2ResourceWithStreamingResponse:
        return self._client.a_b.with_streaming_response

    @cached_property
    def things(self) -> AsyncThingsResourceWithStreamingResponse:
        return self._client.things.with_streaming_response
