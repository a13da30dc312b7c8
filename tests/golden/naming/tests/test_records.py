"""Calls every method of ``client.records`` against the mock server."""

from __future__ import annotations

import pytest

from naming_api import APIResponse, AsyncNamingAPI, NamingAPI
from naming_api.types import Record


class TestRecordsApi:
    def test_list(self, client: NamingAPI) -> None:
        result = client.records.list()
        del result  # the call succeeding is the test

    def test_list_raw_response(self, client: NamingAPI) -> None:
        response = client.records.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_create(self, client: NamingAPI) -> None:
        result = client.records.create(
            type="@type",
        )
        assert isinstance(result, Record)

    def test_create_raw_response(self, client: NamingAPI) -> None:
        response = client.records.with_raw_response.create(
            type="@type",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_get_record(self, client: NamingAPI) -> None:
        result = client.records.get_record(
            record_id="record-id",
        )
        assert isinstance(result, Record)

    def test_get_record_raw_response(self, client: NamingAPI) -> None:
        response = client.records.with_raw_response.get_record(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_run_retrieval(self, client: NamingAPI) -> None:
        result = client.records.run_retrieval(
            record_id="record-id",
        )
        assert isinstance(result, Record)

    def test_run_retrieval_raw_response(self, client: NamingAPI) -> None:
        response = client.records.with_raw_response.run_retrieval(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_sync_cancel(self, client: NamingAPI) -> None:
        result = client.records.sync_cancel(
            record_id="record-id",
        )
        del result  # the call succeeding is the test

    def test_sync_cancel_raw_response(self, client: NamingAPI) -> None:
        response = client.records.with_raw_response.sync_cancel(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncRecordsApi:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.records.list()
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.records.create(
            type="@type",
        )
        assert isinstance(result, Record)

    @pytest.mark.anyio
    async def test_get_record(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.records.get_record(
            record_id="record-id",
        )
        assert isinstance(result, Record)

    @pytest.mark.anyio
    async def test_run_retrieval(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.records.run_retrieval(
            record_id="record-id",
        )
        assert isinstance(result, Record)

    @pytest.mark.anyio
    async def test_sync_cancel(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.records.sync_cancel(
            record_id="record-id",
        )
        del result  # the call succeeding is the test
