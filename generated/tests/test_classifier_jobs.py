"""Calls every method of ``client.classifier.jobs`` against the mock server."""

from __future__ import annotations

import pytest

from llamacloud import APIResponse, AsyncLlamaCloud, LlamaCloud
from llamacloud._pagination import AsyncPage, SyncPage


class TestJobs:
    def test_list(self, client: LlamaCloud) -> None:
        result = client.classifier.jobs.list()
        assert isinstance(result, SyncPage)

    def test_list_raw_response(self, client: LlamaCloud) -> None:
        response = client.classifier.jobs.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncJobs:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncLlamaCloud) -> None:
        result = await async_client.classifier.jobs.list()
        assert isinstance(result, AsyncPage)
