from .classifier import (
    AsyncClassifierResource,
    AsyncClassifierResourceWithRawResponse,
    AsyncClassifierResourceWithStreamingResponse,
    ClassifierResource,
    ClassifierResourceWithRawResponse,
    ClassifierResourceWithStreamingResponse,
)

__all__ = [
    "ClassifierResource",
    "AsyncClassifierResource",
    "ClassifierResourceWithRawResponse",
    "AsyncClassifierResourceWithRawResponse",
    "ClassifierResourceWithStreamingResponse",
    "AsyncClassifierResourceWithStreamingResponse",
]
