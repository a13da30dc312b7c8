"""The API's resources, each reachable as an attribute of the client."""

from .abs import (
    AbsResource,
    AbsResourceWithRawResponse,
    AsyncAbsResource,
    AsyncAbsResourceWithRawResponse,
)
from .abs_nmzq2 import (
    AbsNmzq2Resource,
    AbsNmzq2ResourceWithRawResponse,
    AsyncAbsNmzq2Resource,
    AsyncAbsNmzq2ResourceWithRawResponse,
)
from .etc_nmzq import (
    AsyncEtcNmzqResource,
    AsyncEtcNmzqResourceWithRawResponse,
    EtcNmzqResource,
    EtcNmzqResourceWithRawResponse,
)
from .init import (
    AsyncInitResource,
    AsyncInitResourceWithRawResponse,
    InitResource,
    InitResourceWithRawResponse,
)
from .types import (
    AsyncTypesResource,
    AsyncTypesResourceWithRawResponse,
    TypesResource,
    TypesResourceWithRawResponse,
)
from .widgets import (
    AsyncWidgetsResource,
    AsyncWidgetsResourceWithRawResponse,
    WidgetsResource,
    WidgetsResourceWithRawResponse,
)

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
