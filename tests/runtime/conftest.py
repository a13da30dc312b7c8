"""Fixtures for the runtime tests: our stateful server and clients pointed at it, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from llamacloud import AsyncLlamaCloud, LlamaCloud

from tests.support.fake_api import API_KEY, FakeAPI, make_jobs
from tests.support.paths import FIXTURES
from tests.support.prism import prism_server


class QuickLlamaCloud(LlamaCloud):
    """The real client with a backoff of milliseconds, so retry tests do not sleep for seconds."""

    initial_retry_delay = 0.001
    max_retry_delay = 0.004


class QuickAsyncLlamaCloud(AsyncLlamaCloud):
    initial_retry_delay = 0.001
    max_retry_delay = 0.004


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def api() -> Iterator[FakeAPI]:
    with FakeAPI(jobs=make_jobs(25)) as server:
        yield server


@pytest.fixture
def client(api: FakeAPI) -> Iterator[LlamaCloud]:
    with QuickLlamaCloud(api_key=API_KEY, base_url=api.url) as client:
        yield client


@pytest.fixture
async def async_client(api: FakeAPI) -> AsyncIterator[AsyncLlamaCloud]:
    async with QuickAsyncLlamaCloud(api_key=API_KEY, base_url=api.url) as client:
        yield client


@pytest.fixture(scope="session")
def petstore_prism_url() -> Iterator[str]:
    """Prism serving the petstore fixture's spec, for the whole test session."""
    with prism_server(FIXTURES / "petstore" / "spec.yaml") as url:
        yield url
