"""The API's resources, each reachable as an attribute of the client and imported on first use."""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .accounts import (
        AccountsResource as AccountsResource,
    )
    from .accounts import (
        AccountsResourceWithRawResponse as AccountsResourceWithRawResponse,
    )
    from .accounts import (
        AsyncAccountsResource as AsyncAccountsResource,
    )
    from .accounts import (
        AsyncAccountsResourceWithRawResponse as AsyncAccountsResourceWithRawResponse,
    )
    from .routes import (
        AsyncRoutesResource as AsyncRoutesResource,
    )
    from .routes import (
        AsyncRoutesResourceWithRawResponse as AsyncRoutesResourceWithRawResponse,
    )
    from .routes import (
        RoutesResource as RoutesResource,
    )
    from .routes import (
        RoutesResourceWithRawResponse as RoutesResourceWithRawResponse,
    )
    from .subscriptions import (
        AsyncSubscriptionsResource as AsyncSubscriptionsResource,
    )
    from .subscriptions import (
        AsyncSubscriptionsResourceWithRawResponse as AsyncSubscriptionsResourceWithRawResponse,
    )
    from .subscriptions import (
        SubscriptionsResource as SubscriptionsResource,
    )
    from .subscriptions import (
        SubscriptionsResourceWithRawResponse as SubscriptionsResourceWithRawResponse,
    )
    from .user import (
        AsyncUserResource as AsyncUserResource,
    )
    from .user import (
        AsyncUserResourceWithRawResponse as AsyncUserResourceWithRawResponse,
    )
    from .user import (
        UserResource as UserResource,
    )
    from .user import (
        UserResourceWithRawResponse as UserResourceWithRawResponse,
    )

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "AccountsResource": "accounts",
    "AsyncAccountsResource": "accounts",
    "AccountsResourceWithRawResponse": "accounts",
    "AsyncAccountsResourceWithRawResponse": "accounts",
    "UserResource": "user",
    "AsyncUserResource": "user",
    "UserResourceWithRawResponse": "user",
    "AsyncUserResourceWithRawResponse": "user",
    "RoutesResource": "routes",
    "AsyncRoutesResource": "routes",
    "RoutesResourceWithRawResponse": "routes",
    "AsyncRoutesResourceWithRawResponse": "routes",
    "SubscriptionsResource": "subscriptions",
    "AsyncSubscriptionsResource": "subscriptions",
    "SubscriptionsResourceWithRawResponse": "subscriptions",
    "AsyncSubscriptionsResourceWithRawResponse": "subscriptions",
}

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


def __getattr__(name: str) -> _typing.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
