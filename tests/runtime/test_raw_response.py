"""with_raw_response gives the status, the headers and a deferred .parse()."""

from __future__ import annotations

import pytest
from llamacloud import APIResponse, AsyncLlamaCloud, LlamaCloud, RateLimitError
from llamacloud._pagination import AsyncCursorPage, SyncCursorPage

from tests.support.fake_api import FakeAPI, Reply


def test_raw_response(client: LlamaCloud, api: FakeAPI) -> None:
    api.script(Reply(200, headers={"X-Request-Id": "req_123"}))
    response = client.classifier.jobs.with_raw_response.list(page_size=10)
    assert isinstance(response, APIResponse)
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "req_123"
    assert response.headers["content-type"] == "application/json"
    assert response.url.params["page_size"] == "10"
    assert response.json()["total_size"] == 25
    page = response.parse()
    assert isinstance(page, SyncCursorPage)
    assert response.parse() is page  # parsed once
    assert len(list(page)) == 25  # the parsed page walks on like any other
    assert len(api.requests) == 3


def test_raw_response_of_a_failure_raises(client: LlamaCloud, api: FakeAPI) -> None:
    api.script(*[Reply(429, {"detail": "slow down"})] * 3)
    with pytest.raises(RateLimitError):
        client.classifier.jobs.with_raw_response.list()


def test_normal_calls_after_a_raw_one_are_parsed(client: LlamaCloud) -> None:
    assert isinstance(client.classifier.jobs.with_raw_response.list(), APIResponse)
    assert isinstance(client.classifier.jobs.list(), SyncCursorPage)


@pytest.mark.anyio
async def test_async_raw_response(async_client: AsyncLlamaCloud, api: FakeAPI) -> None:
    api.script(Reply(200, headers={"X-Request-Id": "req_456"}))
    response = await async_client.classifier.jobs.with_raw_response.list(page_size=10)
    assert isinstance(response, APIResponse)
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "req_456"
    page = response.parse()
    assert isinstance(page, AsyncCursorPage)
    assert len([job async for job in page]) == 25
    assert isinstance(await async_client.classifier.jobs.list(), AsyncCursorPage)
