"""Calls every method of ``client.classifier.jobs`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from llamacloud import APIResponse, AsyncLlamaCloud, LlamaCloud
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
