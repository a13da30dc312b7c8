# What the runtime modules beside it may use of the _settings.py that _settings.py.jinja renders:
# it stands in for it when they are type-checked here (tests/test_runtime_sources.py), and is
# never copied into an SDK.

class SDKError(Exception): ...

LOG_ENV: str
REQUEST_ID_HEADERS: tuple[str, ...]
