"""The auth_api SDK, under the names the modules beside it use.

Imported only to run a command: help and shell completion start without the SDK,
httpx and pydantic.
"""

from auth_api import AuthAPI as Client
from auth_api._auth import Credentials
from auth_api._client import SCHEMES, SECURITY
from auth_api._exceptions import (
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
from auth_api._limits import DEFAULT_MAX_RESPONSE_BYTES, Deadline, read_body
from auth_api._secrets import redact, secret_pattern
from auth_api._settings import SDKError
from auth_api._streaming import Stream

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
