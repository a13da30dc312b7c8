"""The API's resources, each reachable as an attribute of the client and imported on first use."""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .accounts import (
        AccountsResource as AccountsResource,
    )
    from .accounts import (
        AccountsResourceWithRawResponse as AccountsResourceWithRawResponse,
    )
    from .accounts import (
        AsyncAccountsResource as AsyncAccountsResource,
    )
    from .accounts import (
        AsyncAccountsResourceWithRawResponse as AsyncAccountsResourceWithRawResponse,
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
    from .shapes import (
        AsyncShapesResource as AsyncShapesResource,
    )
    from .shapes import (
        AsyncShapesResourceWithRawResponse as AsyncShapesResourceWithRawResponse,
    )
    from .shapes import (
        ShapesResource as ShapesResource,
    )
    from .shapes import (
        ShapesResourceWithRawResponse as ShapesResourceWithRawResponse,
    )
    from .trees import (
        AsyncTreesResource as AsyncTreesResource,
    )
    from .trees import (
        AsyncTreesResourceWithRawResponse as AsyncTreesResourceWithRawResponse,
    )
    from .trees import (
        TreesResource as TreesResource,
    )
    from .trees import (
        TreesResourceWithRawResponse as TreesResourceWithRawResponse,
    )

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "PetsResource": "pets",
    "AsyncPetsResource": "pets",
    "PetsResourceWithRawResponse": "pets",
    "AsyncPetsResourceWithRawResponse": "pets",
    "ShapesResource": "shapes",
    "AsyncShapesResource": "shapes",
    "ShapesResourceWithRawResponse": "shapes",
    "AsyncShapesResourceWithRawResponse": "shapes",
    "TreesResource": "trees",
    "AsyncTreesResource": "trees",
    "TreesResourceWithRawResponse": "trees",
    "AsyncTreesResourceWithRawResponse": "trees",
    "AccountsResource": "accounts",
    "AsyncAccountsResource": "accounts",
    "AccountsResourceWithRawResponse": "accounts",
    "AsyncAccountsResourceWithRawResponse": "accounts",
}

__all__ = [
    "PetsResource",
    "AsyncPetsResource",
    "PetsResourceWithRawResponse",
    "AsyncPetsResourceWithRawResponse",
    "ShapesResource",
    "AsyncShapesResource",
    "ShapesResourceWithRawResponse",
    "AsyncShapesResourceWithRawResponse",
    "TreesResource",
    "AsyncTreesResource",
    "TreesResourceWithRawResponse",
    "AsyncTreesResourceWithRawResponse",
    "AccountsResource",
    "AsyncAccountsResource",
    "AccountsResourceWithRawResponse",
    "AsyncAccountsResourceWithRawResponse",
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
