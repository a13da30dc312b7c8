"""Calls every method of ``client.pets`` against the mock server."""

from __future__ import annotations

import pytest

from petstore import APIResponse, AsyncPetstore, Petstore
from petstore.types import Pet


class TestPets:
    def test_list(self, client: Petstore) -> None:
        result = client.pets.list()
        del result  # the call succeeding is the test

    def test_list_raw_response(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_create(self, client: Petstore) -> None:
        result = client.pets.create(
            name="name",
        )
        assert isinstance(result, Pet)

    def test_create_raw_response(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.create(
            name="name",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_retrieve(self, client: Petstore) -> None:
        result = client.pets.retrieve(
            pet_id=0,
        )
        assert isinstance(result, Pet)

    def test_retrieve_raw_response(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.retrieve(
            pet_id=0,
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_delete(self, client: Petstore) -> None:
        result = client.pets.delete(
            pet_id=0,
        )
        del result  # the call succeeding is the test

    def test_delete_raw_response(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.delete(
            pet_id=0,
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_upload_photo(self, client: Petstore) -> None:
        result = client.pets.upload_photo(
            pet_id=0,
        )
        del result  # the call succeeding is the test

    def test_upload_photo_raw_response(self, client: Petstore) -> None:
        response = client.pets.with_raw_response.upload_photo(
            pet_id=0,
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncPets:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.list()
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.create(
            name="name",
        )
        assert isinstance(result, Pet)

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.retrieve(
            pet_id=0,
        )
        assert isinstance(result, Pet)

    @pytest.mark.anyio
    async def test_delete(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.delete(
            pet_id=0,
        )
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_upload_photo(self, async_client: AsyncPetstore) -> None:
        result = await async_client.pets.upload_photo(
            pet_id=0,
        )
        del result  # the call succeeding is the test
