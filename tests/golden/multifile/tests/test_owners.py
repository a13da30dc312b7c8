"""Calls every method of ``client.owners`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from multifile_api import (
    APIResponse,
    AsyncMultifileAPI,
    AsyncStreamedAPIResponse,
    MultifileAPI,
    StreamedAPIResponse,
)
from multifile_api.types import Owner
from tests.utils import assert_matches_type


class TestOwners:
    def test_retrieve(self, client: MultifileAPI) -> None:
        result = client.owners.retrieve(
            owner_name="ownerName",
        )
        assert_matches_type(Owner, result)

    def test_retrieve_raw_response(self, client: MultifileAPI) -> None:
        response = client.owners.with_raw_response.retrieve(
            owner_name="ownerName",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Owner, response.parse())

    def test_retrieve_streaming_response(self, client: MultifileAPI) -> None:
        with client.owners.with_streaming_response.retrieve(
            owner_name="ownerName",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Owner, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_owner_name(self, client: MultifileAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.owners.retrieve(
                owner_name="",
            )


class TestAsyncOwners:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncMultifileAPI) -> None:
        result = await async_client.owners.retrieve(
            owner_name="ownerName",
        )
        assert_matches_type(Owner, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncMultifileAPI) -> None:
        response = await async_client.owners.with_raw_response.retrieve(
            owner_name="ownerName",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Owner, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncMultifileAPI) -> None:
        async with async_client.owners.with_streaming_response.retrieve(
            owner_name="ownerName",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Owner, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_owner_name(self, async_client: AsyncMultifileAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.owners.retrieve(
                owner_name="",
            )
