"""Calls every method of ``client.v2.records`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from naming_api import (
    APIResponse,
    AsyncNamingAPI,
    AsyncStreamedAPIResponse,
    NamingAPI,
    StreamedAPIResponse,
)
from naming_api.types import Record
from tests.utils import assert_matches_type


class TestV2Records:
    def test_retrieve(self, client: NamingAPI) -> None:
        result = client.v2.records.retrieve(
            record_id="record-id",
        )
        assert_matches_type(Record, result)

    def test_retrieve_raw_response(self, client: NamingAPI) -> None:
        response = client.v2.records.with_raw_response.retrieve(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Record, response.parse())

    def test_retrieve_streaming_response(self, client: NamingAPI) -> None:
        with client.v2.records.with_streaming_response.retrieve(
            record_id="record-id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Record, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_record_id(self, client: NamingAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.v2.records.retrieve(
                record_id="",
            )


class TestAsyncV2Records:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.v2.records.retrieve(
            record_id="record-id",
        )
        assert_matches_type(Record, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncNamingAPI) -> None:
        response = await async_client.v2.records.with_raw_response.retrieve(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Record, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncNamingAPI) -> None:
        async with async_client.v2.records.with_streaming_response.retrieve(
            record_id="record-id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Record, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_record_id(self, async_client: AsyncNamingAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.v2.records.retrieve(
                record_id="",
            )
