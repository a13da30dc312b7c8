"""Calls every method of ``client.pets`` against the mock server, sync and async."""

from __future__ import annotations

import builtins

import pytest

from multifile_api import (
    APIResponse,
    AsyncMultifileAPI,
    AsyncStreamedAPIResponse,
    MultifileAPI,
    StreamedAPIResponse,
)
from multifile_api.types import Pet
from tests.utils import assert_matches_type


class TestPets:
    def test_list(self, client: MultifileAPI) -> None:
        result = client.pets.list()
        assert_matches_type(builtins.list[Pet], result)

    def test_list_raw_response(self, client: MultifileAPI) -> None:
        response = client.pets.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Pet], response.parse())

    def test_list_streaming_response(self, client: MultifileAPI) -> None:
        with client.pets.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Pet], response.parse())
        assert response.is_closed

    def test_retrieve(self, client: MultifileAPI) -> None:
        result = client.pets.retrieve(
            pet_id="petId",
        )
        assert_matches_type(Pet, result)

    def test_retrieve_raw_response(self, client: MultifileAPI) -> None:
        response = client.pets.with_raw_response.retrieve(
            pet_id="petId",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Pet, response.parse())

    def test_retrieve_streaming_response(self, client: MultifileAPI) -> None:
        with client.pets.with_streaming_response.retrieve(
            pet_id="petId",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Pet, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_pet_id(self, client: MultifileAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.pets.retrieve(
                pet_id="",
            )


class TestAsyncPets:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncMultifileAPI) -> None:
        result = await async_client.pets.list()
        assert_matches_type(builtins.list[Pet], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncMultifileAPI) -> None:
        response = await async_client.pets.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Pet], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncMultifileAPI) -> None:
        async with async_client.pets.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Pet], await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncMultifileAPI) -> None:
        result = await async_client.pets.retrieve(
            pet_id="petId",
        )
        assert_matches_type(Pet, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncMultifileAPI) -> None:
        response = await async_client.pets.with_raw_response.retrieve(
            pet_id="petId",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Pet, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncMultifileAPI) -> None:
        async with async_client.pets.with_streaming_response.retrieve(
            pet_id="petId",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Pet, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_pet_id(self, async_client: AsyncMultifileAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.pets.retrieve(
                pet_id="",
            )
