"""Fixtures for the SDK's own tests, which run against a mock server of the API.

Start one with the API's spec, e.g. ``prism mock openapi.yaml``, and point
``TEST_API_BASE_URL`` at it (default: http://127.0.0.1:4010).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

from streaming_api import AsyncStreamingAPI, StreamingAPI

BASE_URL = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def client() -> Iterator[StreamingAPI]:
    with StreamingAPI(api_key="My API Key", base_url=BASE_URL, max_retries=0) as client:
        yield client


@pytest.fixture
async def async_client() -> AsyncIterator[AsyncStreamingAPI]:
    async with AsyncStreamingAPI(api_key="My API Key", base_url=BASE_URL, max_retries=0) as client:
        yield client
