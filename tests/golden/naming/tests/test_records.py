"""Calls every method of ``client.records`` against the mock server, sync and async."""

from __future__ import annotations

import builtins

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


class TestRecordsApi:
    def test_list(self, client: NamingAPI) -> None:
        result = client.records.list()
        assert_matches_type(builtins.list[Record], result)

    def test_list_raw_response(self, client: NamingAPI) -> None:
        response = client.records.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Record], response.parse())

    def test_list_streaming_response(self, client: NamingAPI) -> None:
        with client.records.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Record], response.parse())
        assert response.is_closed

    def test_create(self, client: NamingAPI) -> None:
        result = client.records.create(
            type="@type",
        )
        assert_matches_type(Record, result)

    def test_create_raw_response(self, client: NamingAPI) -> None:
        response = client.records.with_raw_response.create(
            type="@type",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Record, response.parse())

    def test_create_streaming_response(self, client: NamingAPI) -> None:
        with client.records.with_streaming_response.create(
            type="@type",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Record, response.parse())
        assert response.is_closed

    def test_get_record(self, client: NamingAPI) -> None:
        result = client.records.get_record(
            record_id="record-id",
        )
        assert_matches_type(Record, result)

    def test_get_record_raw_response(self, client: NamingAPI) -> None:
        response = client.records.with_raw_response.get_record(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Record, response.parse())

    def test_get_record_streaming_response(self, client: NamingAPI) -> None:
        with client.records.with_streaming_response.get_record(
            record_id="record-id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Record, response.parse())
        assert response.is_closed

    def test_get_record_refuses_empty_record_id(self, client: NamingAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.records.get_record(
                record_id="",
            )

    def test_run_retrieval(self, client: NamingAPI) -> None:
        result = client.records.run_retrieval(
            record_id="record-id",
        )
        assert_matches_type(Record, result)

    def test_run_retrieval_raw_response(self, client: NamingAPI) -> None:
        response = client.records.with_raw_response.run_retrieval(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Record, response.parse())

    def test_run_retrieval_streaming_response(self, client: NamingAPI) -> None:
        with client.records.with_streaming_response.run_retrieval(
            record_id="record-id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Record, response.parse())
        assert response.is_closed

    def test_run_retrieval_refuses_empty_record_id(self, client: NamingAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.records.run_retrieval(
                record_id="",
            )

    def test_sync_cancel(self, client: NamingAPI) -> None:
        # It returns None: not raising is the test.
        client.records.sync_cancel(
            record_id="record-id",
        )

    def test_sync_cancel_raw_response(self, client: NamingAPI) -> None:
        response = client.records.with_raw_response.sync_cancel(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_sync_cancel_streaming_response(self, client: NamingAPI) -> None:
        with client.records.with_streaming_response.sync_cancel(
            record_id="record-id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed

    def test_sync_cancel_refuses_empty_record_id(self, client: NamingAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.records.sync_cancel(
                record_id="",
            )


class TestAsyncRecordsApi:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.records.list()
        assert_matches_type(builtins.list[Record], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncNamingAPI) -> None:
        response = await async_client.records.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Record], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncNamingAPI) -> None:
        async with async_client.records.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Record], await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.records.create(
            type="@type",
        )
        assert_matches_type(Record, result)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncNamingAPI) -> None:
        response = await async_client.records.with_raw_response.create(
            type="@type",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Record, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncNamingAPI) -> None:
        async with async_client.records.with_streaming_response.create(
            type="@type",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Record, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_get_record(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.records.get_record(
            record_id="record-id",
        )
        assert_matches_type(Record, result)

    @pytest.mark.anyio
    async def test_get_record_raw_response(self, async_client: AsyncNamingAPI) -> None:
        response = await async_client.records.with_raw_response.get_record(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Record, response.parse())

    @pytest.mark.anyio
    async def test_get_record_streaming_response(self, async_client: AsyncNamingAPI) -> None:
        async with async_client.records.with_streaming_response.get_record(
            record_id="record-id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Record, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_get_record_refuses_empty_record_id(self, async_client: AsyncNamingAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.records.get_record(
                record_id="",
            )

    @pytest.mark.anyio
    async def test_run_retrieval(self, async_client: AsyncNamingAPI) -> None:
        result = await async_client.records.run_retrieval(
            record_id="record-id",
        )
        assert_matches_type(Record, result)

    @pytest.mark.anyio
    async def test_run_retrieval_raw_response(self, async_client: AsyncNamingAPI) -> None:
        response = await async_client.records.with_raw_response.run_retrieval(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Record, response.parse())

    @pytest.mark.anyio
    async def test_run_retrieval_streaming_response(self, async_client: AsyncNamingAPI) -> None:
        async with async_client.records.with_streaming_response.run_retrieval(
            record_id="record-id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Record, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_run_retrieval_refuses_empty_record_id(
        self, async_client: AsyncNamingAPI
    ) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.records.run_retrieval(
                record_id="",
            )

    @pytest.mark.anyio
    async def test_sync_cancel(self, async_client: AsyncNamingAPI) -> None:
        # It returns None: not raising is the test.
        await async_client.records.sync_cancel(
            record_id="record-id",
        )

    @pytest.mark.anyio
    async def test_sync_cancel_raw_response(self, async_client: AsyncNamingAPI) -> None:
        response = await async_client.records.with_raw_response.sync_cancel(
            record_id="record-id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_sync_cancel_streaming_response(self, async_client: AsyncNamingAPI) -> None:
        async with async_client.records.with_streaming_response.sync_cancel(
            record_id="record-id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_sync_cancel_refuses_empty_record_id(self, async_client: AsyncNamingAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.records.sync_cancel(
                record_id="",
            )
