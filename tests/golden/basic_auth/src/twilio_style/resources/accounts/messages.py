"""Operations on accounts.messages."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_style._base_client import RequestOptions
from twilio_style._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from twilio_style._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from twilio_style.types.schemas import AccountsAccountSidMessagesGetResponse, Message

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
        to: str | None = None,
        page_size: int | None = None,
        username: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AccountsAccountSidMessagesGetResponse:
        """List messages

        Args:
          username: Only messages sent by this user (a parameter named like the credential).

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from twilio_style.types.schemas import AccountsAccountSidMessagesGetResponse

        return self._client._request(
            RequestOptions(
                method="get",
                path="/2010-04-01/Accounts/{AccountSid}/Messages.json",
                path_params={
                    "AccountSid": account_sid,
                },
                params={
                    "To": to,
                    "PageSize": page_size,
                    "username": username,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=AccountsAccountSidMessagesGetResponse,
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
        """Send a message

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from twilio_style.types.schemas import Message

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
        """Fetch a message

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from twilio_style.types.schemas import Message

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


class MessagesResourceWithRawResponse:
    def __init__(self, resource: MessagesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class MessagesResourceWithStreamingResponse:
    def __init__(self, resource: MessagesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from twilio_style._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


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

    async def list(
        self,
        account_sid: str,
        *,
        to: str | None = None,
        page_size: int | None = None,
        username: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AccountsAccountSidMessagesGetResponse:
        """List messages

        Args:
          username: Only messages sent by this user (a parameter named like the credential).

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from twilio_style.types.schemas import AccountsAccountSidMessagesGetResponse

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/2010-04-01/Accounts/{AccountSid}/Messages.json",
                path_params={
                    "AccountSid": account_sid,
                },
                params={
                    "To": to,
                    "PageSize": page_size,
                    "username": username,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=AccountsAccountSidMessagesGetResponse,
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
        """Send a message

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from twilio_style.types.schemas import Message

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
        """Fetch a message

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from twilio_style.types.schemas import Message

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


class AsyncMessagesResourceWithRawResponse:
    def __init__(self, resource: AsyncMessagesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncMessagesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncMessagesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from twilio_style._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
