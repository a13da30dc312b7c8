# What the runtime modules beside it may use of the _commands.py that _commands.py.jinja renders:
# it stands in for it when they are type-checked here (tests/test_runtime_sources.py), and is
# never copied into an SDK.

from ._types import Group

GROUPS: dict[str, Group]
