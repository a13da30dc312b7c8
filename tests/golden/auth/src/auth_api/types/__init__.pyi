# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import Status as Status
from .schemas import Widget as Widget
from .schemas import WidgetsGetResponse as WidgetsGetResponse
from .schemas import WidgetsPostRequest as WidgetsPostRequest

__all__ = [
    "Status",
    "Widget",
    "WidgetsGetResponse",
    "WidgetsPostRequest",
]
