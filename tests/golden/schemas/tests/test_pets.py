"""Calls every method of ``client.pets`` against the mock server."""

from __future__ import annotations

import pytest

from schemas_api import APIResponse, AsyncSchemasAPI, SchemasAPI


class TestPets:
    def test_list(self, client: SchemasAPI) -> None:
        result = client.pets.list()
        del result  # the call succeeding is the test

    def test_list_raw_response(self, client: SchemasAPI) -> None:
        response = client.pets.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_create(self, client: SchemasAPI) -> None:
        result = client.pets.create(
            name="name",
            pet_type="cat",
            password="password",
        )
        del result  # the call succeeding is the test

    def test_create_raw_response(self, client: SchemasAPI) -> None:
        response = client.pets.with_raw_response.create(
            name="name",
            pet_type="cat",
            password="password",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_retrieve(self, client: SchemasAPI) -> None:
        result = client.pets.retrieve(
            id="id",
        )
        del result  # the call succeeding is the test

    def test_retrieve_raw_response(self, client: SchemasAPI) -> None:
        response = client.pets.with_raw_response.retrieve(
            id="id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncPets:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.pets.list()
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.pets.create(
            name="name",
            pet_type="cat",
            password="password",
        )
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncSchemasAPI) -> None:
        result = await async_client.pets.retrieve(
            id="id",
        )
        del result  # the call succeeding is the test
