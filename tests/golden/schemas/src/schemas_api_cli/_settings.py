"""What the ``schemas-api`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

PROG = "schemas-api"
VERSION = "0.1.0"
DESCRIPTION = "Schemas command line.\n\nEvery JSON Schema construct the generator turns into models, one per schema."
DISTRIBUTION = "schemas-api"  # for "pip install '<distribution>[cli]'"
API_KEY_ENV = "SCHEMAS_API_API_KEY"
BASE_URL_ENV = "SCHEMAS_API_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://schemas.example.com"
API_KEY_HEADER: str | None = None  # None: no API key
