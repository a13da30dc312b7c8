# What the runtime modules beside it may use of the _sdk.py that _sdk.py.jinja renders: it stands
# in for it when they are type-checked here (tests/test_runtime_sources.py), with the SDK's runtime
# modules as they are written under templates/sdk/package, and is never copied into an SDK.

from package._base_client import SyncAPIClient as Client
from package._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    PaginationError,
    ResponseTooLargeError,
    server_message,
)
from package._limits import DEFAULT_MAX_RESPONSE_BYTES, Deadline, read_body
from package._secrets import check_api_key, redact, secret_pattern
from package._settings import SDKError

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "Client",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "Deadline",
    "PaginationError",
    "ResponseTooLargeError",
    "SDKError",
    "check_api_key",
    "read_body",
    "redact",
    "secret_pattern",
    "server_message",
]
