"""Calls every method of ``client.user`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from realworld_api import (
    APIResponse,
    AsyncRealWorld,
    AsyncStreamedAPIResponse,
    RealWorld,
    StreamedAPIResponse,
)
from realworld_api.types import User
from tests.utils import assert_matches_type


class TestUser:
    def test_retrieve(self, client: RealWorld) -> None:
        result = client.user.retrieve()
        assert_matches_type(User, result)

    def test_retrieve_raw_response(self, client: RealWorld) -> None:
        response = client.user.with_raw_response.retrieve()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(User, response.parse())

    def test_retrieve_streaming_response(self, client: RealWorld) -> None:
        with client.user.with_streaming_response.retrieve() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(User, response.parse())
        assert response.is_closed


class TestAsyncUser:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncRealWorld) -> None:
        result = await async_client.user.retrieve()
        assert_matches_type(User, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncRealWorld) -> None:
        response = await async_client.user.with_raw_response.retrieve()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(User, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncRealWorld) -> None:
        async with async_client.user.with_streaming_response.retrieve() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(User, await response.parse())
        assert response.is_closed
