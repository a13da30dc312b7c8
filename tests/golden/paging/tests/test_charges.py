"""Calls every method of ``client.charges`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from paging_api import (
    APIResponse,
    AsyncPagingAPI,
    AsyncStreamedAPIResponse,
    PagingAPI,
    StreamedAPIResponse,
)
from paging_api._pagination import (
    AsyncAfterIdPage,
    SyncAfterIdPage,
)
from paging_api.types import Item
from tests.utils import assert_matches_type


class TestCharges:
    def test_list(self, client: PagingAPI) -> None:
        result = client.charges.list()
        assert_matches_type(SyncAfterIdPage[Item], result)

    def test_list_raw_response(self, client: PagingAPI) -> None:
        response = client.charges.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(SyncAfterIdPage[Item], response.parse())

    def test_list_streaming_response(self, client: PagingAPI) -> None:
        with client.charges.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(SyncAfterIdPage[Item], response.parse())
        assert response.is_closed


class TestAsyncCharges:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncPagingAPI) -> None:
        result = await async_client.charges.list()
        assert_matches_type(AsyncAfterIdPage[Item], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncPagingAPI) -> None:
        response = await async_client.charges.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(AsyncAfterIdPage[Item], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncPagingAPI) -> None:
        async with async_client.charges.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(AsyncAfterIdPage[Item], await response.parse())
        assert response.is_closed
