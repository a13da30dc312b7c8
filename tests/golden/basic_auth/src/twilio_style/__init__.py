"""Twilio Style API SDK.

from twilio_style import TwilioStyle

client = TwilioStyle()
"""

from typing import TYPE_CHECKING

from ._client import AsyncTwilioStyle, TwilioStyle
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
from ._settings import TwilioStyleError
from ._streaming_response import AsyncStreamedAPIResponse, StreamedAPIResponse
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from . import types
    from ._tolerant import ValidationProblem

__all__ = [
    "TwilioStyle",
    "AsyncTwilioStyle",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncStreamedAPIResponse",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CrossOriginNextPageError",
    "InternalServerError",
    "TwilioStyleError",
    "MissingCredentialsError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RepeatedCursorError",
    "ResponseTooLargeError",
    "StreamedAPIResponse",
    "UnprocessableEntityError",
    "ValidationIssue",
    "ValidationProblem",
    "__version__",
    "types",
]


def __getattr__(name: str) -> object:
    # ``twilio_style.types`` is imported when first used: a client that makes no call reads no model.
    if name == "types":
        import importlib

        return importlib.import_module(f"{__name__}.types")
    if name == "ValidationProblem":  # only a response that does not match needs it
        from ._tolerant import ValidationProblem

        return ValidationProblem
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
