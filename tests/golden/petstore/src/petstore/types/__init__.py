"""Models for the API's requests and responses, their module imported on first use.

``from petstore.types import Error`` loads the module that defines it.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .schemas import Error as Error
    from .schemas import NewPet as NewPet
    from .schemas import NewPetKind as NewPetKind
    from .schemas import NewPetOwner as NewPetOwner
    from .schemas import Pet as Pet
    from .schemas import PetsGetResponse as PetsGetResponse

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "Error": "schemas",
    "NewPet": "schemas",
    "NewPetKind": "schemas",
    "NewPetOwner": "schemas",
    "Pet": "schemas",
    "PetsGetResponse": "schemas",
}

__all__ = [
    "Error",
    "NewPet",
    "NewPetKind",
    "NewPetOwner",
    "Pet",
    "PetsGetResponse",
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
