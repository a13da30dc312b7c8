"""Calls every method of ``client.pets`` against the mock server, sync and async."""

from __future__ import annotations

import builtins

import pytest

from petstore import (
    APIResponse,
    AsyncPetstore,
    AsyncStreamedAPIResponse,
    Petstore,
    StreamedAPIResponse,
)
from petstore.types import Pet
from tests.utils import assert_matches_type


class TestPets:
    def test_list(self, client: Petstore) -> None:
        result = client.pets.list()
        assert_matches_type(builtins.list[Pet], result)

    def test_list_raw_response(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Pet], response.parse())

    def test_list_streaming_response(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Pet], response.parse())
        assert response.is_closed

    def test_create(self, client: Petstore) -> None:
        result = client.pets.create(
            name="name",
        )
        assert_matches_type(Pet, result)

    def test_create_raw_response(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.create(
            name="name",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Pet, response.parse())

    def test_create_streaming_response(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.create(
            name="name",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Pet, response.parse())
        assert response.is_closed

    def test_retrieve(self, client: Petstore) -> None:
        result = client.pets.retrieve(
            pet_id=0,
        )
        assert_matches_type(Pet, result)

    def test_retrieve_raw_response(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.retrieve(
            pet_id=0,
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Pet, response.parse())

    def test_retrieve_streaming_response(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.retrieve(
            pet_id=0,
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Pet, response.parse())
        assert response.is_closed

    def test_delete(self, client: Petstore) -> None:
        # It returns None: not raising is the test.
        client.pets.delete(
            pet_id=0,
        )

    def test_delete_raw_response(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.delete(
            pet_id=0,
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_delete_streaming_response(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.delete(
            pet_id=0,
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed

    def test_upload_photo(self, client: Petstore) -> None:
        # It returns None: not raising is the test.
        client.pets.upload_photo(
            pet_id=0,
        )

    def test_upload_photo_raw_response(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.upload_photo(
            pet_id=0,
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_upload_photo_streaming_response(self, client: Petstore) -> None:
        with client.pets.with_streaming_response.upload_photo(
            pet_id=0,
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed


class TestAsyncPets:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.list()
        assert_matches_type(builtins.list[Pet], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Pet], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Pet], await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.create(
            name="name",
        )
        assert_matches_type(Pet, result)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.create(
            name="name",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Pet, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.create(
            name="name",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Pet, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.retrieve(
            pet_id=0,
        )
        assert_matches_type(Pet, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.retrieve(
            pet_id=0,
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Pet, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.retrieve(
            pet_id=0,
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Pet, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_delete(self, async_client: AsyncPetstore) -> None:
        # It returns None: not raising is the test.
        await async_client.pets.delete(
            pet_id=0,
        )

    @pytest.mark.anyio
    async def test_delete_raw_response(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.delete(
            pet_id=0,
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_delete_streaming_response(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.delete(
            pet_id=0,
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_upload_photo(self, async_client: AsyncPetstore) -> None:
        # It returns None: not raising is the test.
        await async_client.pets.upload_photo(
            pet_id=0,
        )

    @pytest.mark.anyio
    async def test_upload_photo_raw_response(self, async_client: AsyncPetstore) -> None:
        response = await async_client.pets.with_raw_response.upload_photo(
            pet_id=0,
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_upload_photo_streaming_response(self, async_client: AsyncPetstore) -> None:
        async with async_client.pets.with_streaming_response.upload_photo(
            pet_id=0,
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed
