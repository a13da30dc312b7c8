"""Calls every method of ``client.reports`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from auth_api import (
    APIResponse,
    AsyncAuthAPI,
    AsyncStreamedAPIResponse,
    AuthAPI,
    StreamedAPIResponse,
)
from auth_api.types import Status
from tests.utils import assert_matches_type


class TestReports:
    def test_retrieve(self, client: AuthAPI) -> None:
        result = client.reports.retrieve()
        assert_matches_type(Status, result)

    def test_retrieve_raw_response(self, client: AuthAPI) -> None:
        response = client.reports.with_raw_response.retrieve()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Status, response.parse())

    def test_retrieve_streaming_response(self, client: AuthAPI) -> None:
        with client.reports.with_streaming_response.retrieve() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Status, response.parse())
        assert response.is_closed


class TestAsyncReports:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncAuthAPI) -> None:
        result = await async_client.reports.retrieve()
        assert_matches_type(Status, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncAuthAPI) -> None:
        response = await async_client.reports.with_raw_response.retrieve()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Status, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncAuthAPI) -> None:
        async with async_client.reports.with_streaming_response.retrieve() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Status, await response.parse())
        assert response.is_closed
