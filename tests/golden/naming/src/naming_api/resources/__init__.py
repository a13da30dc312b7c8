"""The API's resources, each reachable as an attribute of the client and imported on first use.

Type checkers read the names from ``__init__.pyi``.
"""

from __future__ import annotations

import importlib
from typing import Any

# Each resource class, and the module that defines it.
_MODULES: dict[str, str] = {
    "RecordsApiResource": "records",
    "AsyncRecordsApiResource": "records",
    "RecordsApiResourceWithRawResponse": "records",
    "AsyncRecordsApiResourceWithRawResponse": "records",
    "RecordsApiResourceWithStreamingResponse": "records",
    "AsyncRecordsApiResourceWithStreamingResponse": "records",
    "V2Resource": "v2",
    "AsyncV2Resource": "v2",
    "V2ResourceWithRawResponse": "v2",
    "AsyncV2ResourceWithRawResponse": "v2",
    "V2ResourceWithStreamingResponse": "v2",
    "AsyncV2ResourceWithStreamingResponse": "v2",
    "RecordsResourceResource": "records_resource",
    "AsyncRecordsResourceResource": "records_resource",
    "RecordsResourceResourceWithRawResponse": "records_resource",
    "AsyncRecordsResourceResourceWithRawResponse": "records_resource",
    "RecordsResourceResourceWithStreamingResponse": "records_resource",
    "AsyncRecordsResourceResourceWithStreamingResponse": "records_resource",
}


def __getattr__(name: str) -> Any:
    if name == "__all__":
        return list(_MODULES)
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
