"""The API's resources, each reachable as an attribute of the client."""

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
