"""Calls every method of ``client.accounts`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from realworld_api import (
    APIResponse,
    AsyncRealWorld,
    AsyncStreamedAPIResponse,
    RealWorld,
    StreamedAPIResponse,
)
from realworld_api.types import AccountsSidGetResponse
from tests.utils import assert_matches_type


class TestAccounts:
    def test_retrieve(self, client: RealWorld) -> None:
        result = client.accounts.retrieve(
            sid="Sid",
        )
        assert_matches_type(AccountsSidGetResponse, result)

    def test_retrieve_raw_response(self, client: RealWorld) -> None:
        response = client.accounts.with_raw_response.retrieve(
            sid="Sid",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(AccountsSidGetResponse, response.parse())

    def test_retrieve_streaming_response(self, client: RealWorld) -> None:
        with client.accounts.with_streaming_response.retrieve(
            sid="Sid",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(AccountsSidGetResponse, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_sid(self, client: RealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.retrieve(
                sid="",
            )


class TestAsyncAccounts:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncRealWorld) -> None:
        result = await async_client.accounts.retrieve(
            sid="Sid",
        )
        assert_matches_type(AccountsSidGetResponse, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncRealWorld) -> None:
        response = await async_client.accounts.with_raw_response.retrieve(
            sid="Sid",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(AccountsSidGetResponse, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncRealWorld) -> None:
        async with async_client.accounts.with_streaming_response.retrieve(
            sid="Sid",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(AccountsSidGetResponse, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_sid(self, async_client: AsyncRealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.retrieve(
                sid="",
            )
