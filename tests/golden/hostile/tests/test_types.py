"""Calls every method of ``client.types`` against the mock server, sync and async."""

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


class TestTypes:
    def test_create(self, client: Hostile) -> None:
        # It returns None: not raising is the test.
        client.types.create()

    def test_create_raw_response(self, client: Hostile) -> None:
        response = client.types.with_raw_response.create()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_create_streaming_response(self, client: Hostile) -> None:
        with client.types.with_streaming_response.create() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed


class TestAsyncTypes:
    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncHostile) -> None:
        # It returns None: not raising is the test.
        await async_client.types.create()

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncHostile) -> None:
        response = await async_client.types.with_raw_response.create()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncHostile) -> None:
        async with async_client.types.with_streaming_response.create() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed
