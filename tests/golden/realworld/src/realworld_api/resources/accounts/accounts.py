"""Operations on accounts."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from realworld_api._base_client import RequestOptions
from realworld_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from realworld_api._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from realworld_api.resources.accounts.messages import (
        AsyncMessagesResource,
        AsyncMessagesResourceWithRawResponse,
        AsyncMessagesResourceWithStreamingResponse,
        MessagesResource,
        MessagesResourceWithRawResponse,
        MessagesResourceWithStreamingResponse,
    )
    from realworld_api.types.schemas import AccountsSidGetResponse

__all__ = [
    "AccountsResource",
    "AsyncAccountsResource",
    "AccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithRawResponse",
    "AccountsResourceWithStreamingResponse",
    "AsyncAccountsResourceWithStreamingResponse",
]


class AccountsResource(SyncAPIResource):
    """Operations on accounts."""

    @cached_property
    def messages(self) -> MessagesResource:
        from realworld_api.resources.accounts.messages import MessagesResource

        return MessagesResource(self._client)

    @cached_property
    def with_raw_response(self) -> AccountsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AccountsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AccountsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AccountsResourceWithStreamingResponse(self)

    def retrieve(
        self,
        sid: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AccountsSidGetResponse:
        """GET /2010-04-01/Accounts/{Sid}.json

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import AccountsSidGetResponse

        return self._client._request(
            RequestOptions(
                method="get",
                path="/2010-04-01/Accounts/{Sid}.json",
                path_params={
                    "Sid": sid,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=AccountsSidGetResponse,
        )


class AccountsResourceWithRawResponse:
    def __init__(self, resource: AccountsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def messages(self) -> MessagesResourceWithRawResponse:
        from realworld_api.resources.accounts.messages import MessagesResourceWithRawResponse

        return MessagesResourceWithRawResponse(self._resource.messages)


class AccountsResourceWithStreamingResponse:
    def __init__(self, resource: AccountsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def messages(self) -> MessagesResourceWithStreamingResponse:
        from realworld_api.resources.accounts.messages import MessagesResourceWithStreamingResponse

        return MessagesResourceWithStreamingResponse(self._resource.messages)


class AsyncAccountsResource(AsyncAPIResource):
    """Operations on accounts."""

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        from realworld_api.resources.accounts.messages import AsyncMessagesResource

        return AsyncMessagesResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAccountsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncAccountsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAccountsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncAccountsResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        sid: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AccountsSidGetResponse:
        """GET /2010-04-01/Accounts/{Sid}.json

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import AccountsSidGetResponse

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/2010-04-01/Accounts/{Sid}.json",
                path_params={
                    "Sid": sid,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=AccountsSidGetResponse,
        )


class AsyncAccountsResourceWithRawResponse:
    def __init__(self, resource: AsyncAccountsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)

    @cached_property
    def messages(self) -> AsyncMessagesResourceWithRawResponse:
        from realworld_api.resources.accounts.messages import AsyncMessagesResourceWithRawResponse

        return AsyncMessagesResourceWithRawResponse(self._resource.messages)


class AsyncAccountsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncAccountsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)

    @cached_property
    def messages(self) -> AsyncMessagesResourceWithStreamingResponse:
        from realworld_api.resources.accounts.messages import (
            AsyncMessagesResourceWithStreamingResponse,
        )

        return AsyncMessagesResourceWithStreamingResponse(self._resource.messages)
