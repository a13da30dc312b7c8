"""Calls every method of ``client.files`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from collisions_api import (
    APIResponse,
    AsyncCollisionsAPI,
    AsyncStreamedAPIResponse,
    CollisionsAPI,
    StreamedAPIResponse,
)
from collisions_api.types import Thing
from tests.utils import assert_matches_type


class TestFiles:
    def test_list(self, client: CollisionsAPI) -> None:
        result = client.files.list()
        assert_matches_type(Thing, result)

    def test_list_raw_response(self, client: CollisionsAPI) -> None:
        response = client.files.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Thing, response.parse())

    def test_list_streaming_response(self, client: CollisionsAPI) -> None:
        with client.files.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Thing, response.parse())
        assert response.is_closed

    def test_retrieve(self, client: CollisionsAPI) -> None:
        result = client.files.retrieve(
            id="id",
        )
        assert_matches_type(Thing, result)

    def test_retrieve_raw_response(self, client: CollisionsAPI) -> None:
        response = client.files.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Thing, response.parse())

    def test_retrieve_streaming_response(self, client: CollisionsAPI) -> None:
        with client.files.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Thing, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_id(self, client: CollisionsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.files.retrieve(
                id="",
            )


class TestAsyncFiles:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncCollisionsAPI) -> None:
        result = await async_client.files.list()
        assert_matches_type(Thing, result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncCollisionsAPI) -> None:
        response = await async_client.files.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Thing, response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncCollisionsAPI) -> None:
        async with async_client.files.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Thing, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncCollisionsAPI) -> None:
        result = await async_client.files.retrieve(
            id="id",
        )
        assert_matches_type(Thing, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncCollisionsAPI) -> None:
        response = await async_client.files.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Thing, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncCollisionsAPI) -> None:
        async with async_client.files.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Thing, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_id(self, async_client: AsyncCollisionsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.files.retrieve(
                id="",
            )
