"""Calls every method of ``client.accounts.messages`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from realworld_api import (
    APIResponse,
    AsyncRealWorld,
    AsyncStreamedAPIResponse,
    RealWorld,
    StreamedAPIResponse,
)
from realworld_api._pagination import AsyncNextUrlPage, SyncNextUrlPage
from realworld_api.types import Message
from tests.utils import assert_matches_type


class TestMessages:
    def test_list(self, client: RealWorld) -> None:
        result = client.accounts.messages.list(
            account_sid="AccountSid",
        )
        assert_matches_type(SyncNextUrlPage[Message], result)

    def test_list_raw_response(self, client: RealWorld) -> None:
        response = client.accounts.messages.with_raw_response.list(
            account_sid="AccountSid",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(SyncNextUrlPage[Message], response.parse())

    def test_list_streaming_response(self, client: RealWorld) -> None:
        with client.accounts.messages.with_streaming_response.list(
            account_sid="AccountSid",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(SyncNextUrlPage[Message], response.parse())
        assert response.is_closed

    def test_list_refuses_empty_account_sid(self, client: RealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.messages.list(
                account_sid="",
            )

    def test_create(self, client: RealWorld) -> None:
        result = client.accounts.messages.create(
            account_sid="AccountSid",
            to="To",
            body="Body",
        )
        assert_matches_type(Message, result)

    def test_create_raw_response(self, client: RealWorld) -> None:
        response = client.accounts.messages.with_raw_response.create(
            account_sid="AccountSid",
            to="To",
            body="Body",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Message, response.parse())

    def test_create_streaming_response(self, client: RealWorld) -> None:
        with client.accounts.messages.with_streaming_response.create(
            account_sid="AccountSid",
            to="To",
            body="Body",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Message, response.parse())
        assert response.is_closed

    def test_create_refuses_empty_account_sid(self, client: RealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.messages.create(
                account_sid="",
                to="To",
                body="Body",
            )

    def test_retrieve(self, client: RealWorld) -> None:
        result = client.accounts.messages.retrieve(
            account_sid="AccountSid",
            sid="Sid",
        )
        assert_matches_type(Message, result)

    def test_retrieve_raw_response(self, client: RealWorld) -> None:
        response = client.accounts.messages.with_raw_response.retrieve(
            account_sid="AccountSid",
            sid="Sid",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Message, response.parse())

    def test_retrieve_streaming_response(self, client: RealWorld) -> None:
        with client.accounts.messages.with_streaming_response.retrieve(
            account_sid="AccountSid",
            sid="Sid",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Message, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_account_sid(self, client: RealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.messages.retrieve(
                account_sid="",
                sid="Sid",
            )

    def test_retrieve_refuses_empty_sid(self, client: RealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.messages.retrieve(
                account_sid="AccountSid",
                sid="",
            )

    def test_delete(self, client: RealWorld) -> None:
        # It returns None: not raising is the test.
        client.accounts.messages.delete(
            account_sid="AccountSid",
            sid="Sid",
        )

    def test_delete_raw_response(self, client: RealWorld) -> None:
        response = client.accounts.messages.with_raw_response.delete(
            account_sid="AccountSid",
            sid="Sid",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_delete_streaming_response(self, client: RealWorld) -> None:
        with client.accounts.messages.with_streaming_response.delete(
            account_sid="AccountSid",
            sid="Sid",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed

    def test_delete_refuses_empty_account_sid(self, client: RealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.messages.delete(
                account_sid="",
                sid="Sid",
            )

    def test_delete_refuses_empty_sid(self, client: RealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.messages.delete(
                account_sid="AccountSid",
                sid="",
            )


class TestAsyncMessages:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncRealWorld) -> None:
        result = await async_client.accounts.messages.list(
            account_sid="AccountSid",
        )
        assert_matches_type(AsyncNextUrlPage[Message], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncRealWorld) -> None:
        response = await async_client.accounts.messages.with_raw_response.list(
            account_sid="AccountSid",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(AsyncNextUrlPage[Message], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncRealWorld) -> None:
        async with async_client.accounts.messages.with_streaming_response.list(
            account_sid="AccountSid",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(AsyncNextUrlPage[Message], await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_list_refuses_empty_account_sid(self, async_client: AsyncRealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.messages.list(
                account_sid="",
            )

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncRealWorld) -> None:
        result = await async_client.accounts.messages.create(
            account_sid="AccountSid",
            to="To",
            body="Body",
        )
        assert_matches_type(Message, result)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncRealWorld) -> None:
        response = await async_client.accounts.messages.with_raw_response.create(
            account_sid="AccountSid",
            to="To",
            body="Body",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Message, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncRealWorld) -> None:
        async with async_client.accounts.messages.with_streaming_response.create(
            account_sid="AccountSid",
            to="To",
            body="Body",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Message, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_create_refuses_empty_account_sid(self, async_client: AsyncRealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.messages.create(
                account_sid="",
                to="To",
                body="Body",
            )

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncRealWorld) -> None:
        result = await async_client.accounts.messages.retrieve(
            account_sid="AccountSid",
            sid="Sid",
        )
        assert_matches_type(Message, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncRealWorld) -> None:
        response = await async_client.accounts.messages.with_raw_response.retrieve(
            account_sid="AccountSid",
            sid="Sid",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Message, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncRealWorld) -> None:
        async with async_client.accounts.messages.with_streaming_response.retrieve(
            account_sid="AccountSid",
            sid="Sid",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Message, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_account_sid(self, async_client: AsyncRealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.messages.retrieve(
                account_sid="",
                sid="Sid",
            )

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_sid(self, async_client: AsyncRealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.messages.retrieve(
                account_sid="AccountSid",
                sid="",
            )

    @pytest.mark.anyio
    async def test_delete(self, async_client: AsyncRealWorld) -> None:
        # It returns None: not raising is the test.
        await async_client.accounts.messages.delete(
            account_sid="AccountSid",
            sid="Sid",
        )

    @pytest.mark.anyio
    async def test_delete_raw_response(self, async_client: AsyncRealWorld) -> None:
        response = await async_client.accounts.messages.with_raw_response.delete(
            account_sid="AccountSid",
            sid="Sid",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_delete_streaming_response(self, async_client: AsyncRealWorld) -> None:
        async with async_client.accounts.messages.with_streaming_response.delete(
            account_sid="AccountSid",
            sid="Sid",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_delete_refuses_empty_account_sid(self, async_client: AsyncRealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.messages.delete(
                account_sid="",
                sid="Sid",
            )

    @pytest.mark.anyio
    async def test_delete_refuses_empty_sid(self, async_client: AsyncRealWorld) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.messages.delete(
                account_sid="AccountSid",
                sid="",
            )
