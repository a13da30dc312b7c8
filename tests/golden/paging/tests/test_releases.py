"""Calls every method of ``client.releases`` against the mock server, sync and async."""

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
    AsyncLinkHeaderPage,
    SyncLinkHeaderPage,
)
from paging_api.types import Item
from tests.utils import assert_matches_type


class TestReleases:
    def test_list(self, client: PagingAPI) -> None:
        result = client.releases.list()
        assert_matches_type(SyncLinkHeaderPage[Item], result)

    def test_list_raw_response(self, client: PagingAPI) -> None:
        response = client.releases.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(SyncLinkHeaderPage[Item], response.parse())

    def test_list_streaming_response(self, client: PagingAPI) -> None:
        with client.releases.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(SyncLinkHeaderPage[Item], response.parse())
        assert response.is_closed


class TestAsyncReleases:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncPagingAPI) -> None:
        result = await async_client.releases.list()
        assert_matches_type(AsyncLinkHeaderPage[Item], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncPagingAPI) -> None:
        response = await async_client.releases.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(AsyncLinkHeaderPage[Item], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncPagingAPI) -> None:
        async with async_client.releases.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(AsyncLinkHeaderPage[Item], await response.parse())
        assert response.is_closed
