"""Models for the API's requests and responses.

``from streaming_api.types import ChatCompletion`` imports the module that defines it.
Type checkers read the names from ``__init__.pyi``; this module looks them up in ``_index`` on first use,
so importing one model's module directly reads no index at all.
"""

from __future__ import annotations

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    from ._index import MODULES

    if name == "__all__":
        return list(MODULES)
    module = MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    from ._index import MODULES

    return sorted({*globals(), *MODULES})
