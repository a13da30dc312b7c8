"""What the ``operations-api`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Credential

PROG = "operations-api"
VERSION = "0.1.0"
DESCRIPTION = "Operations command line.\n\nEvery kind of parameter, request body and response the generator supports."
DISTRIBUTION = "operations-api"  # for "pip install '<distribution>[cli]'"
BASE_URL_ENV = "OPERATIONS_API_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://operations.example.com/v1"
# The credentials the client takes, each from a flag or else its environment variable.
CREDENTIALS: tuple[Credential, ...] = (
    {
        "argument": "api_key",
        "flag": "api-key",
        "env": "OPERATIONS_API_API_KEY",
        "label": "API key",
        "secret": True,
    },
)
# The headers an API key goes in (Authorization and Cookie are always secret): --debug hides them.
KEY_HEADERS: tuple[str, ...] = ()
