"""The multifile_api SDK, under the names the modules beside it use.

Imported only to run a command: help and shell completion start without the SDK,
httpx and pydantic.
"""

from multifile_api import MultifileAPI as Client
from multifile_api._auth import Credentials, Requirement, Scheme
from multifile_api._exceptions import (
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
from multifile_api._limits import DEFAULT_MAX_RESPONSE_BYTES, Deadline, read_body
from multifile_api._secrets import redact, secret_pattern
from multifile_api._settings import SDKError
from multifile_api._streaming import Stream

SCHEMES: tuple[Scheme, ...] = ()
SECURITY: Requirement = ()

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
