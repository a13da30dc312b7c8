"""The API's resources, each reachable as an attribute of the client and imported on first use."""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .a import (
        AResource as AResource,
    )
    from .a import (
        AResourceWithRawResponse as AResourceWithRawResponse,
    )
    from .a import (
        AsyncAResource as AsyncAResource,
    )
    from .a import (
        AsyncAResourceWithRawResponse as AsyncAResourceWithRawResponse,
    )
    from .a_b import (
        AB2Resource as AB2Resource,
    )
    from .a_b import (
        AB2ResourceWithRawResponse as AB2ResourceWithRawResponse,
    )
    from .a_b import (
        AsyncAB2Resource as AsyncAB2Resource,
    )
    from .a_b import (
        AsyncAB2ResourceWithRawResponse as AsyncAB2ResourceWithRawResponse,
    )
    from .files import (
        AsyncFilesResource as AsyncFilesResource,
    )
    from .files import (
        AsyncFilesResourceWithRawResponse as AsyncFilesResourceWithRawResponse,
    )
    from .files import (
        FilesResource as FilesResource,
    )
    from .files import (
        FilesResourceWithRawResponse as FilesResourceWithRawResponse,
    )
    from .things import (
        AsyncThingsResource as AsyncThingsResource,
    )
    from .things import (
        AsyncThingsResourceWithRawResponse as AsyncThingsResourceWithRawResponse,
    )
    from .things import (
        ThingsResource as ThingsResource,
    )
    from .things import (
        ThingsResourceWithRawResponse as ThingsResourceWithRawResponse,
    )

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "FilesResource": "files",
    "AsyncFilesResource": "files",
    "FilesResourceWithRawResponse": "files",
    "AsyncFilesResourceWithRawResponse": "files",
    "AResource": "a",
    "AsyncAResource": "a",
    "AResourceWithRawResponse": "a",
    "AsyncAResourceWithRawResponse": "a",
    "AB2Resource": "a_b",
    "AsyncAB2Resource": "a_b",
    "AB2ResourceWithRawResponse": "a_b",
    "AsyncAB2ResourceWithRawResponse": "a_b",
    "ThingsResource": "things",
    "AsyncThingsResource": "things",
    "ThingsResourceWithRawResponse": "things",
    "AsyncThingsResourceWithRawResponse": "things",
}

__all__ = [
    "FilesResource",
    "AsyncFilesResource",
    "FilesResourceWithRawResponse",
    "AsyncFilesResourceWithRawResponse",
    "AResource",
    "AsyncAResource",
    "AResourceWithRawResponse",
    "AsyncAResourceWithRawResponse",
    "AB2Resource",
    "AsyncAB2Resource",
    "AB2ResourceWithRawResponse",
    "AsyncAB2ResourceWithRawResponse",
    "ThingsResource",
    "AsyncThingsResource",
    "ThingsResourceWithRawResponse",
    "AsyncThingsResourceWithRawResponse",
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
