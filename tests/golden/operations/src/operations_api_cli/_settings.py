"""What the ``operations-api`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

PROG = "operations-api"
VERSION = "0.1.0"
DESCRIPTION = "Operations command line.\n\nEvery kind of parameter, request body and response the generator supports."
DISTRIBUTION = "operations-api"  # for "pip install '<distribution>[cli]'"
API_KEY_ENV = "OPERATIONS_API_API_KEY"
BASE_URL_ENV = "OPERATIONS_API_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://operations.example.com/v1"
API_KEY_HEADER: str | None = "Authorization"  # None: no API key
