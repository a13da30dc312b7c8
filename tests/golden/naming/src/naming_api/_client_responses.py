"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncNamingAPI, NamingAPI
    from .resources.records import (
        AsyncRecordsApiResourceWithRawResponse,
        AsyncRecordsApiResourceWithStreamingResponse,
        RecordsApiResourceWithRawResponse,
        RecordsApiResourceWithStreamingResponse,
    )
    from .resources.records_resource import (
        AsyncRecordsResourceResourceWithRawResponse,
        AsyncRecordsResourceResourceWithStreamingResponse,
        RecordsResourceResourceWithRawResponse,
        RecordsResourceResourceWithStreamingResponse,
    )
    from .resources.v2 import (
        AsyncV2ResourceWithRawResponse,
        AsyncV2ResourceWithStreamingResponse,
        V2ResourceWithRawResponse,
        V2ResourceWithStreamingResponse,
    )

__all__ = [
    "NamingAPIWithRawResponse",
    "AsyncNamingAPIWithRawResponse",
    "NamingAPIWithStreamingResponse",
    "AsyncNamingAPIWithStreamingResponse",
]


class NamingAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: NamingAPI) -> None:
        self._client = client

    @cached_property
    def records(self) -> RecordsApiResourceWithRawResponse:
        return self._client.records.with_raw_response

    @cached_property
    def v2(self) -> V2ResourceWithRawResponse:
        return self._client.v2.with_raw_response

    @cached_property
    def records_resource(self) -> RecordsResourceResourceWithRawResponse:
        return self._client.records_resource.with_raw_response


class NamingAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: NamingAPI) -> None:
        self._client = client

    @cached_property
    def records(self) -> RecordsApiResourceWithStreamingResponse:
        return self._client.records.with_streaming_response

    @cached_property
    def v2(self) -> V2ResourceWithStreamingResponse:
        return self._client.v2.with_streaming_response

    @cached_property
    def records_resource(self) -> RecordsResourceResourceWithStreamingResponse:
        return self._client.records_resource.with_streaming_response


class AsyncNamingAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncNamingAPI) -> None:
        self._client = client

    @cached_property
    def records(self) -> AsyncRecordsApiResourceWithRawResponse:
        return self._client.records.with_raw_response

    @cached_property
    def v2(self) -> AsyncV2ResourceWithRawResponse:
        return self._client.v2.with_raw_response

    @cached_property
    def records_resource(self) -> AsyncRecordsResourceResourceWithRawResponse:
        return self._client.records_resource.with_raw_response


class AsyncNamingAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncNamingAPI) -> None:
        self._client = client

    @cached_property
    def records(self) -> AsyncRecordsApiResourceWithStreamingResponse:
        return self._client.records.with_streaming_response

    @cached_property
    def v2(self) -> AsyncV2ResourceWithStreamingResponse:
        return self._client.v2.with_streaming_response

    @cached_property
    def records_resource(self) -> AsyncRecordsResourceResourceWithStreamingResponse:
        return self._client.records_resource.with_streaming_response
