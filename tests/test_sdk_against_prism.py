"""The generated SDK and CLI against Prism serving spec/llamacloud.yaml, over real HTTP."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import datetime

import pytest

from llamacloud import AuthenticationError, LlamaCloud
from llamacloud._pagination import SyncCursorPage
from llamacloud.types import ClassifyJob, StatusEnum
from tests.support.paths import BIN


def test_list_returns_a_typed_page(prism_url: str) -> None:
    with LlamaCloud(api_key="My API Key", base_url=prism_url) as client:
        page = client.classifier.jobs.list(page_size=10, project_id="182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
    assert isinstance(page, SyncCursorPage)
    job = page.items[0]
    assert isinstance(job, ClassifyJob)
    assert isinstance(job.status, StatusEnum)
    assert isinstance(job.created_at, datetime)
    assert job.rules[0].type == "invoice"


def test_prism_rejects_a_request_without_credentials(prism_url: str) -> None:
    with LlamaCloud(api_key="My API Key", base_url=prism_url) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.classifier.jobs.list(extra_headers={"Authorization": ""})
    assert caught.value.status_code == 401


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "llamacloud-prod"), *args],
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
    assert "argument --page-size: invalid int value: 'abc'" in result.stderr
