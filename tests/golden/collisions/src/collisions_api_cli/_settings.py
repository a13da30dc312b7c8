"""What the ``collisions-api`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

PROG = "collisions-api"
VERSION = "0.1.0"
DESCRIPTION = "Collisions command line.\n\nResources nested under their own name, names that only differ by an underscore, and properties named like the methods of the SDK's models."
DISTRIBUTION = "collisions-api"  # for "pip install '<distribution>[cli]'"
API_KEY_ENV = "COLLISIONS_API_API_KEY"
BASE_URL_ENV = "COLLISIONS_API_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://collisions.example.com"
API_KEY_HEADER: str | None = None  # None: no API key
