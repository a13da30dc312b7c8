"""Real World API SDK.

from realworld_api import RealWorld

client = RealWorld()
"""

from . import types  # cheap: each model's module is imported on first use
from ._client import AsyncRealWorld, RealWorld
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
from ._settings import RealWorldError
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

__all__ = [
    "RealWorld",
    "AsyncRealWorld",
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
    "RealWorldError",
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
