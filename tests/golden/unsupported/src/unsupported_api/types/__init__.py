"""Models for the API's requests and responses."""

from .schemas import (
    Report as Report,
)

__all__ = [
    "Report",
]
