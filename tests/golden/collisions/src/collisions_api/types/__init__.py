"""Models for the API's requests and responses."""

from .schemas import (
    Thing as Thing,
)

__all__ = [
    "Thing",
]
