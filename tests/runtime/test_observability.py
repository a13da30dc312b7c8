"""What a program can see of its calls: the retry count on the wire, the log, request ids, and
models turned back into data. Over real HTTP on loopback."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from enum import Enum
from types import ModuleType
from typing import Any

import pytest
from llamacloud import APIStatusError, AsyncLlamaCloud, LlamaCloud
from llamacloud.types import ClassifyJob

from tests.cli.conftest import clean_env
from tests.runtime.test_any_operation import import_sdk
from tests.support.fake_api import API_KEY, SECRET, FakeAPI, Reply, make_job
from tests.support.paths import GOLDEN

BUSY = Reply(503, {"detail": "busy"}, headers={"Retry-After": "0"})


# -- the retry count -------------------------------------------------------------------


def retry_counts(api: FakeAPI) -> list[str | None]:
    return [request.headers.get("x-retry-count") for request in api.requests]


def test_every_attempt_says_how_many_retries_came_before(client: LlamaCloud, api: FakeAPI) -> None:
    api.script(BUSY, BUSY)
    client.classifier.jobs.list()
    assert retry_counts(api) == ["0", "1", "2"]
    client.classifier.jobs.list()  # a new call starts again from 0
    assert retry_counts(api)[-1] == "0"


@pytest.mark.anyio
async def test_every_async_attempt_says_how_many_retries_came_before(
    async_client: AsyncLlamaCloud, api: FakeAPI
) -> None:
    api.script(BUSY)
    await async_client.classifier.jobs.list()
    assert retry_counts(api) == ["0", "1"]


def test_a_retry_count_the_caller_sets_is_sent_as_it_is(client: LlamaCloud, api: FakeAPI) -> None:
    api.script(BUSY)
    client.classifier.jobs.list(extra_headers={"x-retry-count": "mine"})
    assert retry_counts(api) == ["mine", "mine"]
    client.with_options(default_headers={"X-Retry-Count": "default"}).classifier.jobs.list()
    assert retry_counts(api)[-1] == "default"


def test_a_client_can_send_no_retry_count(api: FakeAPI) -> None:
    class Quiet(LlamaCloud):
        retry_count_header = None

    with Quiet(api_key=API_KEY, base_url=api.url) as client:
        client.classifier.jobs.list()
    assert retry_counts(api) == [None]


# -- the log ---------------------------------------------------------------------------

CALLER = """
import sys
from llamacloud import LlamaCloud

with LlamaCloud(api_key=sys.argv[2], base_url=sys.argv[1]) as client:
    client.classifier.jobs.list(page_size=2)
"""


def run_caller(api: FakeAPI, **env: str) -> str:
    api.script(BUSY, Reply(200, headers={"X-Request-Id": "req_log"}))
    result = subprocess.run(
        [sys.executable, "-c", CALLER, api.url, API_KEY],
        capture_output=True,
        text=True,
        env=clean_env(**env),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_log_debug_prints_requests_and_retries_to_stderr_without_the_key(api: FakeAPI) -> None:
    stderr = run_caller(api, LLAMA_CLOUD_LOG="debug")
    assert "llamacloud DEBUG] Sending GET http://" in stderr
    assert "'x-retry-count': '1'" in stderr
    assert "failed (HTTP 503); retrying in" in stderr
    assert "/api/v1/classifier/jobs?page_size=2: HTTP 200 (request id req_log)" in stderr
    assert "httpx INFO] HTTP Request: GET" in stderr
    assert "httpcore." in stderr  # httpcore's loggers are its package's children
    assert "'authorization': '[redacted]'" in stderr
    assert SECRET not in stderr


def test_log_info_prints_httpx_requests_only(api: FakeAPI) -> None:
    stderr = run_caller(api, LLAMA_CLOUD_LOG="info")
    assert "httpx INFO] HTTP Request: GET" in stderr
    assert "DEBUG" not in stderr


def test_without_the_variable_nothing_is_logged(api: FakeAPI) -> None:
    assert run_caller(api) == ""
    assert run_caller(api, LLAMA_CLOUD_LOG="verbose") == ""  # not a level it knows


# -- request ids -----------------------------------------------------------------------


def test_a_model_knows_the_request_id_the_server_sent(client: LlamaCloud, api: FakeAPI) -> None:
    api.script(Reply(200, headers={"X-Request-Id": "req_1"}))
    page = client.classifier.jobs.list()
    assert page._request_id == "req_1"
    assert "req_1" not in json.dumps(page.to_dict()) and "req_1" not in page.to_json()
    other = page.model_copy()
    other._request_id = "req_other"
    assert other == page  # no part of its value
    raw = client.classifier.jobs.with_raw_response.list()
    assert raw.request_id is None and raw.parse()._request_id is None  # none sent
    api.script(Reply(200, headers={"request-id": "req_2"}))
    assert client.classifier.jobs.with_raw_response.list().request_id == "req_2"


def test_a_status_error_carries_the_request_id(client: LlamaCloud, api: FakeAPI) -> None:
    api.script(Reply(400, {"detail": "bad"}, headers={"x-request-id": "req_400"}))
    with pytest.raises(APIStatusError) as raised:
        client.classifier.jobs.list()
    assert raised.value.request_id == "req_400"


@pytest.fixture(scope="module")
def operations() -> ModuleType:
    return import_sdk(GOLDEN / "operations" / "src", "operations_api")


def test_a_request_id_header_the_spec_declares_is_read(
    operations: ModuleType, api: FakeAPI
) -> None:
    """The operations fixture's GET /files/{file_id} declares X-Amzn-RequestId."""
    file = {"id": "file-1", "name": "report.pdf", "bytes": 3}
    api.script(Reply(200, file, headers={"x-amzn-requestid": "amzn-1"}))
    with operations.OperationsAPI(api_key=API_KEY, base_url=api.url) as client:
        assert client.files.retrieve("file-1")._request_id == "amzn-1"


def test_an_undeclared_request_id_header_is_not_read(client: LlamaCloud, api: FakeAPI) -> None:
    api.script(Reply(200, headers={"x-amzn-requestid": "amzn-1"}))
    assert client.classifier.jobs.list()._request_id is None


# -- to_dict and to_json ---------------------------------------------------------------


@pytest.fixture
def job(client: LlamaCloud, api: FakeAPI) -> ClassifyJob:
    sent = make_job(0, error_message=None)
    api.script(Reply(200, {"items": [sent], "total_size": 1}))
    found: ClassifyJob = client.classifier.jobs.list().items[0]
    return found


def test_to_dict_by_default_gives_back_what_the_api_sent(job: ClassifyJob) -> None:
    sent = make_job(0, error_message=None)
    data = job.to_dict()
    assert data == {**sent, "created_at": "2019-12-27T18:11:19.117000Z"}  # pydantic's own text
    assert json.loads(job.to_json()) == data
    assert job.to_json().startswith('{\n  "id"')  # indented by 2, as before


def test_to_dict_options(job: ClassifyJob) -> None:
    python = job.to_dict(mode="python")
    assert isinstance(python["created_at"], datetime)
    assert isinstance(python["status"], Enum) and python["status"].value == "PENDING"
    everything = job.to_dict(exclude_unset=False)
    assert everything["updated_at"] is None and "updated_at" not in job.to_dict()
    assert "error_message" not in job.to_dict(exclude_none=True)
    assert "error_message" not in job.to_dict(exclude_unset=False, exclude_defaults=True)
    assert "updated_at" not in job.to_dict(exclude_unset=False, exclude_defaults=True)


def test_to_json_options(job: ClassifyJob) -> None:
    assert "\n" not in job.to_json(indent=None)
    assert '"error_message"' not in job.to_json(exclude_none=True)
    assert json.loads(job.to_json(exclude_unset=False))["mode"] is None


def test_to_dict_by_alias(api: FakeAPI) -> None:
    """The collisions fixture's Thing: ``to_dict_`` in Python, ``to_dict`` on the wire."""
    collisions = import_sdk(GOLDEN / "collisions" / "src", "collisions_api")
    thing: dict[str, Any] = {"id": "t1", "to_dict": "d", "model_dump": "m"}
    api.script(Reply(200, thing))
    with collisions.CollisionsAPI(base_url=api.url, max_retries=0) as client:
        found = client.files.retrieve("f1")
    assert found.to_dict() == thing
    assert found.to_dict(by_alias=False) == {"id": "t1", "to_dict_": "d", "model_dump_": "m"}
    assert json.loads(found.to_json(by_alias=False))["to_dict_"] == "d"
