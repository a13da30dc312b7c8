"""What the ``twilio-style`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Credential

PROG = "twilio-style"
VERSION = "0.1.0"
DESCRIPTION = "Twilio Style API command line.\n\nHTTP Basic auth as Twilio's API has it: the account SID as the username, the auth token as the password, for every operation."
DISTRIBUTION = "twilio-style"  # for "pip install '<distribution>[cli]'"
BASE_URL_ENV = "TWILIO_STYLE_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://api.twilio-style.example.com"
# The credentials the client takes, each from a flag or else its environment variable.
CREDENTIALS: tuple[Credential, ...] = (
    {
        "argument": "username",
        "flag": "username",
        "env": "TWILIO_STYLE_USERNAME",
        "label": "username",
        "secret": False,
    },
    {
        "argument": "password",
        "flag": "password",
        "env": "TWILIO_STYLE_PASSWORD",
        "label": "password",
        "secret": True,
    },
)
# The headers an API key goes in (Authorization and Cookie are always secret): --debug hides them.
KEY_HEADERS: tuple[str, ...] = ()
