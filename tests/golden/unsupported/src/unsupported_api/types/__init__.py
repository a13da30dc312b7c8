"""Models for the API's requests and responses, their module imported on first use.

``from unsupported_api.types import Report`` loads the module that defines it.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .schemas import Report as Report

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "Report": "schemas",
}

__all__ = [
    "Report",
]


def __getattr__(name: str) -> _typing.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
