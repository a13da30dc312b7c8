"""Models for the API's requests and responses, their module imported on first use.

``from naming_api.types import ApiV1RecordsGetResponse`` loads the module that defines it.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .schemas import ApiV1RecordsGetResponse as ApiV1RecordsGetResponse
    from .schemas import Record as Record
    from .schemas import RecordsResource as RecordsResource
    from .schemas import RecordStatus as RecordStatus

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "ApiV1RecordsGetResponse": "schemas",
    "Record": "schemas",
    "RecordStatus": "schemas",
    "RecordsResource": "schemas",
}

__all__ = [
    "ApiV1RecordsGetResponse",
    "Record",
    "RecordStatus",
    "RecordsResource",
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
