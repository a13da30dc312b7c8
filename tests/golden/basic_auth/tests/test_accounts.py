"""Calls every method of ``client.accounts`` against the mock server, sync and async."""

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
from twilio_style.types import AccountsAccountSidGetResponse


class TestAccounts:
    def test_retrieve(self, client: TwilioStyle) -> None:
        result = client.accounts.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert_matches_type(AccountsAccountSidGetResponse, result)

    def test_retrieve_raw_response(self, client: TwilioStyle) -> None:
        response = client.accounts.with_raw_response.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(AccountsAccountSidGetResponse, response.parse())

    def test_retrieve_streaming_response(self, client: TwilioStyle) -> None:
        with client.accounts.with_streaming_response.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(AccountsAccountSidGetResponse, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_account_sid(self, client: TwilioStyle) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.accounts.retrieve(
                account_sid="",
            )


class TestAsyncAccounts:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncTwilioStyle) -> None:
        result = await async_client.accounts.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert_matches_type(AccountsAccountSidGetResponse, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncTwilioStyle) -> None:
        response = await async_client.accounts.with_raw_response.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(AccountsAccountSidGetResponse, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncTwilioStyle) -> None:
        async with async_client.accounts.with_streaming_response.retrieve(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(AccountsAccountSidGetResponse, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_account_sid(self, async_client: AsyncTwilioStyle) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.accounts.retrieve(
                account_sid="",
            )
