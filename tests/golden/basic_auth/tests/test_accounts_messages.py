"""Calls every method of ``client.accounts.messages`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from tests.utils import assert_matches_type
from twilio_style import (
    APIResponse,
    AsyncStreamedAPIResponse,
    AsyncTwilioStyle,
    StreamedAPIResponse,
    TwilioStyle,
)
from twilio_style.types import AccountsAccountSidMessagesGetResponse, Message


class TestMessages:
    def test_list(self, client: TwilioStyle) -> None:
        result = client.accounts.messages.list(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert_matches_type(AccountsAccountSidMessagesGetResponse, result)

    def test_list_raw_response(self, client: TwilioStyle) -> None:
        response = client.accounts.messages.with_raw_response.list(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(AccountsAccountSidMessagesGetResponse, response.parse())

    def test_list_streaming_response(self, client: TwilioStyle) -> None:
        with client.accounts.messages.with_streaming_response.list(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(AccountsAccountSidMessagesGetResponse, response.parse())
        assert response.is_closed

    def test_list_refuses_empty_account_sid(self, client: TwilioStyle) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.messages.list(
                account_sid="",
            )

    def test_create(self, client: TwilioStyle) -> None:
        result = client.accounts.messages.create(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            to="+15558675310",
            body="Hello",
        )
        assert_matches_type(Message, result)

    def test_create_raw_response(self, client: TwilioStyle) -> None:
        response = client.accounts.messages.with_raw_response.create(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            to="+15558675310",
            body="Hello",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Message, response.parse())

    def test_create_streaming_response(self, client: TwilioStyle) -> None:
        with client.accounts.messages.with_streaming_response.create(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            to="+15558675310",
            body="Hello",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Message, response.parse())
        assert response.is_closed

    def test_create_refuses_empty_account_sid(self, client: TwilioStyle) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.messages.create(
                account_sid="",
                to="+15558675310",
                body="Hello",
            )

    def test_retrieve(self, client: TwilioStyle) -> None:
        result = client.accounts.messages.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            sid="SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert_matches_type(Message, result)

    def test_retrieve_raw_response(self, client: TwilioStyle) -> None:
        response = client.accounts.messages.with_raw_response.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            sid="SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Message, response.parse())

    def test_retrieve_streaming_response(self, client: TwilioStyle) -> None:
        with client.accounts.messages.with_streaming_response.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            sid="SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Message, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_account_sid(self, client: TwilioStyle) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.messages.retrieve(
                account_sid="",
                sid="SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            )

    def test_retrieve_refuses_empty_sid(self, client: TwilioStyle) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.messages.retrieve(
                account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                sid="",
            )


class TestAsyncMessages:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncTwilioStyle) -> None:
        result = await async_client.accounts.messages.list(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert_matches_type(AccountsAccountSidMessagesGetResponse, result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncTwilioStyle) -> None:
        response = await async_client.accounts.messages.with_raw_response.list(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(AccountsAccountSidMessagesGetResponse, response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncTwilioStyle) -> None:
        async with async_client.accounts.messages.with_streaming_response.list(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(AccountsAccountSidMessagesGetResponse, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_list_refuses_empty_account_sid(self, async_client: AsyncTwilioStyle) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.messages.list(
                account_sid="",
            )

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncTwilioStyle) -> None:
        result = await async_client.accounts.messages.create(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            to="+15558675310",
            body="Hello",
        )
        assert_matches_type(Message, result)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncTwilioStyle) -> None:
        response = await async_client.accounts.messages.with_raw_response.create(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            to="+15558675310",
            body="Hello",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Message, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncTwilioStyle) -> None:
        async with async_client.accounts.messages.with_streaming_response.create(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            to="+15558675310",
            body="Hello",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Message, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_create_refuses_empty_account_sid(self, async_client: AsyncTwilioStyle) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.messages.create(
                account_sid="",
                to="+15558675310",
                body="Hello",
            )

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncTwilioStyle) -> None:
        result = await async_client.accounts.messages.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            sid="SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert_matches_type(Message, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncTwilioStyle) -> None:
        response = await async_client.accounts.messages.with_raw_response.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            sid="SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Message, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncTwilioStyle) -> None:
        async with async_client.accounts.messages.with_streaming_response.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            sid="SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Message, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_account_sid(self, async_client: AsyncTwilioStyle) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.messages.retrieve(
                account_sid="",
                sid="SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            )

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_sid(self, async_client: AsyncTwilioStyle) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.messages.retrieve(
                account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                sid="",
            )
