"""Calls every method of ``client.abs.nmzq`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from hostile import (
    APIResponse,
    AsyncHostile,
    AsyncStreamedAPIResponse,
    Hostile,
    StreamedAPIResponse,
)
from hostile.types import Widget
from tests.utils import assert_matches_type


class TestNmzq:
    def test_init(self, client: Hostile) -> None:
        result = client.abs.nmzq.init(
            nmzq_id="nmzq_id",
            name='zqxj ``` `` ` </code> """',
        )
        assert_matches_type(Widget, result)

    def test_init_raw_response(self, client: Hostile) -> None:
        response = client.abs.nmzq.with_raw_response.init(
            nmzq_id="nmzq_id",
            name='zqxj ``` `` ` </code> """',
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Widget, response.parse())

    def test_init_streaming_response(self, client: Hostile) -> None:
        with client.abs.nmzq.with_streaming_response.init(
            nmzq_id="nmzq_id",
            name='zqxj ``` `` ` </code> """',
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Widget, response.parse())
        assert response.is_closed

    def test_init_refuses_empty_nmzq_id(self, client: Hostile) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.abs.nmzq.init(
                nmzq_id="",
                name='zqxj ``` `` ` </code> """',
            )


class TestAsyncNmzq:
    @pytest.mark.anyio
    async def test_init(self, async_client: AsyncHostile) -> None:
        result = await async_client.abs.nmzq.init(
            nmzq_id="nmzq_id",
            name='zqxj ``` `` ` </code> """',
        )
        assert_matches_type(Widget, result)

    @pytest.mark.anyio
    async def test_init_raw_response(self, async_client: AsyncHostile) -> None:
        response = await async_client.abs.nmzq.with_raw_response.init(
            nmzq_id="nmzq_id",
            name='zqxj ``` `` ` </code> """',
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Widget, response.parse())

    @pytest.mark.anyio
    async def test_init_streaming_response(self, async_client: AsyncHostile) -> None:
        async with async_client.abs.nmzq.with_streaming_response.init(
            nmzq_id="nmzq_id",
            name='zqxj ``` `` ` </code> """',
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Widget, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_init_refuses_empty_nmzq_id(self, async_client: AsyncHostile) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.abs.nmzq.init(
                nmzq_id="",
                name='zqxj ``` `` ` </code> """',
            )
