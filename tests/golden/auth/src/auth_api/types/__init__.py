"""Models for the API's requests and responses, their module imported on first use.

``from auth_api.types import Status`` loads the module that defines it.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .schemas import Status as Status
    from .schemas import Widget as Widget
    from .schemas import WidgetsGetResponse as WidgetsGetResponse
    from .schemas import WidgetsPostRequest as WidgetsPostRequest

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "Status": "schemas",
    "Widget": "schemas",
    "WidgetsGetResponse": "schemas",
    "WidgetsPostRequest": "schemas",
}

__all__ = [
    "Status",
    "Widget",
    "WidgetsGetResponse",
    "WidgetsPostRequest",
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
