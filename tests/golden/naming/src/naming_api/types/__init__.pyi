# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import ApiV1RecordsGetResponse as ApiV1RecordsGetResponse
from .schemas import Record as Record
from .schemas import RecordsResource as RecordsResource
from .schemas import RecordStatus as RecordStatus

__all__ = [
    "ApiV1RecordsGetResponse",
    "Record",
    "RecordStatus",
    "RecordsResource",
]
