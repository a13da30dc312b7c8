from .v2 import (
    AsyncV2Resource,
    AsyncV2ResourceWithRawResponse,
    V2Resource,
    V2ResourceWithRawResponse,
)

__all__ = [
    "V2Resource",
    "AsyncV2Resource",
    "V2ResourceWithRawResponse",
    "AsyncV2ResourceWithRawResponse",
]
