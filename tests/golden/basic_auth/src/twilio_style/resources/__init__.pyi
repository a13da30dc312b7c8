# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .accounts import AccountsResource as AccountsResource
from .accounts import AccountsResourceWithRawResponse as AccountsResourceWithRawResponse
from .accounts import AccountsResourceWithStreamingResponse as AccountsResourceWithStreamingResponse
from .accounts import AsyncAccountsResource as AsyncAccountsResource
from .accounts import AsyncAccountsResourceWithRawResponse as AsyncAccountsResourceWithRawResponse
from .accounts import (
    AsyncAccountsResourceWithStreamingResponse as AsyncAccountsResourceWithStreamingResponse,
)

__all__ = [
    "AccountsResource",
    "AsyncAccountsResource",
    "AccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithRawResponse",
    "AccountsResourceWithStreamingResponse",
    "AsyncAccountsResourceWithStreamingResponse",
]
