"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncTwilioStyle, TwilioStyle
    from .resources.accounts import (
        AccountsResourceWithRawResponse,
        AccountsResourceWithStreamingResponse,
        AsyncAccountsResourceWithRawResponse,
        AsyncAccountsResourceWithStreamingResponse,
    )

__all__ = [
    "TwilioStyleWithRawResponse",
    "AsyncTwilioStyleWithRawResponse",
    "TwilioStyleWithStreamingResponse",
    "AsyncTwilioStyleWithStreamingResponse",
]


class TwilioStyleWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: TwilioStyle) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AccountsResourceWithRawResponse:
        return self._client.accounts.with_raw_response


class TwilioStyleWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: TwilioStyle) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AccountsResourceWithStreamingResponse:
        return self._client.accounts.with_streaming_response


class AsyncTwilioStyleWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncTwilioStyle) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AsyncAccountsResourceWithRawResponse:
        return self._client.accounts.with_raw_response


class AsyncTwilioStyleWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncTwilioStyle) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AsyncAccountsResourceWithStreamingResponse:
        return self._client.accounts.with_streaming_response
