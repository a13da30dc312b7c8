"""Calls every method of ``client.things`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from collisions_api import (
    APIResponse,
    AsyncCollisionsAPI,
    AsyncStreamedAPIResponse,
    CollisionsAPI,
    StreamedAPIResponse,
)
from collisions_api._pagination import AsyncCursorPage, SyncCursorPage
from collisions_api.types import Thing
from tests.utils import assert_matches_type


class TestThings:
    def test_list(self, client: CollisionsAPI) -> None:
        result = client.things.list()
        assert_matches_type(SyncCursorPage[Thing], result)

    def test_list_raw_response(self, client: CollisionsAPI) -> None:
        response = client.things.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(SyncCursorPage[Thing], response.parse())

    def test_list_streaming_response(self, client: CollisionsAPI) -> None:
        with client.things.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(SyncCursorPage[Thing], response.parse())
        assert response.is_closed

    def test_create(self, client: CollisionsAPI) -> None:
        result = client.things.create()
        assert_matches_type(Thing, result)

    def test_create_raw_response(self, client: CollisionsAPI) -> None:
        response = client.things.with_raw_response.create()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Thing, response.parse())

    def test_create_streaming_response(self, client: CollisionsAPI) -> None:
        with client.things.with_streaming_response.create() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Thing, response.parse())
        assert response.is_closed


class TestAsyncThings:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncCollisionsAPI) -> None:
        result = await async_client.things.list()
        assert_matches_type(AsyncCursorPage[Thing], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncCollisionsAPI) -> None:
        response = await async_client.things.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(AsyncCursorPage[Thing], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncCollisionsAPI) -> None:
        async with async_client.things.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(AsyncCursorPage[Thing], await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncCollisionsAPI) -> None:
        result = await async_client.things.create()
        assert_matches_type(Thing, result)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncCollisionsAPI) -> None:
        response = await async_client.things.with_raw_response.create()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Thing, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncCollisionsAPI) -> None:
        async with async_client.things.with_streaming_response.create() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Thing, await response.parse())
        assert response.is_closed
