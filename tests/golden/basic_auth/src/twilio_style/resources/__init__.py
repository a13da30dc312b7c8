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

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "AccountsResource": "accounts",
    "AsyncAccountsResource": "accounts",
    "AccountsResourceWithRawResponse": "accounts",
    "AsyncAccountsResourceWithRawResponse": "accounts",
}

__all__ = [
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
