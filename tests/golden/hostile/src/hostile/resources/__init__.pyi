# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .abs import AbsResource as AbsResource
from .abs import AbsResourceWithRawResponse as AbsResourceWithRawResponse
from .abs import AsyncAbsResource as AsyncAbsResource
from .abs import AsyncAbsResourceWithRawResponse as AsyncAbsResourceWithRawResponse
from .abs_nmzq2 import AbsNmzq2Resource as AbsNmzq2Resource
from .abs_nmzq2 import AbsNmzq2ResourceWithRawResponse as AbsNmzq2ResourceWithRawResponse
from .abs_nmzq2 import AsyncAbsNmzq2Resource as AsyncAbsNmzq2Resource
from .abs_nmzq2 import AsyncAbsNmzq2ResourceWithRawResponse as AsyncAbsNmzq2ResourceWithRawResponse
from .etc_nmzq import AsyncEtcNmzqResource as AsyncEtcNmzqResource
from .etc_nmzq import AsyncEtcNmzqResourceWithRawResponse as AsyncEtcNmzqResourceWithRawResponse
from .etc_nmzq import EtcNmzqResource as EtcNmzqResource
from .etc_nmzq import EtcNmzqResourceWithRawResponse as EtcNmzqResourceWithRawResponse
from .init import AsyncInitResource as AsyncInitResource
from .init import AsyncInitResourceWithRawResponse as AsyncInitResourceWithRawResponse
from .init import InitResource as InitResource
from .init import InitResourceWithRawResponse as InitResourceWithRawResponse
from .types import AsyncTypesResource as AsyncTypesResource
from .types import AsyncTypesResourceWithRawResponse as AsyncTypesResourceWithRawResponse
from .types import TypesResource as TypesResource
from .types import TypesResourceWithRawResponse as TypesResourceWithRawResponse
from .widgets import AsyncWidgetsResource as AsyncWidgetsResource
from .widgets import AsyncWidgetsResourceWithRawResponse as AsyncWidgetsResourceWithRawResponse
from .widgets import WidgetsResource as WidgetsResource
from .widgets import WidgetsResourceWithRawResponse as WidgetsResourceWithRawResponse

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
