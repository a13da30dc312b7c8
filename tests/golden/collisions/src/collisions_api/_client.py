"""The CollisionsAPI client: the entry point of the SDK."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._limits import DEFAULT_MAX_RESPONSE_BYTES
from ._types import Timeout

# Each resource's module is imported on first use: creating a client loads no models.
if TYPE_CHECKING:
    from .resources.a import AResource, AsyncAResource
    from .resources.a_b import AB2Resource, AsyncAB2Resource
    from .resources.files import AsyncFilesResource, FilesResource
    from .resources.things import AsyncThingsResource, ThingsResource

__all__ = ["CollisionsAPI", "AsyncCollisionsAPI"]

BASE_URL_ENV = "COLLISIONS_API_BASE_URL"
DEFAULT_BASE_URL = "https://collisions.example.com"


class CollisionsAPI(SyncAPIClient):
    """Collisions client.

    Resources nested under their own name, names that only differ by an underscore, and properties named like the methods of the SDK's models.
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
          base_url: Where the API is. Defaults to ``COLLISIONS_API_BASE_URL``, else https://collisions.example.com.
          timeout: Seconds (or an ``httpx.Timeout``) before a request gives up. Default 60 s. It
            bounds each read and each attempt as a whole, the full body included (for an
            ``httpx.Timeout``, by its longest part).
          max_retries: How often to retry connection errors, timeouts, 408, 409, 429 and 5xx
            responses. Default 2. A POST or PATCH is retried only when it cannot have been
            acted on, or when the API takes an idempotency key.
          default_headers: Headers to send with every request; not to another origin a redirect
            leads to.
          max_response_bytes: The largest response body to read, decompressed; a larger one
            raises ``ResponseTooLargeError``. Default 256 MiB; None for no bound.
          http_client: Your own httpx client, for proxies, custom TLS or transports.
        """
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL

        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
        )

    @cached_property
    def files(self) -> FilesResource:
        from .resources.files import FilesResource

        return FilesResource(self)

    @cached_property
    def a(self) -> AResource:
        from .resources.a import AResource

        return AResource(self)

    @cached_property
    def a_b(self) -> AB2Resource:
        from .resources.a_b import AB2Resource

        return AB2Resource(self)

    @cached_property
    def things(self) -> ThingsResource:
        from .resources.things import ThingsResource

        return ThingsResource(self)


class AsyncCollisionsAPI(AsyncAPIClient):
    """Collisions client, for asyncio."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
          base_url: Where the API is. Defaults to ``COLLISIONS_API_BASE_URL``, else https://collisions.example.com.
          timeout: Seconds (or an ``httpx.Timeout``) before a request gives up. Default 60 s. It
            bounds each read and each attempt as a whole, the full body included (for an
            ``httpx.Timeout``, by its longest part).
          max_retries: How often to retry connection errors, timeouts, 408, 409, 429 and 5xx
            responses. Default 2. A POST or PATCH is retried only when it cannot have been
            acted on, or when the API takes an idempotency key.
          default_headers: Headers to send with every request; not to another origin a redirect
            leads to.
          max_response_bytes: The largest response body to read, decompressed; a larger one
            raises ``ResponseTooLargeError``. Default 256 MiB; None for no bound.
          http_client: Your own httpx client, for proxies, custom TLS or transports.
        """
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL

        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
        )

    @cached_property
    def files(self) -> AsyncFilesResource:
        from .resources.files import AsyncFilesResource

        return AsyncFilesResource(self)

    @cached_property
    def a(self) -> AsyncAResource:
        from .resources.a import AsyncAResource

        return AsyncAResource(self)

    @cached_property
    def a_b(self) -> AsyncAB2Resource:
        from .resources.a_b import AsyncAB2Resource

        return AsyncAB2Resource(self)

    @cached_property
    def things(self) -> AsyncThingsResource:
        from .resources.things import AsyncThingsResource

        return AsyncThingsResource(self)
