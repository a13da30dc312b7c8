"""Calls every method of ``client.reports`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from paging_api import (
    APIResponse,
    AsyncPagingAPI,
    AsyncStreamedAPIResponse,
    PagingAPI,
    StreamedAPIResponse,
)
from paging_api.types import ReportsGetResponse
from tests.utils import assert_matches_type


class TestReports:
    def test_list(self, client: PagingAPI) -> None:
        result = client.reports.list()
        assert_matches_type(ReportsGetResponse, result)

    def test_list_raw_response(self, client: PagingAPI) -> None:
        response = client.reports.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(ReportsGetResponse, response.parse())

    def test_list_streaming_response(self, client: PagingAPI) -> None:
        with client.reports.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(ReportsGetResponse, response.parse())
        assert response.is_closed


class TestAsyncReports:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncPagingAPI) -> None:
        result = await async_client.reports.list()
        assert_matches_type(ReportsGetResponse, result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncPagingAPI) -> None:
        response = await async_client.reports.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(ReportsGetResponse, response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncPagingAPI) -> None:
        async with async_client.reports.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(ReportsGetResponse, await response.parse())
        assert response.is_closed
