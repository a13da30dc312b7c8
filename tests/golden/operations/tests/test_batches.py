"""Calls every method of ``client.batches`` against the mock server."""

from __future__ import annotations

import pytest

from operations_api import APIResponse, AsyncOperationsAPI, OperationsAPI


class TestBatches:
    def test_retrieve(self, client: OperationsAPI) -> None:
        result = client.batches.retrieve(
            ids=[0],
        )
        del result  # the call succeeding is the test

    def test_retrieve_raw_response(self, client: OperationsAPI) -> None:
        response = client.batches.with_raw_response.retrieve(
            ids=[0],
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncBatches:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.batches.retrieve(
            ids=[0],
        )
        del result  # the call succeeding is the test
