"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncSchemasAPI, SchemasAPI
    from .resources.accounts import (
        AccountsResourceWithRawResponse,
        AccountsResourceWithStreamingResponse,
        AsyncAccountsResourceWithRawResponse,
        AsyncAccountsResourceWithStreamingResponse,
    )
    from .resources.pets import (
        AsyncPetsResourceWithRawResponse,
        AsyncPetsResourceWithStreamingResponse,
        PetsResourceWithRawResponse,
        PetsResourceWithStreamingResponse,
    )
    from .resources.shapes import (
        AsyncShapesResourceWithRawResponse,
        AsyncShapesResourceWithStreamingResponse,
        ShapesResourceWithRawResponse,
        ShapesResourceWithStreamingResponse,
    )
    from .resources.trees import (
        AsyncTreesResourceWithRawResponse,
        AsyncTreesResourceWithStreamingResponse,
        TreesResourceWithRawResponse,
        TreesResourceWithStreamingResponse,
    )

__all__ = [
    "SchemasAPIWithRawResponse",
    "AsyncSchemasAPIWithRawResponse",
    "SchemasAPIWithStreamingResponse",
    "AsyncSchemasAPIWithStreamingResponse",
]


class SchemasAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: SchemasAPI) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsResourceWithRawResponse:
        return self._client.pets.with_raw_response

    @cached_property
    def shapes(self) -> ShapesResourceWithRawResponse:
        return self._client.shapes.with_raw_response

    @cached_property
    def trees(self) -> TreesResourceWithRawResponse:
        return self._client.trees.with_raw_response

    @cached_property
    def accounts(self) -> AccountsResourceWithRawResponse:
        return self._client.accounts.with_raw_response


class SchemasAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: SchemasAPI) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsResourceWithStreamingResponse:
        return self._client.pets.with_streaming_response

    @cached_property
    def shapes(self) -> ShapesResourceWithStreamingResponse:
        return self._client.shapes.with_streaming_response

    @cached_property
    def trees(self) -> TreesResourceWithStreamingResponse:
        return self._client.trees.with_streaming_response

    @cached_property
    def accounts(self) -> AccountsResourceWithStreamingResponse:
        return self._client.accounts.with_streaming_response


class AsyncSchemasAPIWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncSchemasAPI) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsResourceWithRawResponse:
        return self._client.pets.with_raw_response

    @cached_property
    def shapes(self) -> AsyncShapesResourceWithRawResponse:
        return self._client.shapes.with_raw_response

    @cached_property
    def trees(self) -> AsyncTreesResourceWithRawResponse:
        return self._client.trees.with_raw_response

    @cached_property
    def accounts(self) -> AsyncAccountsResourceWithRawResponse:
        return self._client.accounts.with_raw_response


class AsyncSchemasAPIWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncSchemasAPI) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsResourceWithStreamingResponse:
        return self._client.pets.with_streaming_response

    @cached_property
    def shapes(self) -> AsyncShapesResourceWithStreamingResponse:
        return self._client.shapes.with_streaming_response

    @cached_property
    def trees(self) -> AsyncTreesResourceWithStreamingResponse:
        return self._client.trees.with_streaming_response

    @cached_property
    def accounts(self) -> AsyncAccountsResourceWithStreamingResponse:
        return self._client.accounts.with_streaming_response
