"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncPetstore, Petstore
    from .resources.pets import (
        AsyncPetsResourceWithRawResponse,
        AsyncPetsResourceWithStreamingResponse,
        PetsResourceWithRawResponse,
        PetsResourceWithStreamingResponse,
    )

__all__ = [
    "PetstoreWithRawResponse",
    "AsyncPetstoreWithRawResponse",
    "PetstoreWithStreamingResponse",
    "AsyncPetstoreWithStreamingResponse",
]


class PetstoreWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: Petstore) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsResourceWithRawResponse:
        return self._client.pets.with_raw_response


class PetstoreWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: Petstore) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsResourceWithStreamingResponse:
        return self._client.pets.with_streaming_response


class AsyncPetstoreWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncPetstore) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsResourceWithRawResponse:
        return self._client.pets.with_raw_response


class AsyncPetstoreWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncPetstore) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsResourceWithStreamingResponse:
        return self._client.pets.with_streaming_response
