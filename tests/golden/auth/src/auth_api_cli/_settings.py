"""What the ``auth-api`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Credential

PROG = "auth-api"
VERSION = "0.1.0"
DESCRIPTION = (
    "Auth API command line.\n\nEvery way an operation can ask for credentials, one operation each."
)
DISTRIBUTION = "auth-api"  # for "pip install '<distribution>[cli]'"
BASE_URL_ENV = "AUTH_API_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://auth.example.com"
# The credentials the client takes, each from a flag or else its environment variable.
CREDENTIALS: tuple[Credential, ...] = (
    {
        "argument": "bearer",
        "flag": "bearer",
        "env": "AUTH_API_BEARER",
        "label": "bearer",
        "secret": True,
    },
    {
        "argument": "basic_username",
        "flag": "basic-username",
        "env": "AUTH_API_BASIC_USERNAME",
        "label": "basic username",
        "secret": False,
    },
    {
        "argument": "basic_password",
        "flag": "basic-password",
        "env": "AUTH_API_BASIC_PASSWORD",
        "label": "basic password",
        "secret": True,
    },
    {
        "argument": "api_key_header",
        "flag": "api-key-header",
        "env": "AUTH_API_API_KEY_HEADER",
        "label": "api key header",
        "secret": True,
    },
    {
        "argument": "api_key_query",
        "flag": "api-key-query",
        "env": "AUTH_API_API_KEY_QUERY",
        "label": "api key query",
        "secret": True,
    },
    {
        "argument": "session_cookie",
        "flag": "session-cookie",
        "env": "AUTH_API_SESSION_COOKIE",
        "label": "session cookie",
        "secret": True,
    },
    {
        "argument": "oauth",
        "flag": "oauth",
        "env": "AUTH_API_OAUTH",
        "label": "oauth",
        "secret": True,
    },
)
# The headers an API key goes in (Authorization and Cookie are always secret): --debug hides them.
KEY_HEADERS: tuple[str, ...] = ("x-api-key",)
