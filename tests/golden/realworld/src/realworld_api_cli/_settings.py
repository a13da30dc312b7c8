"""What the ``realworld`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

PROG = "realworld"
VERSION = "0.1.0"
DESCRIPTION = "Real World API command line.\n\nShapes public APIs use, each as small as it can be."
DISTRIBUTION = "realworld-api"  # for "pip install '<distribution>[cli]'"
API_KEY_ENV = "REALWORLD_API_KEY"
BASE_URL_ENV = "REALWORLD_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://api.example.com"
API_KEY_HEADER: str | None = None  # None: no API key
