"""Calls every method of ``client.trees`` against the mock server."""

from __future__ import annotations

import pytest

from schemas_api import APIResponse, AsyncSchemasAPI, SchemasAPI
from schemas_api.types import TreeNode


class TestTrees:
    def test_retrieve(self, client: SchemasAPI) -> None:
        result = client.trees.retrieve(
            id="id",
        )
        assert isinstance(result, TreeNode)

    def test_retrieve_raw_response(self, client: SchemasAPI) -> None:
        response = client.trees.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncTrees:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.trees.retrieve(
            id="id",
        )
        assert isinstance(result, TreeNode)
