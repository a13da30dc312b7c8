"""Models for the API's requests and responses."""

from .schemas import (
    Message as Message,
)
from .schemas import (
    V1AccountsAccountSidGetResponse as V1AccountsAccountSidGetResponse,
)
from .schemas import (
    V1AccountsAccountSidMessagesGetResponse as V1AccountsAccountSidMessagesGetResponse,
)
from .schemas import (
    V1AccountsAccountSidMessagesPostRequest as V1AccountsAccountSidMessagesPostRequest,
)

__all__ = [
    "Message",
    "V1AccountsAccountSidGetResponse",
    "V1AccountsAccountSidMessagesGetResponse",
    "V1AccountsAccountSidMessagesPostRequest",
]
