"""Operations on accounts."""

from __future__ import annotations

from functools import cached_property

from realworld_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from realworld_api.resources.accounts.messages import (
    AsyncMessagesResource,
    AsyncMessagesResourceWithRawResponse,
    MessagesResource,
    MessagesResourceWithRawResponse,
)

__all__ = [
    "AccountsResource",
    "AsyncAccountsResource",
    "AccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithRawResponse",
]


class AccountsResource(SyncAPIResource):
    """Operations on accounts."""

    @cached_property
    def messages(self) -> MessagesResource:
        return MessagesResource(self._client)

    @cached_property
    def with_raw_response(self) -> AccountsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AccountsResourceWithRawResponse(self)


class AccountsResourceWithRawResponse:
    def __init__(self, resource: AccountsResource) -> None:
        self._resource = resource

    @cached_property
    def messages(self) -> MessagesResourceWithRawResponse:
        return MessagesResourceWithRawResponse(self._resource.messages)


class AsyncAccountsResource(AsyncAPIResource):
    """Operations on accounts."""

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        return AsyncMessagesResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAccountsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncAccountsResourceWithRawResponse(self)


class AsyncAccountsResourceWithRawResponse:
    def __init__(self, resource: AsyncAccountsResource) -> None:
        self._resource = resource

    @cached_property
    def messages(self) -> AsyncMessagesResourceWithRawResponse:
        return AsyncMessagesResourceWithRawResponse(self._resource.messages)
