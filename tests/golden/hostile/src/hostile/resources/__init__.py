"""The API's resources, each reachable as an attribute of the client and imported on first use."""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .abs import (
        AbsResource as AbsResource,
    )
    from .abs import (
        AbsResourceWithRawResponse as AbsResourceWithRawResponse,
    )
    from .abs import (
        AsyncAbsResource as AsyncAbsResource,
    )
    from .abs import (
        AsyncAbsResourceWithRawResponse as AsyncAbsResourceWithRawResponse,
    )
    from .abs_nmzq2 import (
        AbsNmzq2Resource as AbsNmzq2Resource,
    )
    from .abs_nmzq2 import (
        AbsNmzq2ResourceWithRawResponse as AbsNmzq2ResourceWithRawResponse,
    )
    from .abs_nmzq2 import (
        AsyncAbsNmzq2Resource as AsyncAbsNmzq2Resource,
    )
    from .abs_nmzq2 import (
        AsyncAbsNmzq2ResourceWithRawResponse as AsyncAbsNmzq2ResourceWithRawResponse,
    )
    from .etc_nmzq import (
        AsyncEtcNmzqResource as AsyncEtcNmzqResource,
    )
    from .etc_nmzq import (
        AsyncEtcNmzqResourceWithRawResponse as AsyncEtcNmzqResourceWithRawResponse,
    )
    from .etc_nmzq import (
        EtcNmzqResource as EtcNmzqResource,
    )
    from .etc_nmzq import (
        EtcNmzqResourceWithRawResponse as EtcNmzqResourceWithRawResponse,
    )
    from .init import (
        AsyncInitResource as AsyncInitResource,
    )
    from .init import (
        AsyncInitResourceWithRawResponse as AsyncInitResourceWithRawResponse,
    )
    from .init import (
        InitResource as InitResource,
    )
    from .init import (
        InitResourceWithRawResponse as InitResourceWithRawResponse,
    )
    from .types import (
        AsyncTypesResource as AsyncTypesResource,
    )
    from .types import (
        AsyncTypesResourceWithRawResponse as AsyncTypesResourceWithRawResponse,
    )
    from .types import (
        TypesResource as TypesResource,
    )
    from .types import (
        TypesResourceWithRawResponse as TypesResourceWithRawResponse,
    )
    from .widgets import (
        AsyncWidgetsResource as AsyncWidgetsResource,
    )
    from .widgets import (
        AsyncWidgetsResourceWithRawResponse as AsyncWidgetsResourceWithRawResponse,
    )
    from .widgets import (
        WidgetsResource as WidgetsResource,
    )
    from .widgets import (
        WidgetsResourceWithRawResponse as WidgetsResourceWithRawResponse,
    )

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "WidgetsResource": "widgets",
    "AsyncWidgetsResource": "widgets",
    "WidgetsResourceWithRawResponse": "widgets",
    "AsyncWidgetsResourceWithRawResponse": "widgets",
    "AbsResource": "abs",
    "AsyncAbsResource": "abs",
    "AbsResourceWithRawResponse": "abs",
    "AsyncAbsResourceWithRawResponse": "abs",
    "InitResource": "init",
    "AsyncInitResource": "init",
    "InitResourceWithRawResponse": "init",
    "AsyncInitResourceWithRawResponse": "init",
    "TypesResource": "types",
    "AsyncTypesResource": "types",
    "TypesResourceWithRawResponse": "types",
    "AsyncTypesResourceWithRawResponse": "types",
    "EtcNmzqResource": "etc_nmzq",
    "AsyncEtcNmzqResource": "etc_nmzq",
    "EtcNmzqResourceWithRawResponse": "etc_nmzq",
    "AsyncEtcNmzqResourceWithRawResponse": "etc_nmzq",
    "AbsNmzq2Resource": "abs_nmzq2",
    "AsyncAbsNmzq2Resource": "abs_nmzq2",
    "AbsNmzq2ResourceWithRawResponse": "abs_nmzq2",
    "AsyncAbsNmzq2ResourceWithRawResponse": "abs_nmzq2",
}

__all__ = [
    "WidgetsResource",
    "AsyncWidgetsResource",
    "WidgetsResourceWithRawResponse",
    "AsyncWidgetsResourceWithRawResponse",
    "AbsResource",
    "AsyncAbsResource",
    "AbsResourceWithRawResponse",
    "AsyncAbsResourceWithRawResponse",
    "InitResource",
    "AsyncInitResource",
    "InitResourceWithRawResponse",
    "AsyncInitResourceWithRawResponse",
    "TypesResource",
    "AsyncTypesResource",
    "TypesResourceWithRawResponse",
    "AsyncTypesResourceWithRawResponse",
    "EtcNmzqResource",
    "AsyncEtcNmzqResource",
    "EtcNmzqResourceWithRawResponse",
    "AsyncEtcNmzqResourceWithRawResponse",
    "AbsNmzq2Resource",
    "AsyncAbsNmzq2Resource",
    "AbsNmzq2ResourceWithRawResponse",
    "AsyncAbsNmzq2ResourceWithRawResponse",
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
