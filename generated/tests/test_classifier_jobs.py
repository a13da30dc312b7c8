"""Calls every method of ``client.classifier.jobs`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from llamacloud import (
    APIResponse,
    AsyncLlamaCloud,
    AsyncStreamedAPIResponse,
    LlamaCloud,
    StreamedAPIResponse,
)
from llamacloud._pagination import AsyncCursorPage, SyncCursorPage
from llamacloud.types import ClassifyJob
from tests.utils import assert_matches_type


class TestJobs:
    def test_list(self, client: LlamaCloud) -> None:
        result = client.classifier.jobs.list()
        assert_matches_type(SyncCursorPage[ClassifyJob], result)

    def test_list_raw_response(self, client: LlamaCloud) -> None:
        response = client.classifier.jobs.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(SyncCursorPage[ClassifyJob], response.parse())

    def test_list_streaming_response(self, client: LlamaCloud) -> None:
        with client.classifier.jobs.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(SyncCursorPage[ClassifyJob], response.parse())
        assert response.is_closed


class TestAsyncJobs:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncLlamaCloud) -> None:
        result = await async_client.classifier.jobs.list()
        assert_matches_type(AsyncCursorPage[ClassifyJob], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncLlamaCloud) -> None:
        response = await async_client.classifier.jobs.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(AsyncCursorPage[ClassifyJob], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncLlamaCloud) -> None:
        async with async_client.classifier.jobs.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(AsyncCursorPage[ClassifyJob], await response.parse())
        assert response.is_closed
