"""The API's resources, each reachable as an attribute of the client and imported on first use."""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .classifier import (
        AsyncClassifierResource as AsyncClassifierResource,
    )
    from .classifier import (
        AsyncClassifierResourceWithRawResponse as AsyncClassifierResourceWithRawResponse,
    )
    from .classifier import (
        ClassifierResource as ClassifierResource,
    )
    from .classifier import (
        ClassifierResourceWithRawResponse as ClassifierResourceWithRawResponse,
    )

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "ClassifierResource": "classifier",
    "AsyncClassifierResource": "classifier",
    "ClassifierResourceWithRawResponse": "classifier",
    "AsyncClassifierResourceWithRawResponse": "classifier",
}

__all__ = [
    "ClassifierResource",
    "AsyncClassifierResource",
    "ClassifierResourceWithRawResponse",
    "AsyncClassifierResourceWithRawResponse",
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
