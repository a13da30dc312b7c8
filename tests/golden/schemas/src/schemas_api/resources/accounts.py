"""Operations on accounts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from schemas_api._base_client import RequestOptions
from schemas_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from schemas_api._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from schemas_api.types.account import Account, AccountAddress, AccountLimitsValue, AccountTag
    from schemas_api.types.author import Book
    from schemas_api.types.status import Status

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
    def with_raw_response(self) -> AccountsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AccountsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AccountsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AccountsResourceWithStreamingResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Account:
        """An account with everything else

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.account import Account

        return self._client._request(
            RequestOptions(
                method="get",
                path="/accounts/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Account,
        )

    def update(
        self,
        id: str,
        *,
        status: Status,
        nickname: str | None | NotGiven = NOT_GIVEN,
        labels: Mapping[str, str] | NotGiven = NOT_GIVEN,
        limits: Mapping[str, AccountLimitsValue] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        address: AccountAddress | NotGiven = NOT_GIVEN,
        tags: Sequence[AccountTag] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN,
        favourite_book: Book | NotGiven = NOT_GIVEN,
        homepage: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Change an account

        Args:
          status: A string enum.

          nickname: A 3.1 type array with null.

          labels: A dictionary of strings.

          limits: A dictionary of objects.

          metadata: Anything at all.

          address: An inline object, named after its property.

          page_size: Defaults to 20.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.account import Account

        return self._client._request(
            RequestOptions(
                method="patch",
                path="/accounts/{id}",
                path_params={
                    "id": id,
                },
                json_body={
                    "kind": "account",
                    "status": status,
                    "nickname": nickname,
                    "labels": labels,
                    "limits": limits,
                    "metadata": metadata,
                    "address": address,
                    "tags": tags,
                    "page_size": page_size,
                    "secret": secret,
                    "favourite_book": favourite_book,
                    "homepage": homepage,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Account,
        )


class AccountsResourceWithRawResponse:
    def __init__(self, resource: AccountsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class AccountsResourceWithStreamingResponse:
    def __init__(self, resource: AccountsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from schemas_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncAccountsResource(AsyncAPIResource):
    """Operations on accounts."""

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
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Account:
        """An account with everything else

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.account import Account

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/accounts/{id}",
                path_params={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Account,
        )

    async def update(
        self,
        id: str,
        *,
        status: Status,
        nickname: str | None | NotGiven = NOT_GIVEN,
        labels: Mapping[str, str] | NotGiven = NOT_GIVEN,
        limits: Mapping[str, AccountLimitsValue] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        address: AccountAddress | NotGiven = NOT_GIVEN,
        tags: Sequence[AccountTag] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN,
        favourite_book: Book | NotGiven = NOT_GIVEN,
        homepage: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Change an account

        Args:
          status: A string enum.

          nickname: A 3.1 type array with null.

          labels: A dictionary of strings.

          limits: A dictionary of objects.

          metadata: Anything at all.

          address: An inline object, named after its property.

          page_size: Defaults to 20.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from schemas_api.types.account import Account

        return await self._client._request(
            RequestOptions(
                method="patch",
                path="/accounts/{id}",
                path_params={
                    "id": id,
                },
                json_body={
                    "kind": "account",
                    "status": status,
                    "nickname": nickname,
                    "labels": labels,
                    "limits": limits,
                    "metadata": metadata,
                    "address": address,
                    "tags": tags,
                    "page_size": page_size,
                    "secret": secret,
                    "favourite_book": favourite_book,
                    "homepage": homepage,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Account,
        )


class AsyncAccountsResourceWithRawResponse:
    def __init__(self, resource: AsyncAccountsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncAccountsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncAccountsResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from schemas_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
