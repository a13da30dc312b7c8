"""The petstore SDK, under the names the modules beside it use.

Imported only to run a command: help and shell completion start without the SDK,
httpx and pydantic.
"""

from petstore import Petstore as Client
from petstore._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    RepeatedCursorError,
    server_message,
)
from petstore._secrets import check_api_key, redact, secret_pattern
from petstore._settings import SDKError

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
