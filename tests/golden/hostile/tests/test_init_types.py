"""Calls every method of ``client.init.types`` against the mock server, sync and async."""

from __future__ import annotations

import builtins

import pytest

from hostile import (
    APIResponse,
    AsyncHostile,
    AsyncStreamedAPIResponse,
    Hostile,
    StreamedAPIResponse,
)
from hostile.types import Init
from tests.utils import assert_matches_type


class TestInitTypes:
    def test_list(self, client: Hostile) -> None:
        result = client.init.types.list()
        assert_matches_type(builtins.list[Init], result)

    def test_list_raw_response(self, client: Hostile) -> None:
        response = client.init.types.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Init], response.parse())

    def test_list_streaming_response(self, client: Hostile) -> None:
        with client.init.types.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Init], response.parse())
        assert response.is_closed


class TestAsyncInitTypes:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncHostile) -> None:
        result = await async_client.init.types.list()
        assert_matches_type(builtins.list[Init], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncHostile) -> None:
        response = await async_client.init.types.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Init], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncHostile) -> None:
        async with async_client.init.types.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Init], await response.parse())
        assert response.is_closed
