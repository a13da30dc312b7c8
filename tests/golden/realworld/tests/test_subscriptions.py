"""Calls every method of ``client.subscriptions`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from realworld_api import (
    APIResponse,
    AsyncRealWorld,
    AsyncStreamedAPIResponse,
    RealWorld,
    StreamedAPIResponse,
)
from tests.utils import assert_matches_type


class TestSubscriptions:
    def test_create(self, client: RealWorld) -> None:
        # It returns None: not raising is the test.
        client.subscriptions.create(
            url="https://example.com",
        )

    def test_create_raw_response(self, client: RealWorld) -> None:
        response = client.subscriptions.with_raw_response.create(
            url="https://example.com",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_create_streaming_response(self, client: RealWorld) -> None:
        with client.subscriptions.with_streaming_response.create(
            url="https://example.com",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed


class TestAsyncSubscriptions:
    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncRealWorld) -> None:
        # It returns None: not raising is the test.
        await async_client.subscriptions.create(
            url="https://example.com",
        )

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncRealWorld) -> None:
        response = await async_client.subscriptions.with_raw_response.create(
            url="https://example.com",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncRealWorld) -> None:
        async with async_client.subscriptions.with_streaming_response.create(
            url="https://example.com",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed
