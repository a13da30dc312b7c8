from .accounts import (
    AccountsResource,
    AccountsResourceWithRawResponse,
    AsyncAccountsResource,
    AsyncAccountsResourceWithRawResponse,
)

__all__ = [
    "AccountsResource",
    "AsyncAccountsResource",
    "AccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithRawResponse",
]
