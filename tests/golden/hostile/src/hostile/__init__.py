"""Hostile zqxj \"\"\" ''' \\ {{ 7 * 7 }} {% raw %} <b>bold</b>
# not a heading SDK.

    from hostile import Hostile

    client = Hostile()
"""

from . import types  # cheap: each model's module is imported on first use
from ._client import AsyncHostile, Hostile
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
from ._settings import HostileError
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

__all__ = [
    "Hostile",
    "AsyncHostile",
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
    "HostileError",
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
