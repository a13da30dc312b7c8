"""Calls every method of ``client.abs_nmzq2`` against the mock server, sync and async."""

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


class TestAbsNmzq2:
    def test_delete_all(self, client: Hostile) -> None:
        # It returns None: not raising is the test.
        client.abs_nmzq2.delete_all()

    def test_delete_all_raw_response(self, client: Hostile) -> None:
        response = client.abs_nmzq2.with_raw_response.delete_all()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_delete_all_streaming_response(self, client: Hostile) -> None:
        with client.abs_nmzq2.with_streaming_response.delete_all() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed


class TestAsyncAbsNmzq2:
    @pytest.mark.anyio
    async def test_delete_all(self, async_client: AsyncHostile) -> None:
        # It returns None: not raising is the test.
        await async_client.abs_nmzq2.delete_all()

    @pytest.mark.anyio
    async def test_delete_all_raw_response(self, async_client: AsyncHostile) -> None:
        response = await async_client.abs_nmzq2.with_raw_response.delete_all()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_delete_all_streaming_response(self, async_client: AsyncHostile) -> None:
        async with async_client.abs_nmzq2.with_streaming_response.delete_all() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed
