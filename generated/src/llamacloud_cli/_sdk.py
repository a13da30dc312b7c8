"""The llamacloud SDK, under the names the modules beside it use.

Imported only to run a command: help and shell completion start without the SDK,
httpx and pydantic.
"""

from llamacloud import LlamaCloud as Client
from llamacloud._auth import Credentials
from llamacloud._client import SCHEMES, SECURITY
from llamacloud._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    EventTooLargeError,
    MissingCredentialsError,
    PaginationError,
    ResponseTooLargeError,
    server_message,
)
from llamacloud._limits import DEFAULT_MAX_RESPONSE_BYTES, Deadline, read_body
from llamacloud._secrets import redact, secret_pattern
from llamacloud._settings import SDKError
from llamacloud._streaming import Stream

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "Client",
    "Credentials",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "Deadline",
    "EventTooLargeError",
    "MissingCredentialsError",
    "PaginationError",
    "ResponseTooLargeError",
    "SCHEMES",
    "SDKError",
    "SECURITY",
    "Stream",
    "read_body",
    "redact",
    "secret_pattern",
    "server_message",
]
