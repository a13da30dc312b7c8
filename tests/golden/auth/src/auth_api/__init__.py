"""Auth API SDK.

from auth_api import AuthAPI

client = AuthAPI()
"""

from . import types  # cheap: each model's module is imported on first use
from ._client import AsyncAuthAPI, AuthAPI
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CrossOriginNextPageError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RepeatedCursorError,
    ResponseTooLargeError,
    UnprocessableEntityError,
    ValidationIssue,
)
from ._response import APIResponse
from ._settings import AuthAPIError
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

__all__ = [
    "AuthAPI",
    "AsyncAuthAPI",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CrossOriginNextPageError",
    "InternalServerError",
    "AuthAPIError",
    "MissingCredentialsError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RepeatedCursorError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "ValidationIssue",
    "__version__",
    "types",
]
