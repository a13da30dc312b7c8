"""Calls every method of ``client.logs`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from streaming_api import (
    APIResponse,
    AsyncStream,
    AsyncStreamingAPI,
    ServerSentEvent,
    Stream,
    StreamingAPI,
)
from tests.utils import assert_matches_type, skipped_if_the_mock_cannot_stream


class TestLogs:
    def test_tail(self, client: StreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream(), client.logs.tail() as stream:
            assert_matches_type(Stream[ServerSentEvent], stream)

    def test_tail_raw_response(self, client: StreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream():
            response = client.logs.with_raw_response.tail()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        with response.parse() as stream:
            assert_matches_type(Stream[ServerSentEvent], stream)


class TestAsyncLogs:
    @pytest.mark.anyio
    async def test_tail(self, async_client: AsyncStreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream():
            async with await async_client.logs.tail() as stream:
                assert_matches_type(AsyncStream[ServerSentEvent], stream)

    @pytest.mark.anyio
    async def test_tail_raw_response(self, async_client: AsyncStreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream():
            response = await async_client.logs.with_raw_response.tail()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        async with response.parse() as stream:
            assert_matches_type(AsyncStream[ServerSentEvent], stream)
