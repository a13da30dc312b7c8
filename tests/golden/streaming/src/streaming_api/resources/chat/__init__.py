from .chat import (
    AsyncChatResource,
    AsyncChatResourceWithRawResponse,
    AsyncChatResourceWithStreamingResponse,
    ChatResource,
    ChatResourceWithRawResponse,
    ChatResourceWithStreamingResponse,
)

__all__ = [
    "ChatResource",
    "AsyncChatResource",
    "ChatResourceWithRawResponse",
    "AsyncChatResourceWithRawResponse",
    "ChatResourceWithStreamingResponse",
    "AsyncChatResourceWithStreamingResponse",
]
