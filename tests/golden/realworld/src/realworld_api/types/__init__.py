"""Models for the API's requests and responses, their module imported on first use.

``from realworld_api.types import AccountsAccountSidMessagesGetResponse`` loads the module that defines it.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .schemas import (
        AccountsAccountSidMessagesGetResponse as AccountsAccountSidMessagesGetResponse,
    )
    from .schemas import (
        AccountsAccountSidMessagesPostRequest as AccountsAccountSidMessagesPostRequest,
    )
    from .schemas import AccountsSidGetResponse as AccountsSidGetResponse
    from .schemas import Coordinates as Coordinates
    from .schemas import Message as Message
    from .schemas import MessageDeliveredWebhook as MessageDeliveredWebhook
    from .schemas import MessageFailed as MessageFailed
    from .schemas import MessageStatus as MessageStatus
    from .schemas import OnMessageCallback as OnMessageCallback
    from .schemas import Plan as Plan
    from .schemas import Repository as Repository
    from .schemas import Route as Route
    from .schemas import SubscriptionsPostRequest as SubscriptionsPostRequest
    from .schemas import User as User
    from .schemas import UserReposGetResponse as UserReposGetResponse

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "AccountsAccountSidMessagesGetResponse": "schemas",
    "AccountsAccountSidMessagesPostRequest": "schemas",
    "AccountsSidGetResponse": "schemas",
    "Coordinates": "schemas",
    "Message": "schemas",
    "MessageDeliveredWebhook": "schemas",
    "MessageFailed": "schemas",
    "MessageStatus": "schemas",
    "OnMessageCallback": "schemas",
    "Plan": "schemas",
    "Repository": "schemas",
    "Route": "schemas",
    "SubscriptionsPostRequest": "schemas",
    "User": "schemas",
    "UserReposGetResponse": "schemas",
}

__all__ = [
    "AccountsAccountSidMessagesGetResponse",
    "AccountsAccountSidMessagesPostRequest",
    "AccountsSidGetResponse",
    "Coordinates",
    "Message",
    "MessageDeliveredWebhook",
    "MessageFailed",
    "MessageStatus",
    "OnMessageCallback",
    "Plan",
    "Repository",
    "Route",
    "SubscriptionsPostRequest",
    "User",
    "UserReposGetResponse",
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
