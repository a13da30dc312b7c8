"""``client.with_raw_response`` and ``client.with_streaming_response``: each resource's own."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncHostile, Hostile
    from .resources.abs import (
        AbsResourceWithRawResponse,
        AbsResourceWithStreamingResponse,
        AsyncAbsResourceWithRawResponse,
        AsyncAbsResourceWithStreamingResponse,
    )
    from .resources.abs_nmzq2 import (
        AbsNmzq2ResourceWithRawResponse,
        AbsNmzq2ResourceWithStreamingResponse,
        AsyncAbsNmzq2ResourceWithRawResponse,
        AsyncAbsNmzq2ResourceWithStreamingResponse,
    )
    from .resources.etc_nmzq import (
        AsyncEtcNmzqResourceWithRawResponse,
        AsyncEtcNmzqResourceWithStreamingResponse,
        EtcNmzqResourceWithRawResponse,
        EtcNmzqResourceWithStreamingResponse,
    )
    from .resources.init import (
        AsyncInitResourceWithRawResponse,
        AsyncInitResourceWithStreamingResponse,
        InitResourceWithRawResponse,
        InitResourceWithStreamingResponse,
    )
    from .resources.types import (
        AsyncTypesResourceWithRawResponse,
        AsyncTypesResourceWithStreamingResponse,
        TypesResourceWithRawResponse,
        TypesResourceWithStreamingResponse,
    )
    from .resources.widgets import (
        AsyncWidgetsResourceWithRawResponse,
        AsyncWidgetsResourceWithStreamingResponse,
        WidgetsResourceWithRawResponse,
        WidgetsResourceWithStreamingResponse,
    )

__all__ = [
    "HostileWithRawResponse",
    "AsyncHostileWithRawResponse",
    "HostileWithStreamingResponse",
    "AsyncHostileWithStreamingResponse",
]


class HostileWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: Hostile) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> WidgetsResourceWithRawResponse:
        return self._client.widgets.with_raw_response

    @cached_property
    def abs(self) -> AbsResourceWithRawResponse:
        return self._client.abs.with_raw_response

    @cached_property
    def init(self) -> InitResourceWithRawResponse:
        return self._client.init.with_raw_response

    @cached_property
    def types(self) -> TypesResourceWithRawResponse:
        return self._client.types.with_raw_response

    @cached_property
    def etc_nmzq(self) -> EtcNmzqResourceWithRawResponse:
        return self._client.etc_nmzq.with_raw_response

    @cached_property
    def abs_nmzq2(self) -> AbsNmzq2ResourceWithRawResponse:
        return self._client.abs_nmzq2.with_raw_response


class HostileWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: Hostile) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> WidgetsResourceWithStreamingResponse:
        return self._client.widgets.with_streaming_response

    @cached_property
    def abs(self) -> AbsResourceWithStreamingResponse:
        return self._client.abs.with_streaming_response

    @cached_property
    def init(self) -> InitResourceWithStreamingResponse:
        return self._client.init.with_streaming_response

    @cached_property
    def types(self) -> TypesResourceWithStreamingResponse:
        return self._client.types.with_streaming_response

    @cached_property
    def etc_nmzq(self) -> EtcNmzqResourceWithStreamingResponse:
        return self._client.etc_nmzq.with_streaming_response

    @cached_property
    def abs_nmzq2(self) -> AbsNmzq2ResourceWithStreamingResponse:
        return self._client.abs_nmzq2.with_streaming_response


class AsyncHostileWithRawResponse:
    """``client.with_raw_response``: each resource's ``with_raw_response``."""

    def __init__(self, client: AsyncHostile) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> AsyncWidgetsResourceWithRawResponse:
        return self._client.widgets.with_raw_response

    @cached_property
    def abs(self) -> AsyncAbsResourceWithRawResponse:
        return self._client.abs.with_raw_response

    @cached_property
    def init(self) -> AsyncInitResourceWithRawResponse:
        return self._client.init.with_raw_response

    @cached_property
    def types(self) -> AsyncTypesResourceWithRawResponse:
        return self._client.types.with_raw_response

    @cached_property
    def etc_nmzq(self) -> AsyncEtcNmzqResourceWithRawResponse:
        return self._client.etc_nmzq.with_raw_response

    @cached_property
    def abs_nmzq2(self) -> AsyncAbsNmzq2ResourceWithRawResponse:
        return self._client.abs_nmzq2.with_raw_response


class AsyncHostileWithStreamingResponse:
    """``client.with_streaming_response``: each resource's ``with_streaming_response``."""

    def __init__(self, client: AsyncHostile) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> AsyncWidgetsResourceWithStreamingResponse:
        return self._client.widgets.with_streaming_response

    @cached_property
    def abs(self) -> AsyncAbsResourceWithStreamingResponse:
        return self._client.abs.with_streaming_response

    @cached_property
    def init(self) -> AsyncInitResourceWithStreamingResponse:
        return self._client.init.with_streaming_response

    @cached_property
    def types(self) -> AsyncTypesResourceWithStreamingResponse:
        return self._client.types.with_streaming_response

    @cached_property
    def etc_nmzq(self) -> AsyncEtcNmzqResourceWithStreamingResponse:
        return self._client.etc_nmzq.with_streaming_response

    @cached_property
    def abs_nmzq2(self) -> AsyncAbsNmzq2ResourceWithStreamingResponse:
        return self._client.abs_nmzq2.with_streaming_response
