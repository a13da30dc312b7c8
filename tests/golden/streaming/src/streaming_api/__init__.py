"""Streaming API SDK.

from streaming_api import StreamingAPI

client = StreamingAPI()
"""

from typing import TYPE_CHECKING

from ._client import AsyncStreamingAPI, StreamingAPI
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
    EventTooLargeError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RepeatedCursorError,
    ResponseTooLargeError,
    StreamError,
    UnprocessableEntityError,
    ValidationIssue,
)
from ._response import APIResponse
from ._settings import StreamingAPIError
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from . import types
    from ._streaming import AsyncStream, ServerSentEvent, Stream
    from ._streaming_response import AsyncStreamedAPIResponse, StreamedAPIResponse
    from ._tolerant import ValidationProblem

__all__ = [
    "StreamingAPI",
    "AsyncStreamingAPI",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncStreamedAPIResponse",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CrossOriginNextPageError",
    "EventTooLargeError",
    "InternalServerError",
    "StreamingAPIError",
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
    "ServerSentEvent",
    "Stream",
    "StreamError",
    "UnprocessableEntityError",
    "ValidationIssue",
    "ValidationProblem",
    "__version__",
    "types",
]


# Imported when first used: a client that makes no call loads no model, and one that streams
# nothing no stream.
_LAZY = {
    "AsyncStream": "._streaming",
    "ServerSentEvent": "._streaming",
    "Stream": "._streaming",
    "AsyncStreamedAPIResponse": "._streaming_response",
    "StreamedAPIResponse": "._streaming_response",
    "ValidationProblem": "._tolerant",
}


def __getattr__(name: str) -> object:
    import importlib

    if name == "types":
        return importlib.import_module(f"{__name__}.types")
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
