"""Models for the API's requests and responses, their module imported on first use.

``from multifile_api.types import Address`` loads the module that defines it.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .schemas import Address as Address
    from .schemas import Error as Error
    from .schemas import Owner as Owner
    from .schemas import Pet as Pet
    from .schemas import PetsGetResponse as PetsGetResponse
    from .schemas import Tag as Tag

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "Address": "schemas",
    "Error": "schemas",
    "Owner": "schemas",
    "Pet": "schemas",
    "PetsGetResponse": "schemas",
    "Tag": "schemas",
}

__all__ = [
    "Address",
    "Error",
    "Owner",
    "Pet",
    "PetsGetResponse",
    "Tag",
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
