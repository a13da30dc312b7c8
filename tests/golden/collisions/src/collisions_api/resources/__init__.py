"""The API's resources, each reachable as an attribute of the client and imported on first use.

Type checkers read the names from ``__init__.pyi``.
"""

from __future__ import annotations

import importlib
from typing import Any

# Each resource class, and the module that defines it.
_MODULES: dict[str, str] = {
    "FilesResource": "files",
    "AsyncFilesResource": "files",
    "FilesResourceWithRawResponse": "files",
    "AsyncFilesResourceWithRawResponse": "files",
    "FilesResourceWithStreamingResponse": "files",
    "AsyncFilesResourceWithStreamingResponse": "files",
    "AResource": "a",
    "AsyncAResource": "a",
    "AResourceWithRawResponse": "a",
    "AsyncAResourceWithRawResponse": "a",
    "AResourceWithStreamingResponse": "a",
    "AsyncAResourceWithStreamingResponse": "a",
    "AB2Resource": "a_b",
    "AsyncAB2Resource": "a_b",
    "AB2ResourceWithRawResponse": "a_b",
    "AsyncAB2ResourceWithRawResponse": "a_b",
    "AB2ResourceWithStreamingResponse": "a_b",
    "AsyncAB2ResourceWithStreamingResponse": "a_b",
    "ThingsResource": "things",
    "AsyncThingsResource": "things",
    "ThingsResourceWithRawResponse": "things",
    "AsyncThingsResourceWithRawResponse": "things",
    "ThingsResourceWithStreamingResponse": "things",
    "AsyncThingsResourceWithStreamingResponse": "things",
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
