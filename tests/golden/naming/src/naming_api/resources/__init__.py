"""The API's resources, each reachable as an attribute of the client and imported on first use."""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .records import (
        AsyncRecordsApiResource as AsyncRecordsApiResource,
    )
    from .records import (
        AsyncRecordsApiResourceWithRawResponse as AsyncRecordsApiResourceWithRawResponse,
    )
    from .records import (
        RecordsApiResource as RecordsApiResource,
    )
    from .records import (
        RecordsApiResourceWithRawResponse as RecordsApiResourceWithRawResponse,
    )
    from .records_resource import (
        AsyncRecordsResourceResource as AsyncRecordsResourceResource,
    )
    from .records_resource import (
        AsyncRecordsResourceResourceWithRawResponse as AsyncRecordsResourceResourceWithRawResponse,
    )
    from .records_resource import (
        RecordsResourceResource as RecordsResourceResource,
    )
    from .records_resource import (
        RecordsResourceResourceWithRawResponse as RecordsResourceResourceWithRawResponse,
    )
    from .v2 import (
        AsyncV2Resource as AsyncV2Resource,
    )
    from .v2 import (
        AsyncV2ResourceWithRawResponse as AsyncV2ResourceWithRawResponse,
    )
    from .v2 import (
        V2Resource as V2Resource,
    )
    from .v2 import (
        V2ResourceWithRawResponse as V2ResourceWithRawResponse,
    )

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "RecordsApiResource": "records",
    "AsyncRecordsApiResource": "records",
    "RecordsApiResourceWithRawResponse": "records",
    "AsyncRecordsApiResourceWithRawResponse": "records",
    "V2Resource": "v2",
    "AsyncV2Resource": "v2",
    "V2ResourceWithRawResponse": "v2",
    "AsyncV2ResourceWithRawResponse": "v2",
    "RecordsResourceResource": "records_resource",
    "AsyncRecordsResourceResource": "records_resource",
    "RecordsResourceResourceWithRawResponse": "records_resource",
    "AsyncRecordsResourceResourceWithRawResponse": "records_resource",
}

__all__ = [
    "RecordsApiResource",
    "AsyncRecordsApiResource",
    "RecordsApiResourceWithRawResponse",
    "AsyncRecordsApiResourceWithRawResponse",
    "V2Resource",
    "AsyncV2Resource",
    "V2ResourceWithRawResponse",
    "AsyncV2ResourceWithRawResponse",
    "RecordsResourceResource",
    "AsyncRecordsResourceResource",
    "RecordsResourceResourceWithRawResponse",
    "AsyncRecordsResourceResourceWithRawResponse",
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
