"""Models for the API's requests and responses."""

from .schemas import (
    ApiV1RecordsGetResponse as ApiV1RecordsGetResponse,
)
from .schemas import (
    Record as Record,
)
from .schemas import (
    RecordsResource as RecordsResource,
)
from .schemas import (
    RecordStatus as RecordStatus,
)

__all__ = [
    "ApiV1RecordsGetResponse",
    "Record",
    "RecordStatus",
    "RecordsResource",
]
