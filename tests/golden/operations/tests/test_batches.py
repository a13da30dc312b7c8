"""Calls every method of ``client.batches`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from operations_api import (
    APIResponse,
    AsyncOperationsAPI,
    AsyncStreamedAPIResponse,
    OperationsAPI,
    StreamedAPIResponse,
)
from operations_api.types import Job
from tests.utils import assert_matches_type


class TestBatches:
    def test_retrieve(self, client: OperationsAPI) -> None:
        result = client.batches.retrieve(
            ids=[0],
        )
        assert_matches_type(list[Job], result)

    def test_retrieve_raw_response(self, client: OperationsAPI) -> None:
        response = client.batches.with_raw_response.retrieve(
            ids=[0],
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(list[Job], response.parse())

    def test_retrieve_streaming_response(self, client: OperationsAPI) -> None:
        with client.batches.with_streaming_response.retrieve(
            ids=[0],
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(list[Job], response.parse())
        assert response.is_closed


class TestAsyncBatches:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.batches.retrieve(
            ids=[0],
        )
        assert_matches_type(list[Job], result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.batches.with_raw_response.retrieve(
            ids=[0],
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(list[Job], response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.batches.with_streaming_response.retrieve(
            ids=[0],
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(list[Job], await response.parse())
        assert response.is_closed
