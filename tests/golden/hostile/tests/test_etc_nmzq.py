"""Calls every method of ``client.etc_nmzq`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from hostile import (
    APIResponse,
    AsyncHostile,
    AsyncStreamedAPIResponse,
    Hostile,
    StreamedAPIResponse,
)
from tests.utils import assert_matches_type


class TestEtcNmzq:
    def test_list(self, client: Hostile) -> None:
        result = client.etc_nmzq.list()
        assert_matches_type(str, result)

    def test_list_raw_response(self, client: Hostile) -> None:
        response = client.etc_nmzq.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(str, response.parse())

    def test_list_streaming_response(self, client: Hostile) -> None:
        with client.etc_nmzq.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(str, response.parse())
        assert response.is_closed


class TestAsyncEtcNmzq:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncHostile) -> None:
        result = await async_client.etc_nmzq.list()
        assert_matches_type(str, result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncHostile) -> None:
        response = await async_client.etc_nmzq.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(str, response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncHostile) -> None:
        async with async_client.etc_nmzq.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(str, await response.parse())
        assert response.is_closed
