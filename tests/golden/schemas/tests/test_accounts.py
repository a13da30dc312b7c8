"""Calls every method of ``client.accounts`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from schemas_api import (
    APIResponse,
    AsyncSchemasAPI,
    AsyncStreamedAPIResponse,
    SchemasAPI,
    StreamedAPIResponse,
)
from schemas_api.types import Account, Status
from tests.utils import assert_matches_type


class TestAccounts:
    def test_retrieve(self, client: SchemasAPI) -> None:
        result = client.accounts.retrieve(
            id="id",
        )
        assert_matches_type(Account, result)

    def test_retrieve_raw_response(self, client: SchemasAPI) -> None:
        response = client.accounts.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Account, response.parse())

    def test_retrieve_streaming_response(self, client: SchemasAPI) -> None:
        with client.accounts.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Account, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_id(self, client: SchemasAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.retrieve(
                id="",
            )

    def test_update(self, client: SchemasAPI) -> None:
        result = client.accounts.update(
            id="id",
            status=Status("active"),
        )
        assert_matches_type(Account, result)

    def test_update_raw_response(self, client: SchemasAPI) -> None:
        response = client.accounts.with_raw_response.update(
            id="id",
            status=Status("active"),
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Account, response.parse())

    def test_update_streaming_response(self, client: SchemasAPI) -> None:
        with client.accounts.with_streaming_response.update(
            id="id",
            status=Status("active"),
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Account, response.parse())
        assert response.is_closed

    def test_update_refuses_empty_id(self, client: SchemasAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.update(
                id="",
                status=Status("active"),
            )


class TestAsyncAccounts:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.accounts.retrieve(
            id="id",
        )
        assert_matches_type(Account, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncSchemasAPI) -> None:
        response = await async_client.accounts.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Account, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncSchemasAPI) -> None:
        async with async_client.accounts.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Account, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_id(self, async_client: AsyncSchemasAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.retrieve(
                id="",
            )

    @pytest.mark.anyio
    async def test_update(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.accounts.update(
            id="id",
            status=Status("active"),
        )
        assert_matches_type(Account, result)

    @pytest.mark.anyio
    async def test_update_raw_response(self, async_client: AsyncSchemasAPI) -> None:
        response = await async_client.accounts.with_raw_response.update(
            id="id",
            status=Status("active"),
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Account, response.parse())

    @pytest.mark.anyio
    async def test_update_streaming_response(self, async_client: AsyncSchemasAPI) -> None:
        async with async_client.accounts.with_streaming_response.update(
            id="id",
            status=Status("active"),
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Account, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_update_refuses_empty_id(self, async_client: AsyncSchemasAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.update(
                id="",
                status=Status("active"),
            )
