"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncMultifileAPI, MultifileAPI
    from .resources.owners import (
        AsyncOwnersResourceWithRawResponse,
        AsyncOwnersResourceWithStreamingResponse,
        OwnersResourceWithRawResponse,
        OwnersResourceWithStreamingResponse,
    )
    from .resources.pets import (
        AsyncPetsResourceWithRawResponse,
        AsyncPetsResourceWithStreamingResponse,
        PetsResourceWithRawResponse,
        PetsResourceWithStreamingResponse,
    )

__all__ = [
    "MultifileAPIWithRawResponse",
    "AsyncMultifileAPIWithRawResponse",
    "MultifileAPIWithStreamingResponse",
    "AsyncMultifileAPIWithStreamingResponse",
]


class MultifileAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: MultifileAPI) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsResourceWithRawResponse:
        return self._client.pets.with_raw_response

    @cached_property
    def owners(self) -> OwnersResourceWithRawResponse:
        return self._client.owners.with_raw_response


class MultifileAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: MultifileAPI) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsResourceWithStreamingResponse:
        return self._client.pets.with_streaming_response

    @cached_property
    def owners(self) -> OwnersResourceWithStreamingResponse:
        return self._client.owners.with_streaming_response


class AsyncMultifileAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncMultifileAPI) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsResourceWithRawResponse:
        return self._client.pets.with_raw_response

    @cached_property
    def owners(self) -> AsyncOwnersResourceWithRawResponse:
        return self._client.owners.with_raw_response


class AsyncMultifileAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncMultifileAPI) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsResourceWithStreamingResponse:
        return self._client.pets.with_streaming_response

    @cached_property
    def owners(self) -> AsyncOwnersResourceWithStreamingResponse:
        return self._client.owners.with_streaming_response
