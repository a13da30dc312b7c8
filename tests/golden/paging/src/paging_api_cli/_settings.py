"""What the ``paging-api`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Credential

PROG = "paging-api"
VERSION = "0.1.0"
DESCRIPTION = "Paging API command line.\n\nOne list per pagination scheme real APIs use."
DISTRIBUTION = "paging-api"  # for "pip install '<distribution>[cli]'"
BASE_URL_ENV = "PAGING_API_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://paging.example.com"
# The credentials the client takes, each from a flag or else its environment variable.
CREDENTIALS: tuple[Credential, ...] = (
    {
        "argument": "api_key",
        "flag": "api-key",
        "env": "PAGING_API_API_KEY",
        "label": "API key",
        "secret": True,
    },
)
# The headers an API key goes in (Authorization and Cookie are always secret): --debug hides them.
KEY_HEADERS: tuple[str, ...] = ()
