"""Calls every method of ``client.accounts`` against the mock server."""

from __future__ import annotations

import pytest

from schemas_api import APIResponse, AsyncSchemasAPI, SchemasAPI
from schemas_api.types import Account


class TestAccounts:
    def test_retrieve(self, client: SchemasAPI) -> None:
        result = client.accounts.retrieve(
            id="id",
        )
        assert isinstance(result, Account)

    def test_retrieve_raw_response(self, client: SchemasAPI) -> None:
        response = client.accounts.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_update(self, client: SchemasAPI) -> None:
        result = client.accounts.update(
            id="id",
            status="active",
        )
        assert isinstance(result, Account)

    def test_update_raw_response(self, client: SchemasAPI) -> None:
        response = client.accounts.with_raw_response.update(
            id="id",
            status="active",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncAccounts:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.accounts.retrieve(
            id="id",
        )
        assert isinstance(result, Account)

    @pytest.mark.anyio
    async def test_update(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.accounts.update(
            id="id",
            status="active",
        )
        assert isinstance(result, Account)
