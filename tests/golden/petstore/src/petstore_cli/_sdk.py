"""The petstore SDK, under the names the modules beside it use.

Imported only to run a command: help and shell completion start without the SDK,
httpx and pydantic.
"""

from petstore import Petstore as Client
from petstore._auth import Credentials
from petstore._client import SCHEMES, SECURITY
from petstore._exceptions import (
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
from petstore._limits import DEFAULT_MAX_RESPONSE_BYTES, Deadline, read_body
from petstore._secrets import redact, secret_pattern
from petstore._settings import SDKError
from petstore._streaming import Stream

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
