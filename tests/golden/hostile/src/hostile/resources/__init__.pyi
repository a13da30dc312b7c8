# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .abs import AbsResource as AbsResource
from .abs import AbsResourceWithRawResponse as AbsResourceWithRawResponse
from .abs import AbsResourceWithStreamingResponse as AbsResourceWithStreamingResponse
from .abs import AsyncAbsResource as AsyncAbsResource
from .abs import AsyncAbsResourceWithRawResponse as AsyncAbsResourceWithRawResponse
from .abs import AsyncAbsResourceWithStreamingResponse as AsyncAbsResourceWithStreamingResponse
from .abs_nmzq2 import AbsNmzq2Resource as AbsNmzq2Resource
from .abs_nmzq2 import AbsNmzq2ResourceWithRawResponse as AbsNmzq2ResourceWithRawResponse
from .abs_nmzq2 import (
    AbsNmzq2ResourceWithStreamingResponse as AbsNmzq2ResourceWithStreamingResponse,
)
from .abs_nmzq2 import AsyncAbsNmzq2Resource as AsyncAbsNmzq2Resource
from .abs_nmzq2 import AsyncAbsNmzq2ResourceWithRawResponse as AsyncAbsNmzq2ResourceWithRawResponse
from .abs_nmzq2 import (
    AsyncAbsNmzq2ResourceWithStreamingResponse as AsyncAbsNmzq2ResourceWithStreamingResponse,
)
from .etc_nmzq import AsyncEtcNmzqResource as AsyncEtcNmzqResource
from .etc_nmzq import AsyncEtcNmzqResourceWithRawResponse as AsyncEtcNmzqResourceWithRawResponse
from .etc_nmzq import (
    AsyncEtcNmzqResourceWithStreamingResponse as AsyncEtcNmzqResourceWithStreamingResponse,
)
from .etc_nmzq import EtcNmzqResource as EtcNmzqResource
from .etc_nmzq import EtcNmzqResourceWithRawResponse as EtcNmzqResourceWithRawResponse
from .etc_nmzq import EtcNmzqResourceWithStreamingResponse as EtcNmzqResourceWithStreamingResponse
from .init import AsyncInitResource as AsyncInitResource
from .init import AsyncInitResourceWithRawResponse as AsyncInitResourceWithRawResponse
from .init import AsyncInitResourceWithStreamingResponse as AsyncInitResourceWithStreamingResponse
from .init import InitResource as InitResource
from .init import InitResourceWithRawResponse as InitResourceWithRawResponse
from .init import InitResourceWithStreamingResponse as InitResourceWithStreamingResponse
from .types import AsyncTypesResource as AsyncTypesResource
from .types import AsyncTypesResourceWithRawResponse as AsyncTypesResourceWithRawResponse
from .types import (
    AsyncTypesResourceWithStreamingResponse as AsyncTypesResourceWithStreamingResponse,
)
from .types import TypesResource as TypesResource
from .types import TypesResourceWithRawResponse as TypesResourceWithRawResponse
from .types import TypesResourceWithStreamingResponse as TypesResourceWithStreamingResponse
from .widgets import AsyncWidgetsResource as AsyncWidgetsResource
from .widgets import AsyncWidgetsResourceWithRawResponse as AsyncWidgetsResourceWithRawResponse
from .widgets import (
    AsyncWidgetsResourceWithStreamingResponse as AsyncWidgetsResourceWithStreamingResponse,
)
from .widgets import WidgetsResource as WidgetsResource
from .widgets import WidgetsResourceWithRawResponse as WidgetsResourceWithRawResponse
from .widgets import WidgetsResourceWithStreamingResponse as WidgetsResourceWithStreamingResponse

__all__ = [
    "WidgetsResource",
    "AsyncWidgetsResource",
    "WidgetsResourceWithRawResponse",
    "AsyncWidgetsResourceWithRawResponse",
    "WidgetsResourceWithStreamingResponse",
    "AsyncWidgetsResourceWithStreamingResponse",
    "AbsResource",
    "AsyncAbsResource",
    "AbsResourceWithRawResponse",
    "AsyncAbsResourceWithRawResponse",
    "AbsResourceWithStreamingResponse",
    "AsyncAbsResourceWithStreamingResponse",
    "InitResource",
    "AsyncInitResource",
    "InitResourceWithRawResponse",
    "AsyncInitResourceWithRawResponse",
    "InitResourceWithStreamingResponse",
    "AsyncInitResourceWithStreamingResponse",
    "TypesResource",
    "AsyncTypesResource",
    "TypesResourceWithRawResponse",
    "AsyncTypesResourceWithRawResponse",
    "TypesResourceWithStreamingResponse",
    "AsyncTypesResourceWithStreamingResponse",
    "EtcNmzqResource",
    "AsyncEtcNmzqResource",
    "EtcNmzqResourceWithRawResponse",
    "AsyncEtcNmzqResourceWithRawResponse",
    "EtcNmzqResourceWithStreamingResponse",
    "AsyncEtcNmzqResourceWithStreamingResponse",
    "AbsNmzq2Resource",
    "AsyncAbsNmzq2Resource",
    "AbsNmzq2ResourceWithRawResponse",
    "AsyncAbsNmzq2ResourceWithRawResponse",
    "AbsNmzq2ResourceWithStreamingResponse",
    "AsyncAbsNmzq2ResourceWithStreamingResponse",
]
