"""What the ``hostile`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Credential

PROG = "hostile"
VERSION = "0.1.0"
DESCRIPTION = 'Hostile zqxj """ \'\'\' \\ {{ 7 * 7 }} {% raw %} <b>bold</b>\n# not a heading command line.\n\nzqxj docstring breaker: """\nopen("zqxj-ran", "w")\n""" and \'\'\' and a trailing backslash \\'
DISTRIBUTION = "hostile"  # for "pip install '<distribution>[cli]'"
BASE_URL_ENV = "HOSTILE_BASE_URL"
DEFAULT_BASE_URL: str | None = 'https://hostile.example.com/zqxj"); open("zqxj-ran", "w"); ("'
# The credentials the client takes, each from a flag or else its environment variable.
CREDENTIALS: tuple[Credential, ...] = (
    {
        "argument": "api_key",
        "flag": "api-key",
        "env": "HOSTILE_API_KEY",
        "label": "API key",
        "secret": True,
    },
)
# The headers an API key goes in (Authorization and Cookie are always secret): --debug hides them.
KEY_HEADERS: tuple[str, ...] = ("x-key-nmzq",)
