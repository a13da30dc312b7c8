"""The SchemasAPI client: the entry point of the SDK."""

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
    from .resources.accounts import AccountsResource, AsyncAccountsResource
    from .resources.pets import AsyncPetsResource, PetsResource
    from .resources.shapes import AsyncShapesResource, ShapesResource
    from .resources.trees import AsyncTreesResource, TreesResource

__all__ = ["SchemasAPI", "AsyncSchemasAPI"]

BASE_URL_ENV = "SCHEMAS_API_BASE_URL"
DEFAULT_BASE_URL = "https://schemas.example.com"


class SchemasAPI(SyncAPIClient):
    """Schemas client.

    Every JSON Schema construct the generator turns into models, one per schema.
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
          base_url: Where the API is. Defaults to ``SCHEMAS_API_BASE_URL``, else https://schemas.example.com.
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
    def pets(self) -> PetsResource:
        from .resources.pets import PetsResource

        return PetsResource(self)

    @cached_property
    def shapes(self) -> ShapesResource:
        from .resources.shapes import ShapesResource

        return ShapesResource(self)

    @cached_property
    def trees(self) -> TreesResource:
        from .resources.trees import TreesResource

        return TreesResource(self)

    @cached_property
    def accounts(self) -> AccountsResource:
        from .resources.accounts import AccountsResource

        return AccountsResource(self)


class AsyncSchemasAPI(AsyncAPIClient):
    """Schemas client, for asyncio."""

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
          base_url: Where the API is. Defaults to ``SCHEMAS_API_BASE_URL``, else https://schemas.example.com.
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
    def pets(self) -> AsyncPetsResource:
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self)

    @cached_property
    def shapes(self) -> AsyncShapesResource:
        from .resources.shapes import AsyncShapesResource

        return AsyncShapesResource(self)

    @cached_property
    def trees(self) -> AsyncTreesResource:
        from .resources.trees import AsyncTreesResource

        return AsyncTreesResource(self)

    @cached_property
    def accounts(self) -> AsyncAccountsResource:
        from .resources.accounts import AsyncAccountsResource

        return AsyncAccountsResource(self)
