"""Calls every method of ``client.ticks`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from streaming_api import (
    APIResponse,
    AsyncStream,
    AsyncStreamingAPI,
    Stream,
    StreamingAPI,
)
from streaming_api.types import Tick
from tests.utils import assert_matches_type, skipped_if_the_mock_cannot_stream


class TestTicks:
    def test_stream(self, client: StreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream(), client.ticks.stream() as stream:
            assert_matches_type(Stream[Tick], stream)

    def test_stream_raw_response(self, client: StreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream():
            response = client.ticks.with_raw_response.stream()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        with response.parse() as stream:
            assert_matches_type(Stream[Tick], stream)


class TestAsyncTicks:
    @pytest.mark.anyio
    async def test_stream(self, async_client: AsyncStreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream():
            async with await async_client.ticks.stream() as stream:
                assert_matches_type(AsyncStream[Tick], stream)

    @pytest.mark.anyio
    async def test_stream_raw_response(self, async_client: AsyncStreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream():
            response = await async_client.ticks.with_raw_response.stream()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        async with response.parse() as stream:
            assert_matches_type(AsyncStream[Tick], stream)
