"""Calls every method of ``client.completions`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from streaming_api import (
    APIResponse,
    AsyncStream,
    AsyncStreamedAPIResponse,
    AsyncStreamingAPI,
    Stream,
    StreamedAPIResponse,
    StreamingAPI,
)
from streaming_api.types import Completion, CompletionDelta, CompletionDone
from tests.utils import assert_matches_type, skipped_if_the_mock_cannot_stream


class TestCompletions:
    def test_create(self, client: StreamingAPI) -> None:
        result = client.completions.create(
            prompt="prompt",
            stream=False,
        )
        assert_matches_type(Completion, result)

    def test_create_streaming(self, client: StreamingAPI) -> None:
        with (
            skipped_if_the_mock_cannot_stream(),
            client.completions.create(
                prompt="prompt",
                stream=True,
            ) as stream,
        ):
            assert_matches_type(Stream[CompletionDelta | CompletionDone], stream)

    def test_create_raw_response(self, client: StreamingAPI) -> None:
        response = client.completions.with_raw_response.create(
            prompt="prompt",
            stream=False,
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Completion, response.parse())

    def test_create_streaming_response(self, client: StreamingAPI) -> None:
        with client.completions.with_streaming_response.create(
            prompt="prompt",
            stream=False,
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Completion, response.parse())
        assert response.is_closed


class TestAsyncCompletions:
    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncStreamingAPI) -> None:
        result = await async_client.completions.create(
            prompt="prompt",
            stream=False,
        )
        assert_matches_type(Completion, result)

    @pytest.mark.anyio
    async def test_create_streaming(self, async_client: AsyncStreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream():
            async with await async_client.completions.create(
                prompt="prompt",
                stream=True,
            ) as stream:
                assert_matches_type(AsyncStream[CompletionDelta | CompletionDone], stream)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncStreamingAPI) -> None:
        response = await async_client.completions.with_raw_response.create(
            prompt="prompt",
            stream=False,
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Completion, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncStreamingAPI) -> None:
        async with async_client.completions.with_streaming_response.create(
            prompt="prompt",
            stream=False,
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Completion, await response.parse())
        assert response.is_closed
