"""Calls every method of ``client.speech`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from streaming_api import (
    APIResponse,
    AsyncStreamedAPIResponse,
    AsyncStreamingAPI,
    StreamedAPIResponse,
    StreamingAPI,
)
from tests.utils import assert_matches_type


class TestSpeech:
    def test_create(self, client: StreamingAPI) -> None:
        result = client.speech.create(
            input="input",
        )
        assert_matches_type(bytes, result)

    def test_create_raw_response(self, client: StreamingAPI) -> None:
        response = client.speech.with_raw_response.create(
            input="input",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(bytes, response.parse())

    def test_create_streaming_response(self, client: StreamingAPI) -> None:
        with client.speech.with_streaming_response.create(
            input="input",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(bytes, response.parse())
        assert response.is_closed


class TestAsyncSpeech:
    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncStreamingAPI) -> None:
        result = await async_client.speech.create(
            input="input",
        )
        assert_matches_type(bytes, result)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncStreamingAPI) -> None:
        response = await async_client.speech.with_raw_response.create(
            input="input",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(bytes, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncStreamingAPI) -> None:
        async with async_client.speech.with_streaming_response.create(
            input="input",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(bytes, await response.parse())
        assert response.is_closed
