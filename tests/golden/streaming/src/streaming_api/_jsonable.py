"""Values as plain JSON data: what request bodies and query parameters are made of.

Apart from the models, so that a client can be made and a request built without pydantic
building its model machinery.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from enum import Enum
from typing import Any, cast

import pydantic

__all__ = ["to_jsonable"]


def to_jsonable(value: object) -> Any:
    """Turn models, enums, dates and containers of them into plain JSON data."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, dict):
        mapping = cast("dict[object, object]", value)  # keys of any type: each becomes its str()
        return {str(key): to_jsonable(item) for key, item in mapping.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(item) for item in cast("Iterable[object]", value)]
    return value
