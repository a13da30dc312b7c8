"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncRealWorld, RealWorld
    from .resources.accounts import (
        AccountsResourceWithRawResponse,
        AccountsResourceWithStreamingResponse,
        AsyncAccountsResourceWithRawResponse,
        AsyncAccountsResourceWithStreamingResponse,
    )
    from .resources.routes import (
        AsyncRoutesResourceWithRawResponse,
        AsyncRoutesResourceWithStreamingResponse,
        RoutesResourceWithRawResponse,
        RoutesResourceWithStreamingResponse,
    )
    from .resources.subscriptions import (
        AsyncSubscriptionsResourceWithRawResponse,
        AsyncSubscriptionsResourceWithStreamingResponse,
        SubscriptionsResourceWithRawResponse,
        SubscriptionsResourceWithStreamingResponse,
    )
    from .resources.user import (
        AsyncUserResourceWithRawResponse,
        AsyncUserResourceWithStreamingResponse,
        UserResourceWithRawResponse,
        UserResourceWithStreamingResponse,
    )

__all__ = [
    "RealWorldWithRawResponse",
    "AsyncRealWorldWithRawResponse",
    "RealWorldWithStreamingResponse",
    "AsyncRealWorldWithStreamingResponse",
]


class RealWorldWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: RealWorld) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AccountsResourceWithRawResponse:
        return self._client.accounts.with_raw_response

    @cached_property
    def user(self) -> UserResourceWithRawResponse:
        return self._client.user.with_raw_response

    @cached_property
    def routes(self) -> RoutesResourceWithRawResponse:
        return self._client.routes.with_raw_response

    @cached_property
    def subscriptions(self) -> SubscriptionsResourceWithRawResponse:
        return self._client.subscriptions.with_raw_response


class RealWorldWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: RealWorld) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AccountsResourceWithStreamingResponse:
        return self._client.accounts.with_streaming_response

    @cached_property
    def user(self) -> UserResourceWithStreamingResponse:
        return self._client.user.with_streaming_response

    @cached_property
    def routes(self) -> RoutesResourceWithStreamingResponse:
        return self._client.routes.with_streaming_response

    @cached_property
    def subscriptions(self) -> SubscriptionsResourceWithStreamingResponse:
        return self._client.subscriptions.with_streaming_response


class AsyncRealWorldWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncRealWorld) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AsyncAccountsResourceWithRawResponse:
        return self._client.accounts.with_raw_response

    @cached_property
    def user(self) -> AsyncUserResourceWithRawResponse:
        return self._client.user.with_raw_response

    @cached_property
    def routes(self) -> AsyncRoutesResourceWithRawResponse:
        return self._client.routes.with_raw_response

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResourceWithRawResponse:
        return self._client.subscriptions.with_raw_response


class AsyncRealWorldWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncRealWorld) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AsyncAccountsResourceWithStreamingResponse:
        return self._client.accounts.with_streaming_response

    @cached_property
    def user(self) -> AsyncUserResourceWithStreamingResponse:
        return self._client.user.with_streaming_response

    @cached_property
    def routes(self) -> AsyncRoutesResourceWithStreamingResponse:
        return self._client.routes.with_streaming_response

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResourceWithStreamingResponse:
        return self._client.subscriptions.with_streaming_response
