from .v2 import (
    AsyncV2Resource,
    AsyncV2ResourceWithRawResponse,
    AsyncV2ResourceWithStreamingResponse,
    V2Resource,
    V2ResourceWithRawResponse,
    V2ResourceWithStreamingResponse,
)

__all__ = [
    "V2Resource",
    "AsyncV2Resource",
    "V2ResourceWithRawResponse",
    "AsyncV2ResourceWithRawResponse",
    "V2ResourceWithStreamingResponse",
    "AsyncV2ResourceWithStreamingResponse",
]
