"""Models for the API's requests and responses."""

from .schemas import (
    Inner as Inner,
)
from .schemas import (
    Thing as Thing,
)
from .schemas import (
    ThingsGetResponse as ThingsGetResponse,
)

__all__ = [
    "Inner",
    "Thing",
    "ThingsGetResponse",
]
