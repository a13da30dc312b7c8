"""Values and fields the spec does not know yet parse, and are kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from llamacloud import AsyncLlamaCloud, LlamaCloud
from llamacloud.types import ClassifyJob, ClassifyMode, ParserLanguages, StatusEnum

from tests.support.fake_api import FakeAPI, Reply, make_job

NEWER_JOB = make_job(
    0,
    status="RUNNING",  # a status added after this SDK was generated
    mode="TURBO",
    parsing_configuration={"lang": "tlh", "max_pages": 3, "ocr": {"engine": "v2"}},
    priority={"level": 3, "queue": "batch"},  # a field added after this SDK was generated
    updated_at="2026-11-29T10:15:00+01:00",
)
KNOWN_JOB = make_job(1, status="SUCCESS", mode="FAST")


def check_newer_job(job: ClassifyJob) -> None:
    assert job.status == "RUNNING"
    assert isinstance(job.status, StatusEnum)
    assert job.status.value == "RUNNING"
    assert StatusEnum("RUNNING") is job.status  # the same unknown value is the same member
    assert job.mode == "TURBO" and isinstance(job.mode, ClassifyMode)
    assert job.parsing_configuration is not None
    assert job.parsing_configuration.lang == "tlh"
    assert isinstance(job.parsing_configuration.lang, ParserLanguages)
    assert job.parsing_configuration.model_extra == {"ocr": {"engine": "v2"}}
    assert job.priority == {"level": 3, "queue": "batch"}  # type: ignore[attr-defined]
    assert job.model_extra == {"priority": {"level": 3, "queue": "batch"}}
    assert job.created_at == datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=UTC)
    assert job.updated_at is not None and job.updated_at.utcoffset() is not None
    assert job.updated_at == datetime(2026, 11, 29, 9, 15, tzinfo=UTC)
    # Nothing is lost on the way back out.
    data = job.to_dict()
    assert data["status"] == "RUNNING" and data["mode"] == "TURBO"
    assert data["priority"] == {"level": 3, "queue": "batch"}
    assert data["parsing_configuration"]["ocr"] == {"engine": "v2"}


def check_known_job(job: ClassifyJob) -> None:
    assert job.status is StatusEnum.SUCCESS
    assert job.mode is ClassifyMode.FAST
    assert job.model_extra == {}


def test_unknown_enum_values_and_fields_are_kept(client: LlamaCloud, api: FakeAPI) -> None:
    api.jobs = [NEWER_JOB, KNOWN_JOB]
    newer, known = client.classifier.jobs.list().items
    check_newer_job(newer)
    check_known_job(known)


def test_unknown_fields_on_the_page_itself(client: LlamaCloud, api: FakeAPI) -> None:
    api.script(Reply(200, {"items": [KNOWN_JOB], "next_page_token": None, "cursor_version": 2}))
    page = client.classifier.jobs.list()
    assert page.cursor_version == 2  # type: ignore[attr-defined]
    assert page.model_extra == {"cursor_version": 2}


@pytest.mark.anyio
async def test_async_unknown_enum_values_and_fields_are_kept(
    async_client: AsyncLlamaCloud, api: FakeAPI
) -> None:
    api.jobs = [NEWER_JOB, KNOWN_JOB]
    jobs = [job async for job in async_client.classifier.jobs.list()]
    check_newer_job(jobs[0])
    check_known_job(jobs[1])
