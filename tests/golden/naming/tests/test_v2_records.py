"""Calls every method of ``client.v2.records`` against the mock server."""

from __future__ import annotations

import pytest

from naming_api import APIResponse, AsyncNamingAPI, NamingAPI
from naming_api.types import Record


class TestV2Records:
    def test_retrieve(self, client: NamingAPI) -> None:
        result = client.v2.records.retrieve(
            record_id="record-id",
        )
        assert isinstance(result, Record)

    def test_retrieve_raw_response(self, client: NamingAPI) -> None:
        response = client.v2.records.with_raw_response.retrieve(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncV2Records:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.v2.records.retrieve(
            record_id="record-id",
        )
        assert isinstance(result, Record)
