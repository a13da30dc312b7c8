"""Calls every method of ``client.pets`` against the mock server, sync and async."""

from __future__ import annotations

import builtins

import pytest

from schemas_api import (
    APIResponse,
    AsyncSchemasAPI,
    AsyncStreamedAPIResponse,
    SchemasAPI,
    StreamedAPIResponse,
)
from schemas_api.types import Cat, Dog, Lizard, NewPetType
from tests.utils import assert_matches_type


class TestPets:
    def test_list(self, client: SchemasAPI) -> None:
        result = client.pets.list()
        assert_matches_type(builtins.list[Cat | Dog | Lizard], result)

    def test_list_raw_response(self, client: SchemasAPI) -> None:
        response = client.pets.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Cat | Dog | Lizard], response.parse())

    def test_list_streaming_response(self, client: SchemasAPI) -> None:
        with client.pets.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Cat | Dog | Lizard], response.parse())
        assert response.is_closed

    def test_create(self, client: SchemasAPI) -> None:
        result = client.pets.create(
            name="name",
            pet_type=NewPetType("cat"),
            password="password",
        )
        assert_matches_type(Cat | Dog | Lizard, result)

    def test_create_raw_response(self, client: SchemasAPI) -> None:
        response = client.pets.with_raw_response.create(
            name="name",
            pet_type=NewPetType("cat"),
            password="password",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Cat | Dog | Lizard, response.parse())

    def test_create_streaming_response(self, client: SchemasAPI) -> None:
        with client.pets.with_streaming_response.create(
            name="name",
            pet_type=NewPetType("cat"),
            password="password",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Cat | Dog | Lizard, response.parse())
        assert response.is_closed

    def test_retrieve(self, client: SchemasAPI) -> None:
        result = client.pets.retrieve(
            id="id",
        )
        assert_matches_type(Cat | Dog | Lizard, result)

    def test_retrieve_raw_response(self, client: SchemasAPI) -> None:
        response = client.pets.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Cat | Dog | Lizard, response.parse())

    def test_retrieve_streaming_response(self, client: SchemasAPI) -> None:
        with client.pets.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Cat | Dog | Lizard, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_id(self, client: SchemasAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.pets.retrieve(
                id="",
            )


class TestAsyncPets:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.pets.list()
        assert_matches_type(builtins.list[Cat | Dog | Lizard], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncSchemasAPI) -> None:
        response = await async_client.pets.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Cat | Dog | Lizard], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncSchemasAPI) -> None:
        async with async_client.pets.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Cat | Dog | Lizard], await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.pets.create(
            name="name",
            pet_type=NewPetType("cat"),
            password="password",
        )
        assert_matches_type(Cat | Dog | Lizard, result)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncSchemasAPI) -> None:
        response = await async_client.pets.with_raw_response.create(
            name="name",
            pet_type=NewPetType("cat"),
            password="password",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Cat | Dog | Lizard, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncSchemasAPI) -> None:
        async with async_client.pets.with_streaming_response.create(
            name="name",
            pet_type=NewPetType("cat"),
            password="password",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Cat | Dog | Lizard, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.pets.retrieve(
            id="id",
        )
        assert_matches_type(Cat | Dog | Lizard, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncSchemasAPI) -> None:
        response = await async_client.pets.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Cat | Dog | Lizard, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncSchemasAPI) -> None:
        async with async_client.pets.with_streaming_response.retrieve(
            id="id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Cat | Dog | Lizard, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_id(self, async_client: AsyncSchemasAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.pets.retrieve(
                id="",
            )
