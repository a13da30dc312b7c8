"""Calls every method of ``client.records_resource`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from naming_api import (
    APIResponse,
    AsyncNamingAPI,
    AsyncStreamedAPIResponse,
    NamingAPI,
    StreamedAPIResponse,
)
from naming_api.types import RecordsResource
from tests.utils import assert_matches_type


class TestRecordsResource:
    def test_retrieve(self, client: NamingAPI) -> None:
        result = client.records_resource.retrieve()
        assert_matches_type(RecordsResource, result)

    def test_retrieve_raw_response(self, client: NamingAPI) -> None:
        response = client.records_resource.with_raw_response.retrieve()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(RecordsResource, response.parse())

    def test_retrieve_streaming_response(self, client: NamingAPI) -> None:
        with client.records_resource.with_streaming_response.retrieve() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(RecordsResource, response.parse())
        assert response.is_closed


class TestAsyncRecordsResource:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.records_resource.retrieve()
        assert_matches_type(RecordsResource, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncNamingAPI) -> None:
        response = await async_client.records_resource.with_raw_response.retrieve()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(RecordsResource, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncNamingAPI) -> None:
        async with async_client.records_resource.with_streaming_response.retrieve() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(RecordsResource, await response.parse())
        assert response.is_closed
