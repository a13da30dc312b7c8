# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .accounts import AccountsResource as AccountsResource
from .accounts import AccountsResourceWithRawResponse as AccountsResourceWithRawResponse
from .accounts import AccountsResourceWithStreamingResponse as AccountsResourceWithStreamingResponse
from .accounts import AsyncAccountsResource as AsyncAccountsResource
from .accounts import AsyncAccountsResourceWithRawResponse as AsyncAccountsResourceWithRawResponse
from .accounts import (
    AsyncAccountsResourceWithStreamingResponse as AsyncAccountsResourceWithStreamingResponse,
)
from .routes import AsyncRoutesResource as AsyncRoutesResource
from .routes import AsyncRoutesResourceWithRawResponse as AsyncRoutesResourceWithRawResponse
from .routes import (
    AsyncRoutesResourceWithStreamingResponse as AsyncRoutesResourceWithStreamingResponse,
)
from .routes import RoutesResource as RoutesResource
from .routes import RoutesResourceWithRawResponse as RoutesResourceWithRawResponse
from .routes import RoutesResourceWithStreamingResponse as RoutesResourceWithStreamingResponse
from .subscriptions import AsyncSubscriptionsResource as AsyncSubscriptionsResource
from .subscriptions import (
    AsyncSubscriptionsResourceWithRawResponse as AsyncSubscriptionsResourceWithRawResponse,
)
from .subscriptions import (
    AsyncSubscriptionsResourceWithStreamingResponse as AsyncSubscriptionsResourceWithStreamingResponse,
)
from .subscriptions import SubscriptionsResource as SubscriptionsResource
from .subscriptions import (
    SubscriptionsResourceWithRawResponse as SubscriptionsResourceWithRawResponse,
)
from .subscriptions import (
    SubscriptionsResourceWithStreamingResponse as SubscriptionsResourceWithStreamingResponse,
)
from .user import AsyncUserResource as AsyncUserResource
from .user import AsyncUserResourceWithRawResponse as AsyncUserResourceWithRawResponse
from .user import AsyncUserResourceWithStreamingResponse as AsyncUserResourceWithStreamingResponse
from .user import UserResource as UserResource
from .user import UserResourceWithRawResponse as UserResourceWithRawResponse
from .user import UserResourceWithStreamingResponse as UserResourceWithStreamingResponse

__all__ = [
    "AccountsResource",
    "AsyncAccountsResource",
    "AccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithRawResponse",
    "AccountsResourceWithStreamingResponse",
    "AsyncAccountsResourceWithStreamingResponse",
    "UserResource",
    "AsyncUserResource",
    "UserResourceWithRawResponse",
    "AsyncUserResourceWithRawResponse",
    "UserResourceWithStreamingResponse",
    "AsyncUserResourceWithStreamingResponse",
    "RoutesResource",
    "AsyncRoutesResource",
    "RoutesResourceWithRawResponse",
    "AsyncRoutesResourceWithRawResponse",
    "RoutesResourceWithStreamingResponse",
    "AsyncRoutesResourceWithStreamingResponse",
    "SubscriptionsResource",
    "AsyncSubscriptionsResource",
    "SubscriptionsResourceWithRawResponse",
    "AsyncSubscriptionsResourceWithRawResponse",
    "SubscriptionsResourceWithStreamingResponse",
    "AsyncSubscriptionsResourceWithStreamingResponse",
]
