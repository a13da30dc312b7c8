"""Calls every method of ``client.chat.completions`` against the mock server, sync and async."""

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
from streaming_api.types import ChatCompletion, ChatCompletionChunk
from tests.utils import assert_matches_type, skipped_if_the_mock_cannot_stream


class TestChatCompletions:
    def test_create(self, client: StreamingAPI) -> None:
        result = client.chat.completions.create(
            model="model",
            messages=["string"],
        )
        assert_matches_type(ChatCompletion, result)

    def test_create_streaming(self, client: StreamingAPI) -> None:
        with (
            skipped_if_the_mock_cannot_stream(),
            client.chat.completions.create(
                model="model",
                messages=["string"],
                stream=True,
            ) as stream,
        ):
            assert_matches_type(Stream[ChatCompletionChunk], stream)

    def test_create_raw_response(self, client: StreamingAPI) -> None:
        response = client.chat.completions.with_raw_response.create(
            model="model",
            messages=["string"],
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(ChatCompletion, response.parse())

    def test_create_streaming_response(self, client: StreamingAPI) -> None:
        with client.chat.completions.with_streaming_response.create(
            model="model",
            messages=["string"],
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(ChatCompletion, response.parse())
        assert response.is_closed


class TestAsyncChatCompletions:
    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncStreamingAPI) -> None:
        result = await async_client.chat.completions.create(
            model="model",
            messages=["string"],
        )
        assert_matches_type(ChatCompletion, result)

    @pytest.mark.anyio
    async def test_create_streaming(self, async_client: AsyncStreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream():
            async with await async_client.chat.completions.create(
                model="model",
                messages=["string"],
                stream=True,
            ) as stream:
                assert_matches_type(AsyncStream[ChatCompletionChunk], stream)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncStreamingAPI) -> None:
        response = await async_client.chat.completions.with_raw_response.create(
            model="model",
            messages=["string"],
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(ChatCompletion, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncStreamingAPI) -> None:
        async with async_client.chat.completions.with_streaming_response.create(
            model="model",
            messages=["string"],
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(ChatCompletion, await response.parse())
        assert response.is_closed
