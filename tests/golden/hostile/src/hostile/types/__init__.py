"""Models for the API's requests and responses, their module imported on first use.

``from hostile.types import EtcNmzq`` loads the module that defines it.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .schemas import EtcNmzq as EtcNmzq
    from .schemas import Init as Init
    from .schemas import InitTypesGetResponse as InitTypesGetResponse
    from .schemas import OsSystemNmzq as OsSystemNmzq
    from .schemas import TypesPostRequest as TypesPostRequest
    from .schemas import Widget as Widget
    from .schemas import WidgetsNmzqIdGetXOpenNmzqRanW as WidgetsNmzqIdGetXOpenNmzqRanW

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "EtcNmzq": "schemas",
    "Init": "schemas",
    "InitTypesGetResponse": "schemas",
    "OsSystemNmzq": "schemas",
    "TypesPostRequest": "schemas",
    "Widget": "schemas",
    "WidgetsNmzqIdGetXOpenNmzqRanW": "schemas",
}

__all__ = [
    "EtcNmzq",
    "Init",
    "InitTypesGetResponse",
    "OsSystemNmzq",
    "TypesPostRequest",
    "Widget",
    "WidgetsNmzqIdGetXOpenNmzqRanW",
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
