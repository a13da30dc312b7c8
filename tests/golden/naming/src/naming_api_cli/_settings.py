"""What the ``naming-api`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

PROG = "naming-api"
VERSION = "0.1.0"
DESCRIPTION = (
    "Naming command line.\n\nNames that are not Python, and paths that need thought to name."
)
DISTRIBUTION = "naming-api"  # for "pip install '<distribution>[cli]'"
API_KEY_ENV = "NAMING_API_API_KEY"
BASE_URL_ENV = "NAMING_API_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://naming.example.com"
API_KEY_HEADER: str | None = None  # None: no API key
