"""What sets this SDK apart from the others sdkgen makes.

The runtime modules beside it (the client plumbing, errors, pages) are the same in every SDK.
"""


class StreamingAPIError(Exception):
    """The base of every error this package raises."""


SDKError = StreamingAPIError
"""The base error, under the name the runtime modules know it by."""

LOG_ENV = "STREAMING_API_LOG"
"""Set to ``debug`` or ``info``, the environment variable that prints the SDK's log to stderr."""

REQUEST_ID_HEADERS = ("x-request-id", "request-id")
"""The response headers that carry the id the server gave a request, the first found wins."""
