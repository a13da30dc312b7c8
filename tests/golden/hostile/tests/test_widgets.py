"""Calls every method of ``client.widgets`` against the mock server, sync and async."""

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


class TestWidgets:
    def test_retrieve(self, client: Hostile) -> None:
        result = client.widgets.retrieve(
            nmzq_id="nmzq_id",
        )
        assert_matches_type(Widget, result)

    def test_retrieve_raw_response(self, client: Hostile) -> None:
        response = client.widgets.with_raw_response.retrieve(
            nmzq_id="nmzq_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Widget, response.parse())

    def test_retrieve_streaming_response(self, client: Hostile) -> None:
        with client.widgets.with_streaming_response.retrieve(
            nmzq_id="nmzq_id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Widget, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_nmzq_id(self, client: Hostile) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.widgets.retrieve(
                nmzq_id="",
            )


class TestAsyncWidgets:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncHostile) -> None:
        result = await async_client.widgets.retrieve(
            nmzq_id="nmzq_id",
        )
        assert_matches_type(Widget, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncHostile) -> None:
        response = await async_client.widgets.with_raw_response.retrieve(
            nmzq_id="nmzq_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Widget, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncHostile) -> None:
        async with async_client.widgets.with_streaming_response.retrieve(
            nmzq_id="nmzq_id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Widget, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_nmzq_id(self, async_client: AsyncHostile) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.widgets.retrieve(
                nmzq_id="",
            )
