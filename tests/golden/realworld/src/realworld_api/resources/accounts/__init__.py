from .accounts import (
    AccountsResource,
    AccountsResourceWithRawResponse,
    AccountsResourceWithStreamingResponse,
    AsyncAccountsResource,
    AsyncAccountsResourceWithRawResponse,
    AsyncAccountsResourceWithStreamingResponse,
)

__all__ = [
    "AccountsResource",
    "AsyncAccountsResource",
    "AccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithRawResponse",
    "AccountsResourceWithStreamingResponse",
    "AsyncAccountsResourceWithStreamingResponse",
]
