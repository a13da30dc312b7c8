"""The generated SDK and CLI against Prism serving spec/llamacloud.yaml, over real HTTP."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import datetime

import pytest
from llamacloud import (
    APIResponse,
    AsyncLlamaCloud,
    AuthenticationError,
    LlamaCloud,
    UnprocessableEntityError,
    ValidationIssue,
)
from llamacloud._pagination import AsyncCursorPage, SyncCursorPage
from llamacloud.types import ClassifyJob, StatusEnum

from tests.support.paths import BIN


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_list_returns_a_typed_page(prism_url: str) -> None:
    with LlamaCloud(api_key="My API Key", base_url=prism_url) as client:
        page = client.classifier.jobs.list(
            page_size=10, project_id="182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
        )
    assert isinstance(page, SyncCursorPage)
    job = page.items[0]
    assert isinstance(job, ClassifyJob)
    assert isinstance(job.status, StatusEnum)
    assert isinstance(job.created_at, datetime)
    assert job.rules[0].type == "invoice"


@pytest.mark.anyio
async def test_async_list_returns_a_typed_page(prism_url: str) -> None:
    async with AsyncLlamaCloud(api_key="My API Key", base_url=prism_url) as client:
        page = await client.classifier.jobs.list(page_size=10)
        raw = await client.classifier.jobs.with_raw_response.list(page_size=10)
    assert isinstance(page, AsyncCursorPage)
    assert isinstance(page.items[0], ClassifyJob)
    assert isinstance(page.items[0].created_at, datetime)
    assert isinstance(raw, APIResponse) and raw.status_code == 200
    assert isinstance(raw.parse(), AsyncCursorPage)


def test_raw_response(prism_url: str) -> None:
    with LlamaCloud(api_key="My API Key", base_url=prism_url) as client:
        response = client.classifier.jobs.with_raw_response.list(page_size=10)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert isinstance(response.parse().items[0], ClassifyJob)


def test_prism_validation_error_is_parsed(prism_url: str) -> None:
    # An invalid page_size makes Prism answer with the spec's 422 (HTTPValidationError).
    with (
        LlamaCloud(api_key="My API Key", base_url=prism_url) as client,
        pytest.raises(UnprocessableEntityError) as caught,
    ):
        client.classifier.jobs.list(extra_query={"page_size": "abc"})
    assert caught.value.status_code == 422
    assert caught.value.detail == [ValidationIssue(loc=("string",), msg="string", type="string")]
    assert str(caught.value) == "Error code: 422 - string: string"


def test_prism_rejects_a_request_without_credentials(prism_url: str) -> None:
    with (
        LlamaCloud(api_key="My API Key", base_url=prism_url) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.classifier.jobs.list(extra_headers={"Authorization": ""})
    assert caught.value.status_code == 401


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "llamacloud-prod"), *args],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )


def test_cli_lists_jobs_as_json(prism_url: str) -> None:
    result = cli(
        "classifier:jobs",
        "list",
        "--page-size",
        "10",
        "--organization-id",
        "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
        "--api-key",
        "My API Key",
        "--base-url",
        prism_url,
    )
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["items"][0]["rules"][0]["type"] == "invoice"


def test_cli_reads_key_and_url_from_the_environment(prism_url: str) -> None:
    result = cli("classifier:jobs", "list", LLAMA_CLOUD_API_KEY="k", LLAMA_CLOUD_BASE_URL=prism_url)
    assert result.returncode == 0, result.stderr
    assert "items" in json.loads(result.stdout)


def test_cli_usage_error_names_the_flag() -> None:
    result = cli("classifier:jobs", "list", "--page-size", "abc")
    assert result.returncode == 2
    assert "argument --page-size: expected a whole number, got 'abc'" in result.stderr
