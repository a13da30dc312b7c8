"""Calls every method of ``client.trees`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from schemas_api import (
    APIResponse,
    AsyncSchemasAPI,
    AsyncStreamedAPIResponse,
    SchemasAPI,
    StreamedAPIResponse,
)
from schemas_api.types import TreeNode
from tests.utils import assert_matches_type


class TestTrees:
    def test_retrieve(self, client: SchemasAPI) -> None:
        result = client.trees.retrieve(
            id="id",
        )
        assert_matches_type(TreeNode, result)

    def test_retrieve_raw_response(self, client: SchemasAPI) -> None:
        response = client.trees.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(TreeNode, response.parse())

    def test_retrieve_streaming_response(self, client: SchemasAPI) -> None:
        with client.trees.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(TreeNode, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_id(self, client: SchemasAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.trees.retrieve(
                id="",
            )


class TestAsyncTrees:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.trees.retrieve(
            id="id",
        )
        assert_matches_type(TreeNode, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncSchemasAPI) -> None:
        response = await async_client.trees.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(TreeNode, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncSchemasAPI) -> None:
        async with async_client.trees.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(TreeNode, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_id(self, async_client: AsyncSchemasAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.trees.retrieve(
                id="",
            )
