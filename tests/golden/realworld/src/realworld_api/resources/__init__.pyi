# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .accounts import AccountsResource as AccountsResource
from .accounts import AccountsResourceWithRawResponse as AccountsResourceWithRawResponse
from .accounts import AsyncAccountsResource as AsyncAccountsResource
from .accounts import AsyncAccountsResourceWithRawResponse as AsyncAccountsResourceWithRawResponse
from .routes import AsyncRoutesResource as AsyncRoutesResource
from .routes import AsyncRoutesResourceWithRawResponse as AsyncRoutesResourceWithRawResponse
from .routes import RoutesResource as RoutesResource
from .routes import RoutesResourceWithRawResponse as RoutesResourceWithRawResponse
from .subscriptions import AsyncSubscriptionsResource as AsyncSubscriptionsResource
from .subscriptions import (
    AsyncSubscriptionsResourceWithRawResponse as AsyncSubscriptionsResourceWithRawResponse,
)
from .subscriptions import SubscriptionsResource as SubscriptionsResource
from .subscriptions import (
    SubscriptionsResourceWithRawResponse as SubscriptionsResourceWithRawResponse,
)
from .user import AsyncUserResource as AsyncUserResource
from .user import AsyncUserResourceWithRawResponse as AsyncUserResourceWithRawResponse
from .user import UserResource as UserResource
from .user import UserResourceWithRawResponse as UserResourceWithRawResponse

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
