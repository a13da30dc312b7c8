"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncAuthAPI, AuthAPI
    from .resources.feed import (
        AsyncFeedResourceWithRawResponse,
        AsyncFeedResourceWithStreamingResponse,
        FeedResourceWithRawResponse,
        FeedResourceWithStreamingResponse,
    )
    from .resources.health import (
        AsyncHealthResourceWithRawResponse,
        AsyncHealthResourceWithStreamingResponse,
        HealthResourceWithRawResponse,
        HealthResourceWithStreamingResponse,
    )
    from .resources.legacy import (
        AsyncLegacyResourceWithRawResponse,
        AsyncLegacyResourceWithStreamingResponse,
        LegacyResourceWithRawResponse,
        LegacyResourceWithStreamingResponse,
    )
    from .resources.reports import (
        AsyncReportsResourceWithRawResponse,
        AsyncReportsResourceWithStreamingResponse,
        ReportsResourceWithRawResponse,
        ReportsResourceWithStreamingResponse,
    )
    from .resources.widgets import (
        AsyncWidgetsResourceWithRawResponse,
        AsyncWidgetsResourceWithStreamingResponse,
        WidgetsResourceWithRawResponse,
        WidgetsResourceWithStreamingResponse,
    )

__all__ = [
    "AuthAPIWithRawResponse",
    "AsyncAuthAPIWithRawResponse",
    "AuthAPIWithStreamingResponse",
    "AsyncAuthAPIWithStreamingResponse",
]


class AuthAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AuthAPI) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> WidgetsResourceWithRawResponse:
        return self._client.widgets.with_raw_response

    @cached_property
    def health(self) -> HealthResourceWithRawResponse:
        return self._client.health.with_raw_response

    @cached_property
    def feed(self) -> FeedResourceWithRawResponse:
        return self._client.feed.with_raw_response

    @cached_property
    def reports(self) -> ReportsResourceWithRawResponse:
        return self._client.reports.with_raw_response

    @cached_property
    def legacy(self) -> LegacyResourceWithRawResponse:
        return self._client.legacy.with_raw_response


class AuthAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AuthAPI) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> WidgetsResourceWithStreamingResponse:
        return self._client.widgets.with_streaming_response

    @cached_property
    def health(self) -> HealthResourceWithStreamingResponse:
        return self._client.health.with_streaming_response

    @cached_property
    def feed(self) -> FeedResourceWithStreamingResponse:
        return self._client.feed.with_streaming_response

    @cached_property
    def reports(self) -> ReportsResourceWithStreamingResponse:
        return self._client.reports.with_streaming_response

    @cached_property
    def legacy(self) -> LegacyResourceWithStreamingResponse:
        return self._client.legacy.with_streaming_response


class AsyncAuthAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncAuthAPI) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> AsyncWidgetsResourceWithRawResponse:
        return self._client.widgets.with_raw_response

    @cached_property
    def health(self) -> AsyncHealthResourceWithRawResponse:
        return self._client.health.with_raw_response

    @cached_property
    def feed(self) -> AsyncFeedResourceWithRawResponse:
        return self._client.feed.with_raw_response

    @cached_property
    def reports(self) -> AsyncReportsResourceWithRawResponse:
        return self._client.reports.with_raw_response

    @cached_property
    def legacy(self) -> AsyncLegacyResourceWithRawResponse:
        return self._client.legacy.with_raw_response


class AsyncAuthAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncAuthAPI) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> AsyncWidgetsResourceWithStreamingResponse:
        return self._client.widgets.with_streaming_response

    @cached_property
    def health(self) -> AsyncHealthResourceWithStreamingResponse:
        return self._client.health.with_streaming_response

    @cached_property
    def feed(self) -> AsyncFeedResourceWithStreamingResponse:
        return self._client.feed.with_streaming_response

    @cached_property
    def reports(self) -> AsyncReportsResourceWithStreamingResponse:
        return self._client.reports.with_streaming_response

    @cached_property
    def legacy(self) -> AsyncLegacyResourceWithStreamingResponse:
        return self._client.legacy.with_streaming_response
