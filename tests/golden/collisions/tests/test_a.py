"""Calls every method of ``client.a`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from collisions_api import (
    APIResponse,
    AsyncCollisionsAPI,
    AsyncStreamedAPIResponse,
    CollisionsAPI,
    StreamedAPIResponse,
)
from collisions_api.types import Thing
from tests.utils import assert_matches_type


class TestA:
    def test_retrieve(self, client: CollisionsAPI) -> None:
        result = client.a.retrieve()
        assert_matches_type(Thing, result)

    def test_retrieve_raw_response(self, client: CollisionsAPI) -> None:
        response = client.a.with_raw_response.retrieve()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Thing, response.parse())

    def test_retrieve_streaming_response(self, client: CollisionsAPI) -> None:
        with client.a.with_streaming_response.retrieve() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Thing, response.parse())
        assert response.is_closed


class TestAsyncA:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncCollisionsAPI) -> None:
        result = await async_client.a.retrieve()
        assert_matches_type(Thing, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncCollisionsAPI) -> None:
        response = await async_client.a.with_raw_response.retrieve()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Thing, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncCollisionsAPI) -> None:
        async with async_client.a.with_streaming_response.retrieve() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Thing, await response.parse())
        assert response.is_closed
