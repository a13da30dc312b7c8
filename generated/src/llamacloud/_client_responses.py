"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncLlamaCloud, LlamaCloud
    from .resources.classifier import (
        AsyncClassifierResourceWithRawResponse,
        AsyncClassifierResourceWithStreamingResponse,
        ClassifierResourceWithRawResponse,
        ClassifierResourceWithStreamingResponse,
    )

__all__ = [
    "LlamaCloudWithRawResponse",
    "AsyncLlamaCloudWithRawResponse",
    "LlamaCloudWithStreamingResponse",
    "AsyncLlamaCloudWithStreamingResponse",
]


class LlamaCloudWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: LlamaCloud) -> None:
        self._client = client

    @cached_property
    def classifier(self) -> ClassifierResourceWithRawResponse:
        return self._client.classifier.with_raw_response


class LlamaCloudWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: LlamaCloud) -> None:
        self._client = client

    @cached_property
    def classifier(self) -> ClassifierResourceWithStreamingResponse:
        return self._client.classifier.with_streaming_response


class AsyncLlamaCloudWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncLlamaCloud) -> None:
        self._client = client

    @cached_property
    def classifier(self) -> AsyncClassifierResourceWithRawResponse:
        return self._client.classifier.with_raw_response


class AsyncLlamaCloudWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncLlamaCloud) -> None:
        self._client = client

    @cached_property
    def classifier(self) -> AsyncClassifierResourceWithStreamingResponse:
        return self._client.classifier.with_streaming_response
