# What ``resources/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .classifier import AsyncClassifierResource as AsyncClassifierResource
from .classifier import (
    AsyncClassifierResourceWithRawResponse as AsyncClassifierResourceWithRawResponse,
)
from .classifier import (
    AsyncClassifierResourceWithStreamingResponse as AsyncClassifierResourceWithStreamingResponse,
)
from .classifier import ClassifierResource as ClassifierResource
from .classifier import ClassifierResourceWithRawResponse as ClassifierResourceWithRawResponse
from .classifier import (
    ClassifierResourceWithStreamingResponse as ClassifierResourceWithStreamingResponse,
)

__all__ = [
    "ClassifierResource",
    "AsyncClassifierResource",
    "ClassifierResourceWithRawResponse",
    "AsyncClassifierResourceWithRawResponse",
    "ClassifierResourceWithStreamingResponse",
    "AsyncClassifierResourceWithStreamingResponse",
]
