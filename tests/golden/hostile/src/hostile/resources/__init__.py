"""The API's resources, each reachable as an attribute of the client and imported on first use.

Type checkers read the names from ``__init__.pyi``.
"""

from __future__ import annotations

import importlib
from typing import Any

# Each resource class, and the module that defines it.
_MODULES: dict[str, str] = {
    "WidgetsResource": "widgets",
    "AsyncWidgetsResource": "widgets",
    "WidgetsResourceWithRawResponse": "widgets",
    "AsyncWidgetsResourceWithRawResponse": "widgets",
    "WidgetsResourceWithStreamingResponse": "widgets",
    "AsyncWidgetsResourceWithStreamingResponse": "widgets",
    "AbsResource": "abs",
    "AsyncAbsResource": "abs",
    "AbsResourceWithRawResponse": "abs",
    "AsyncAbsResourceWithRawResponse": "abs",
    "AbsResourceWithStreamingResponse": "abs",
    "AsyncAbsResourceWithStreamingResponse": "abs",
    "InitResource": "init",
    "AsyncInitResource": "init",
    "InitResourceWithRawResponse": "init",
    "AsyncInitResourceWithRawResponse": "init",
    "InitResourceWithStreamingResponse": "init",
    "AsyncInitResourceWithStreamingResponse": "init",
    "TypesResource": "types",
    "AsyncTypesResource": "types",
    "TypesResourceWithRawResponse": "types",
    "AsyncTypesResourceWithRawResponse": "types",
    "TypesResourceWithStreamingResponse": "types",
    "AsyncTypesResourceWithStreamingResponse": "types",
    "EtcNmzqResource": "etc_nmzq",
    "AsyncEtcNmzqResource": "etc_nmzq",
    "EtcNmzqResourceWithRawResponse": "etc_nmzq",
    "AsyncEtcNmzqResourceWithRawResponse": "etc_nmzq",
    "EtcNmzqResourceWithStreamingResponse": "etc_nmzq",
    "AsyncEtcNmzqResourceWithStreamingResponse": "etc_nmzq",
    "AbsNmzq2Resource": "abs_nmzq2",
    "AsyncAbsNmzq2Resource": "abs_nmzq2",
    "AbsNmzq2ResourceWithRawResponse": "abs_nmzq2",
    "AsyncAbsNmzq2ResourceWithRawResponse": "abs_nmzq2",
    "AbsNmzq2ResourceWithStreamingResponse": "abs_nmzq2",
    "AsyncAbsNmzq2ResourceWithStreamingResponse": "abs_nmzq2",
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
