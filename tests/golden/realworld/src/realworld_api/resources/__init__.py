"""The API's resources, each reachable as an attribute of the client."""

from .accounts import (
    AccountsResource,
    AccountsResourceWithRawResponse,
    AsyncAccountsResource,
    AsyncAccountsResourceWithRawResponse,
)
from .routes import (
    AsyncRoutesResource,
    AsyncRoutesResourceWithRawResponse,
    RoutesResource,
    RoutesResourceWithRawResponse,
)
from .subscriptions import (
    AsyncSubscriptionsResource,
    AsyncSubscriptionsResourceWithRawResponse,
    SubscriptionsResource,
    SubscriptionsResourceWithRawResponse,
)
from .user import (
    AsyncUserResource,
    AsyncUserResourceWithRawResponse,
    UserResource,
    UserResourceWithRawResponse,
)

__all__ = [
    "AccountsResource",
    "AsyncAccountsResource",
    "AccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithRawResponse",
    "UserResource",
    "AsyncUserResource",
    "UserResourceWithRawResponse",
    "AsyncUserResourceWithRawResponse",
    "RoutesResource",
    "AsyncRoutesResource",
    "RoutesResourceWithRawResponse",
    "AsyncRoutesResourceWithRawResponse",
    "SubscriptionsResource",
    "AsyncSubscriptionsResource",
    "SubscriptionsResourceWithRawResponse",
    "AsyncSubscriptionsResourceWithRawResponse",
]
