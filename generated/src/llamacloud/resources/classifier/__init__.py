from .classifier import (
    AsyncClassifierResource,
    AsyncClassifierResourceWithRawResponse,
    ClassifierResource,
    ClassifierResourceWithRawResponse,
)

__all__ = [
    "ClassifierResource",
    "AsyncClassifierResource",
    "ClassifierResourceWithRawResponse",
    "AsyncClassifierResourceWithRawResponse",
]
