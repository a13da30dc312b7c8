"""Calls every method of ``client.reports`` against the mock server."""

from __future__ import annotations

import pytest

from unsupported_api import APIResponse, AsyncUnsupportedAPI, UnsupportedAPI
from unsupported_api.types import Report


class TestReports:
    def test_retrieve(self, client: UnsupportedAPI) -> None:
        result = client.reports.retrieve(
            id="id",
        )
        assert isinstance(result, Report)

    def test_retrieve_raw_response(self, client: UnsupportedAPI) -> None:
        response = client.reports.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_update(self, client: UnsupportedAPI) -> None:
        result = client.reports.update(
            id="id",
        )
        del result  # the call succeeding is the test

    def test_update_raw_response(self, client: UnsupportedAPI) -> None:
        response = client.reports.with_raw_response.update(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncReports:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncUnsupportedAPI) -> None:
        result = await async_client.reports.retrieve(
            id="id",
        )
        assert isinstance(result, Report)

    @pytest.mark.anyio
    async def test_update(self, async_client: AsyncUnsupportedAPI) -> None:
        result = await async_client.reports.update(
            id="id",
        )
        del result  # the call succeeding is the test
