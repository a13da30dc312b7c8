"""Operations on accounts.messages."""

from __future__ import annotations

from functools import cached_property
from types import NoneType
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
    from realworld_api._pagination import AsyncNextUrlPage, AsyncPaginator, SyncNextUrlPage
    from realworld_api.types.schemas import Message

__all__ = [
    "MessagesResource",
    "AsyncMessagesResource",
    "MessagesResourceWithRawResponse",
    "AsyncMessagesResourceWithRawResponse",
    "MessagesResourceWithStreamingResponse",
    "AsyncMessagesResourceWithStreamingResponse",
]


class MessagesResource(SyncAPIResource):
    """Operations on accounts.messages."""

    @cached_property
    def with_raw_response(self) -> MessagesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return MessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return MessagesResourceWithStreamingResponse(self)

    def list(
        self,
        account_sid: str,
        *,
        page_size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncNextUrlPage[Message]:
        """GET /2010-04-01/Accounts/{AccountSid}/Messages.json

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api._pagination import SyncNextUrlPage
        from realworld_api.types.schemas import Message

        return self._client._request_page(
            SyncNextUrlPage[Message],
            RequestOptions(
                method="get",
                path="/2010-04-01/Accounts/{AccountSid}/Messages.json",
                path_params={
                    "AccountSid": account_sid,
                },
                params={
                    "PageSize": page_size,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create(
        self,
        account_sid: str,
        *,
        to: str,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Message:
        """POST /2010-04-01/Accounts/{AccountSid}/Messages.json

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import Message

        return self._client._request(
            RequestOptions(
                method="post",
                path="/2010-04-01/Accounts/{AccountSid}/Messages.json",
                path_params={
                    "AccountSid": account_sid,
                },
                form={
                    "To": to,
                    "Body": body,
                },
                content_type="application/x-www-form-urlencoded",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Message,
        )

    def retrieve(
        self,
        account_sid: str,
        sid: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Message:
        """GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import Message

        return self._client._request(
            RequestOptions(
                method="get",
                path="/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
                path_params={
                    "AccountSid": account_sid,
                    "Sid": sid,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Message,
        )

    def delete(
        self,
        account_sid: str,
        sid: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="delete",
                path="/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
                path_params={
                    "AccountSid": account_sid,
                    "Sid": sid,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class MessagesResourceWithRawResponse:
    def __init__(self, resource: MessagesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)


class MessagesResourceWithStreamingResponse:
    def __init__(self, resource: MessagesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncMessagesResource(AsyncAPIResource):
    """Operations on accounts.messages."""

    @cached_property
    def with_raw_response(self) -> AsyncMessagesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncMessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncMessagesResourceWithStreamingResponse(self)

    def list(
        self,
        account_sid: str,
        *,
        page_size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Message, AsyncNextUrlPage[Message]]:
        """GET /2010-04-01/Accounts/{AccountSid}/Messages.json

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api._pagination import AsyncNextUrlPage, AsyncPaginator
        from realworld_api.types.schemas import Message

        return AsyncPaginator(
            self._client,
            AsyncNextUrlPage[Message],
            RequestOptions(
                method="get",
                path="/2010-04-01/Accounts/{AccountSid}/Messages.json",
                path_params={
                    "AccountSid": account_sid,
                },
                params={
                    "PageSize": page_size,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        account_sid: str,
        *,
        to: str,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Message:
        """POST /2010-04-01/Accounts/{AccountSid}/Messages.json

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import Message

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/2010-04-01/Accounts/{AccountSid}/Messages.json",
                path_params={
                    "AccountSid": account_sid,
                },
                form={
                    "To": to,
                    "Body": body,
                },
                content_type="application/x-www-form-urlencoded",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Message,
        )

    async def retrieve(
        self,
        account_sid: str,
        sid: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Message:
        """GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from realworld_api.types.schemas import Message

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
                path_params={
                    "AccountSid": account_sid,
                    "Sid": sid,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=Message,
        )

    async def delete(
        self,
        account_sid: str,
        sid: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="delete",
                path="/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
                path_params={
                    "AccountSid": account_sid,
                    "Sid": sid,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )


class AsyncMessagesResourceWithRawResponse:
    def __init__(self, resource: AsyncMessagesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncMessagesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncMessagesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from realworld_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
