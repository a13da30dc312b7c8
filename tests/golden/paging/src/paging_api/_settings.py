"""What sets this SDK apart from the others sdkgen makes.

The runtime modules beside it (the client plumbing, errors, pages) are the same in every SDK.
"""


class PagingAPIError(Exception):
    """The base of every error this package raises."""


SDKError = PagingAPIError
"""The base error, under the name the runtime modules know it by."""
