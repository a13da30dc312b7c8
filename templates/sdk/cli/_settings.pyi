# What the runtime modules beside it may use of the _settings.py that _settings.py.jinja renders:
# it stands in for it when they are type-checked here (tests/test_runtime_sources.py), and is
# never copied into an SDK.

from ._types import Credential

PROG: str
VERSION: str
DESCRIPTION: str
DISTRIBUTION: str
BASE_URL_ENV: str
DEFAULT_BASE_URL: str | None
CREDENTIALS: tuple[Credential, ...]
KEY_HEADERS: tuple[str, ...]
