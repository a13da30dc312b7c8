"""Calls every method of ``client.reports`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from tests.utils import assert_matches_type
from unsupported_api import (
    APIResponse,
    AsyncStreamedAPIResponse,
    AsyncUnsupportedAPI,
    StreamedAPIResponse,
    UnsupportedAPI,
)
from unsupported_api.types import Report


class TestReports:
    def test_retrieve(self, client: UnsupportedAPI) -> None:
        result = client.reports.retrieve(
            id="id",
        )
        assert_matches_type(Report, result)

    def test_retrieve_raw_response(self, client: UnsupportedAPI) -> None:
        response = client.reports.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Report, response.parse())

    def test_retrieve_streaming_response(self, client: UnsupportedAPI) -> None:
        with client.reports.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Report, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_id(self, client: UnsupportedAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.reports.retrieve(
                id="",
            )

    def test_update(self, client: UnsupportedAPI) -> None:
        # It returns None: not raising is the test.
        client.reports.update(
            id="id",
        )

    def test_update_raw_response(self, client: UnsupportedAPI) -> None:
        response = client.reports.with_raw_response.update(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_update_streaming_response(self, client: UnsupportedAPI) -> None:
        with client.reports.with_streaming_response.update(
            id="id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed

    def test_update_refuses_empty_id(self, client: UnsupportedAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.reports.update(
                id="",
            )


class TestAsyncReports:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncUnsupportedAPI) -> None:
        result = await async_client.reports.retrieve(
            id="id",
        )
        assert_matches_type(Report, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncUnsupportedAPI) -> None:
        response = await async_client.reports.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Report, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncUnsupportedAPI) -> None:
        async with async_client.reports.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Report, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_id(self, async_client: AsyncUnsupportedAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.reports.retrieve(
                id="",
            )

    @pytest.mark.anyio
    async def test_update(self, async_client: AsyncUnsupportedAPI) -> None:
        # It returns None: not raising is the test.
        await async_client.reports.update(
            id="id",
        )

    @pytest.mark.anyio
    async def test_update_raw_response(self, async_client: AsyncUnsupportedAPI) -> None:
        response = await async_client.reports.with_raw_response.update(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_update_streaming_response(self, async_client: AsyncUnsupportedAPI) -> None:
        async with async_client.reports.with_streaming_response.update(
            id="id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_update_refuses_empty_id(self, async_client: AsyncUnsupportedAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.reports.update(
                id="",
            )
