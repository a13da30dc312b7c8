"""Base classes for resources, and the wrappers behind ``with_raw_response``."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar, cast

from ._base_client import raw_response_mode
from ._response import APIResponse

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

P = ParamSpec("P")
R = TypeVar("R")


class SyncAPIResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Make ``method`` return the raw response (status, headers, ``.parse()``) instead of parsing it."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = raw_response_mode.set(True)
        try:
            return cast(APIResponse[R], method(*args, **kwargs))
        finally:
            raw_response_mode.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """The async counterpart of :func:`to_raw_response_wrapper`."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = raw_response_mode.set(True)
        try:
            return cast(APIResponse[R], await method(*args, **kwargs))
        finally:
            raw_response_mode.reset(token)

    return wrapped
