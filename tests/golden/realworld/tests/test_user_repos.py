"""Calls every method of ``client.user.repos`` against the mock server, sync and async."""

from __future__ import annotations

import builtins

import pytest

from realworld_api import (
    APIResponse,
    AsyncRealWorld,
    AsyncStreamedAPIResponse,
    RealWorld,
    StreamedAPIResponse,
)
from realworld_api.types import Repository
from tests.utils import assert_matches_type


class TestRepos:
    def test_list(self, client: RealWorld) -> None:
        result = client.user.repos.list()
        assert_matches_type(builtins.list[Repository], result)

    def test_list_raw_response(self, client: RealWorld) -> None:
        response = client.user.repos.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Repository], response.parse())

    def test_list_streaming_response(self, client: RealWorld) -> None:
        with client.user.repos.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Repository], response.parse())
        assert response.is_closed


class TestAsyncRepos:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncRealWorld) -> None:
        result = await async_client.user.repos.list()
        assert_matches_type(builtins.list[Repository], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncRealWorld) -> None:
        response = await async_client.user.repos.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Repository], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncRealWorld) -> None:
        async with async_client.user.repos.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Repository], await response.parse())
        assert response.is_closed
