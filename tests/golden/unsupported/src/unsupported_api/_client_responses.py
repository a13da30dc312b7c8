"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncUnsupportedAPI, UnsupportedAPI
    from .resources.reports import (
        AsyncReportsResourceWithRawResponse,
        AsyncReportsResourceWithStreamingResponse,
        ReportsResourceWithRawResponse,
        ReportsResourceWithStreamingResponse,
    )

__all__ = [
    "UnsupportedAPIWithRawResponse",
    "AsyncUnsupportedAPIWithRawResponse",
    "UnsupportedAPIWithStreamingResponse",
    "AsyncUnsupportedAPIWithStreamingResponse",
]


class UnsupportedAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: UnsupportedAPI) -> None:
        self._client = client

    @cached_property
    def reports(self) -> ReportsResourceWithRawResponse:
        return self._client.reports.with_raw_response


class UnsupportedAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: UnsupportedAPI) -> None:
        self._client = client

    @cached_property
    def reports(self) -> ReportsResourceWithStreamingResponse:
        return self._client.reports.with_streaming_response


class AsyncUnsupportedAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncUnsupportedAPI) -> None:
        self._client = client

    @cached_property
    def reports(self) -> AsyncReportsResourceWithRawResponse:
        return self._client.reports.with_raw_response


class AsyncUnsupportedAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncUnsupportedAPI) -> None:
        self._client = client

    @cached_property
    def reports(self) -> AsyncReportsResourceWithStreamingResponse:
        return self._client.reports.with_streaming_response
