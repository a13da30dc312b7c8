"""Calls every method of ``client.shapes`` against the mock server."""

from __future__ import annotations

import pytest

from schemas_api import APIResponse, AsyncSchemasAPI, SchemasAPI


class TestShapes:
    def test_retrieve(self, client: SchemasAPI) -> None:
        result = client.shapes.retrieve(
            id="id",
        )
        del result  # the call succeeding is the test

    def test_retrieve_raw_response(self, client: SchemasAPI) -> None:
        response = client.shapes.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncShapes:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.shapes.retrieve(
            id="id",
        )
        del result  # the call succeeding is the test
