"""Calls every method of ``client.shapes`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from schemas_api import (
    APIResponse,
    AsyncSchemasAPI,
    AsyncStreamedAPIResponse,
    SchemasAPI,
    StreamedAPIResponse,
)
from schemas_api.types import Circle, Square
from tests.utils import assert_matches_type


class TestShapes:
    def test_retrieve(self, client: SchemasAPI) -> None:
        result = client.shapes.retrieve(
            id="id",
        )
        assert_matches_type(Circle | Square, result)

    def test_retrieve_raw_response(self, client: SchemasAPI) -> None:
        response = client.shapes.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Circle | Square, response.parse())

    def test_retrieve_streaming_response(self, client: SchemasAPI) -> None:
        with client.shapes.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Circle | Square, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_id(self, client: SchemasAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.shapes.retrieve(
                id="",
            )


class TestAsyncShapes:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.shapes.retrieve(
            id="id",
        )
        assert_matches_type(Circle | Square, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncSchemasAPI) -> None:
        response = await async_client.shapes.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Circle | Square, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncSchemasAPI) -> None:
        async with async_client.shapes.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Circle | Square, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_id(self, async_client: AsyncSchemasAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.shapes.retrieve(
                id="",
            )
