# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import EtcNmzq as EtcNmzq
from .schemas import Init as Init
from .schemas import InitTypesGetResponse as InitTypesGetResponse
from .schemas import OsSystemNmzq as OsSystemNmzq
from .schemas import TypesPostRequest as TypesPostRequest
from .schemas import Widget as Widget
from .schemas import WidgetsNmzqIdGetXOpenNmzqRanW as WidgetsNmzqIdGetXOpenNmzqRanW

__all__ = [
    "EtcNmzq",
    "Init",
    "InitTypesGetResponse",
    "OsSystemNmzq",
    "TypesPostRequest",
    "Widget",
    "WidgetsNmzqIdGetXOpenNmzqRanW",
]
