"""The collisions_api SDK, under the names the modules beside it use.

Imported only to run a command: help and shell completion start without the SDK,
httpx and pydantic.
"""

from collisions_api import CollisionsAPI as Client
from collisions_api._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    RepeatedCursorError,
    server_message,
)
from collisions_api._secrets import check_api_key, redact, secret_pattern
from collisions_api._settings import SDKError

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "Client",
    "RepeatedCursorError",
    "SDKError",
    "check_api_key",
    "redact",
    "secret_pattern",
    "server_message",
]
