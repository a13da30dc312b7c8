"""What the ``streaming-api`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Credential

PROG = "streaming-api"
VERSION = "0.1.0"
DESCRIPTION = (
    "Streaming API command line.\n\nOperations that answer with server-sent events, as OpenAI's do."
)
DISTRIBUTION = "streaming-api"  # for "pip install '<distribution>[cli]'"
BASE_URL_ENV = "STREAMING_API_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://streaming.example.com"
# The credentials the client takes, each from a flag or else its environment variable.
CREDENTIALS: tuple[Credential, ...] = (
    {
        "argument": "api_key",
        "flag": "api-key",
        "env": "STREAMING_API_API_KEY",
        "label": "API key",
        "secret": True,
    },
)
# The headers an API key goes in (Authorization and Cookie are always secret): --debug hides them.
KEY_HEADERS: tuple[str, ...] = ()
