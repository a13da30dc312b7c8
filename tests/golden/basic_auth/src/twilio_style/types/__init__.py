"""Models for the API's requests and responses."""

from .schemas import (
    AccountsAccountSidGetResponse as AccountsAccountSidGetResponse,
)
from .schemas import (
    AccountsAccountSidMessagesGetResponse as AccountsAccountSidMessagesGetResponse,
)
from .schemas import (
    AccountsAccountSidMessagesPostRequest as AccountsAccountSidMessagesPostRequest,
)
from .schemas import (
    Message as Message,
)

__all__ = [
    "AccountsAccountSidGetResponse",
    "AccountsAccountSidMessagesGetResponse",
    "AccountsAccountSidMessagesPostRequest",
    "Message",
]
