# What the runtime modules beside it may use of the _sdk.py that _sdk.py.jinja renders: it stands
# in for it when they are type-checked here (tests/test_runtime_sources.py), with the SDK's runtime
# modules as they are written under templates/sdk/package, and is never copied into an SDK.

from package._auth import Credentials, Requirement, Scheme
from package._base_client import SyncAPIClient as Client
from package._exceptions import (
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
from package._limits import DEFAULT_MAX_RESPONSE_BYTES, Deadline, read_body
from package._secrets import redact, secret_pattern
from package._settings import SDKError
from package._streaming import Stream

SCHEMES: tuple[Scheme, ...]
SECURITY: Requirement

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
