"""Models for the API's requests and responses."""

from .schemas import (
    Status as Status,
)
from .schemas import (
    Widget as Widget,
)
from .schemas import (
    WidgetsGetResponse as WidgetsGetResponse,
)
from .schemas import (
    WidgetsPostRequest as WidgetsPostRequest,
)

__all__ = [
    "Status",
    "Widget",
    "WidgetsGetResponse",
    "WidgetsPostRequest",
]
