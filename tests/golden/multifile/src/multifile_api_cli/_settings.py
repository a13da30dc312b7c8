"""What the ``multifile-api`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._types import Credential

PROG = "multifile-api"
VERSION = "0.1.0"
DESCRIPTION = "Multifile API command line.\n\nA spec split across files, YAML and JSON, referring to each other."
DISTRIBUTION = "multifile-api"  # for "pip install '<distribution>[cli]'"
BASE_URL_ENV = "MULTIFILE_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://api.example.com/v1"
# The credentials the client takes, each from a flag or else its environment variable.
CREDENTIALS: tuple[Credential, ...] = ()
# The headers an API key goes in (Authorization and Cookie are always secret): --debug hides them.
KEY_HEADERS: tuple[str, ...] = ()
