"""What the ``unsupported-api`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

PROG = "unsupported-api"
VERSION = "0.1.0"
DESCRIPTION = "Unsupported command line.\n\nConstructs the generator does not support yet, beside ones it does."
DISTRIBUTION = "unsupported-api"  # for "pip install '<distribution>[cli]'"
API_KEY_ENV = "UNSUPPORTED_API_API_KEY"
BASE_URL_ENV = "UNSUPPORTED_API_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://unsupported.example.com"
API_KEY_HEADER: str | None = None  # None: no API key
