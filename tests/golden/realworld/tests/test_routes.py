"""Calls every method of ``client.routes`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from realworld_api import (
    APIResponse,
    AsyncRealWorld,
    AsyncStreamedAPIResponse,
    RealWorld,
    StreamedAPIResponse,
)
from realworld_api.types import Route
from tests.utils import assert_matches_type


class TestRoutes:
    def test_create(self, client: RealWorld) -> None:
        result = client.routes.create(
            start=(0, 0),
            end=(0, 0),
        )
        assert_matches_type(Route, result)

    def test_create_raw_response(self, client: RealWorld) -> None:
        response = client.routes.with_raw_response.create(
            start=(0, 0),
            end=(0, 0),
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Route, response.parse())

    def test_create_streaming_response(self, client: RealWorld) -> None:
        with client.routes.with_streaming_response.create(
            start=(0, 0),
            end=(0, 0),
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Route, response.parse())
        assert response.is_closed


class TestAsyncRoutes:
    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncRealWorld) -> None:
        result = await async_client.routes.create(
            start=(0, 0),
            end=(0, 0),
        )
        assert_matches_type(Route, result)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncRealWorld) -> None:
        response = await async_client.routes.with_raw_response.create(
            start=(0, 0),
            end=(0, 0),
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Route, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncRealWorld) -> None:
        async with async_client.routes.with_streaming_response.create(
            start=(0, 0),
            end=(0, 0),
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Route, await response.parse())
        assert response.is_closed
