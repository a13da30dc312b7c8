"""The API's resources, each reachable as an attribute of the client and imported on first use."""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .owners import (
        AsyncOwnersResource as AsyncOwnersResource,
    )
    from .owners import (
        AsyncOwnersResourceWithRawResponse as AsyncOwnersResourceWithRawResponse,
    )
    from .owners import (
        OwnersResource as OwnersResource,
    )
    from .owners import (
        OwnersResourceWithRawResponse as OwnersResourceWithRawResponse,
    )
    from .pets import (
        AsyncPetsResource as AsyncPetsResource,
    )
    from .pets import (
        AsyncPetsResourceWithRawResponse as AsyncPetsResourceWithRawResponse,
    )
    from .pets import (
        PetsResource as PetsResource,
    )
    from .pets import (
        PetsResourceWithRawResponse as PetsResourceWithRawResponse,
    )

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "PetsResource": "pets",
    "AsyncPetsResource": "pets",
    "PetsResourceWithRawResponse": "pets",
    "AsyncPetsResourceWithRawResponse": "pets",
    "OwnersResource": "owners",
    "AsyncOwnersResource": "owners",
    "OwnersResourceWithRawResponse": "owners",
    "AsyncOwnersResourceWithRawResponse": "owners",
}

__all__ = [
    "PetsResource",
    "AsyncPetsResource",
    "PetsResourceWithRawResponse",
    "AsyncPetsResourceWithRawResponse",
    "OwnersResource",
    "AsyncOwnersResource",
    "OwnersResourceWithRawResponse",
    "AsyncOwnersResourceWithRawResponse",
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
