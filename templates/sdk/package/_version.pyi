# What the runtime modules beside it may use of the _version.py that _version.py.jinja renders:
# it stands in for it when they are type-checked here (tests/test_runtime_sources.py), and is
# never copied into an SDK.

__title__: str
__version__: str
