"""What the ``petstore`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

PROG = "petstore"
VERSION = "0.1.0"
DESCRIPTION = "Petstore command line.\n\nA small store of pets, to test the generator on the usual CRUD shapes."
DISTRIBUTION = "petstore"  # for "pip install '<distribution>[cli]'"
API_KEY_ENV = "PETSTORE_API_KEY"
BASE_URL_ENV = "PETSTORE_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://petstore.example.com/v1"
API_KEY_HEADER: str | None = "X-API-Key"  # None: no API key
