"""The API's resources, each reachable as an attribute of the client and imported on first use."""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .reports import (
        AsyncReportsResource as AsyncReportsResource,
    )
    from .reports import (
        AsyncReportsResourceWithRawResponse as AsyncReportsResourceWithRawResponse,
    )
    from .reports import (
        ReportsResource as ReportsResource,
    )
    from .reports import (
        ReportsResourceWithRawResponse as ReportsResourceWithRawResponse,
    )

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "ReportsResource": "reports",
    "AsyncReportsResource": "reports",
    "ReportsResourceWithRawResponse": "reports",
    "AsyncReportsResourceWithRawResponse": "reports",
}

__all__ = [
    "ReportsResource",
    "AsyncReportsResource",
    "ReportsResourceWithRawResponse",
    "AsyncReportsResourceWithRawResponse",
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
