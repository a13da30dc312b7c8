"""The API's resources, each reachable as an attribute of the client."""

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
