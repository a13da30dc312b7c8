# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import AccountsAccountSidGetResponse as AccountsAccountSidGetResponse
from .schemas import AccountsAccountSidMessagesGetResponse as AccountsAccountSidMessagesGetResponse
from .schemas import AccountsAccountSidMessagesPostRequest as AccountsAccountSidMessagesPostRequest
from .schemas import Message as Message

__all__ = [
    "AccountsAccountSidGetResponse",
    "AccountsAccountSidMessagesGetResponse",
    "AccountsAccountSidMessagesPostRequest",
    "Message",
]
