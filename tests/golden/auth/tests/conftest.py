"""Fixtures for the SDK's own tests, which run against a mock server of the API.

Start one with the API's spec, e.g. ``prism mock openapi.yaml``, and point
``TEST_API_BASE_URL`` at it (default: http://127.0.0.1:4010).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

from auth_api import AsyncAuthAPI, AuthAPI

BASE_URL = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def client() -> Iterator[AuthAPI]:
    with AuthAPI(
        bearer="My Bearer",
        basic_username="My Basic Username",
        basic_password="My Basic Password",
        api_key_header="My Api Key Header",
        api_key_query="My Api Key Query",
        session_cookie="My Session Cookie",
        oauth="My Oauth",
        base_url=BASE_URL,
        max_retries=0,
    ) as client:
        yield client


@pytest.fixture
async def async_client() -> AsyncIterator[AsyncAuthAPI]:
    async with AsyncAuthAPI(
        bearer="My Bearer",
        basic_username="My Basic Username",
        basic_password="My Basic Password",
        api_key_header="My Api Key Header",
        api_key_query="My Api Key Query",
        session_cookie="My Session Cookie",
        oauth="My Oauth",
        base_url=BASE_URL,
        max_retries=0,
    ) as client:
        yield client
