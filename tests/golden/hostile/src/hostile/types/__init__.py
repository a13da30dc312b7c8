"""Models for the API's requests and responses."""

from .schemas import (
    Field11etc1nmzq as Field11etc1nmzq,
)
from .schemas import (
    FieldInitTypesGetResponse as FieldInitTypesGetResponse,
)
from .schemas import (
    Init as Init,
)
from .schemas import (
    OsSystemNmzq as OsSystemNmzq,
)
from .schemas import (
    TypesPostRequest as TypesPostRequest,
)
from .schemas import (
    Widget as Widget,
)
from .schemas import (
    WidgetsNmzqIdGetParametersQueryXOpenNmzqRanW as WidgetsNmzqIdGetParametersQueryXOpenNmzqRanW,
)

__all__ = [
    "Field11etc1nmzq",
    "FieldInitTypesGetResponse",
    "Init",
    "OsSystemNmzq",
    "TypesPostRequest",
    "Widget",
    "WidgetsNmzqIdGetParametersQueryXOpenNmzqRanW",
]
