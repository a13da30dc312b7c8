# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import AccountsAccountSidMessagesGetResponse as AccountsAccountSidMessagesGetResponse
from .schemas import AccountsAccountSidMessagesPostRequest as AccountsAccountSidMessagesPostRequest
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
