"""A response whose data drifted from the API description still parses, keeping what was sent.

Replayed over loopback against our fake API, sync and async: the drift cases Stainless's SDK
accepts and a strict client refuses (a naive date-time, an id that is no UUID, a missing
required field, a value of the wrong type), then the same with ``strict_response_validation``.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any, Literal

import pytest
from llamacloud import (
    APIResponseValidationError,
    AsyncLlamaCloud,
    LlamaCloud,
    ValidationProblem,
)
from llamacloud._models import BaseModel
from llamacloud._pagination import AsyncCursorPage, SyncCursorPage
from llamacloud._tolerant import tolerant_value
from llamacloud.types import ClassifyJob
from pydantic import RootModel

from tests.runtime.conftest import QuickAsyncLlamaCloud, QuickLlamaCloud
from tests.support.fake_api import API_KEY, FakeAPI, make_job, make_jobs

Client = LlamaCloud | AsyncLlamaCloud
pytestmark = pytest.mark.anyio

UUID_TEXT = "6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60"


@pytest.fixture(params=["sync", "async"])
async def any_client(request: pytest.FixtureRequest, api: FakeAPI) -> AsyncIterator[Client]:
    if request.param == "sync":
        with QuickLlamaCloud(api_key=API_KEY, base_url=api.url) as client:
            yield client
    else:
        async with QuickAsyncLlamaCloud(api_key=API_KEY, base_url=api.url) as async_client:
            yield async_client


async def first_page(
    client: Client, **kwargs: Any
) -> SyncCursorPage[ClassifyJob] | AsyncCursorPage[ClassifyJob]:
    if isinstance(client, AsyncLlamaCloud):
        return await client.classifier.jobs.list(**kwargs)
    return client.classifier.jobs.list(**kwargs)


async def every_job(client: Client) -> list[ClassifyJob]:
    if isinstance(client, AsyncLlamaCloud):
        return [job async for job in client.classifier.jobs.list(page_size=2)]
    return list(client.classifier.jobs.list(page_size=2))


def drifted_jobs() -> list[dict[str, Any]]:
    jobs = make_jobs(5)
    jobs[0] = make_job(0, id=UUID_TEXT, created_at="2019-12-27T18:11:19")  # naive date-time
    jobs[1] = make_job(1, id="job_7f3a")  # not a UUID
    del jobs[2]["user_id"]  # a required field left out
    jobs[3] = make_job(3, rules="n/a", created_at="last tuesday")  # values of the wrong type
    return jobs


async def test_formats_that_drift_are_no_problem(any_client: Client, api: FakeAPI) -> None:
    api.jobs = drifted_jobs()[:2]
    first, second = (await first_page(any_client)).items
    assert first.id == UUID_TEXT  # an id compares equal to its text
    assert first.created_at == datetime(2019, 12, 27, 18, 11, 19)  # naive: no time zone
    assert make_job(4)["created_at"].endswith("Z")  # the others keep theirs
    assert second.id == "job_7f3a"
    assert first.validation_problems == second.validation_problems == ()


async def test_missing_and_mistyped_values_are_kept_and_listed(
    any_client: Client, api: FakeAPI
) -> None:
    api.jobs = drifted_jobs()
    page = await first_page(any_client)
    jobs = page.items
    assert [job.id for job in jobs] == [
        UUID_TEXT,
        "job_7f3a",
        *(make_job(i)["id"] for i in (2, 3, 4)),
    ]
    assert jobs[2].user_id is None
    assert jobs[3].rules == "n/a"  # as the server sent it
    assert jobs[3].created_at == "last tuesday"
    assert jobs[3].status == "PENDING"  # the rest of the object is parsed as usual
    assert jobs[3].user_id == "user-3"
    assert [str(problem) for problem in jobs[2].validation_problems] == ["user_id: Field required"]
    assert {str(problem) for problem in jobs[3].validation_problems} == {
        "rules: Input should be a valid list",
        "created_at: Input should be a valid datetime or date, invalid character in year",
    }
    assert jobs[4].validation_problems == ()
    # The page holds every problem below it, each with its path from the page.
    assert isinstance(page.validation_problems[0], ValidationProblem)
    assert sorted(problem.path for problem in page.validation_problems) == [
        ("items", 2, "user_id"),
        ("items", 3, "created_at"),
        ("items", 3, "rules"),
    ]
    # What the server sent is what the object gives back, without serializer warnings.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert jobs[3].to_dict()["rules"] == "n/a"
        assert jobs[3].to_dict()["created_at"] == "last tuesday"
        assert "user_id" not in jobs[2].to_dict()
        assert '"rules": "n/a"' in jobs[3].to_json()


async def test_a_drifted_page_still_walks_to_the_end(any_client: Client, api: FakeAPI) -> None:
    api.jobs = drifted_jobs()
    assert [job.user_id for job in await every_job(any_client)] == [
        "user-0",
        "user-1",
        None,
        "user-3",
        "user-4",
    ]
    assert len(api.requests) == 3  # pages of two


async def test_problems_are_logged_at_debug_without_secrets(
    any_client: Client, api: FakeAPI, caplog: pytest.LogCaptureFixture
) -> None:
    api.jobs = [make_job(0, rules=f"key {API_KEY}")]
    caplog.set_level(logging.DEBUG, logger="llamacloud")
    await first_page(any_client)
    messages = [record.getMessage() for record in caplog.records if record.name == "llamacloud"]
    assert any(
        "1 value(s) in the response do not match the API description; kept as sent: "
        "items.0.rules: Input should be a valid list" in message
        for message in messages
    ), messages
    assert API_KEY not in caplog.text


async def test_strict_response_validation_refuses_what_breaks_the_description(
    any_client: Client, api: FakeAPI
) -> None:
    api.jobs = drifted_jobs()
    strict = any_client.with_options(strict_response_validation=True)
    assert strict.strict_response_validation and not any_client.strict_response_validation
    with pytest.raises(APIResponseValidationError, match=r"items\.2\.user_id: Field required"):
        await first_page(strict)
    api.jobs = drifted_jobs()[:2]  # naive date-times and ids that are no UUIDs are valid
    assert len((await first_page(strict)).items) == 2


async def test_a_body_that_is_not_json_is_still_an_error(any_client: Client, api: FakeAPI) -> None:
    from tests.support.fake_api import Reply

    api.script(Reply(200, b"{not json", {"Content-Type": "application/json"}))
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        await first_page(any_client)


# -- the rules, on models of their own --------------------------------------------------


class Cat(BaseModel):
    kind: Literal["cat"]
    name: str
    lives: int


class Dog(BaseModel):
    kind: Literal["dog"]
    name: str
    good: bool


class Owner(BaseModel):
    pet: Cat | Dog
    pets: dict[str, Cat]
    since: datetime | None = None
    tags: list[str] = []


def test_a_union_member_is_chosen_by_its_constant_field_then_by_likeness() -> None:
    problems: list[ValidationProblem] = []
    owner = tolerant_value(
        Owner,
        {
            "pet": {"kind": "dog", "name": "Rex", "good": "very", "lives": 9},
            "pets": {"tom": {"kind": "cat", "name": "Tom", "lives": "nine"}},
            "extra": [1, 2],
        },
        problems,
    )
    assert isinstance(owner, Owner)
    assert isinstance(owner.pet, Dog) and owner.pet.good == "very"  # type: ignore[comparison-overlap]
    assert owner.pet.model_extra == {"lives": 9}  # fields the model does not know are kept
    assert isinstance(owner.pets["tom"], Cat) and owner.pets["tom"].lives == "nine"  # type: ignore[comparison-overlap]
    assert owner.model_extra == {"extra": [1, 2]}
    assert owner.since is None and owner.tags == []  # defaults where the data has nothing
    assert owner.model_fields_set == {"pet", "pets"}
    assert [(problem.path, problem.message) for problem in problems] == [
        (("pet", "good"), "Input should be a valid boolean, unable to interpret input"),
        (
            ("pets", "tom", "lives"),
            "Input should be a valid integer, unable to parse string as an integer",
        ),
    ]
    assert owner.validation_problems == tuple(problems)
    assert [str(problem) for problem in owner.pets["tom"].validation_problems] == [
        "lives: Input should be a valid integer, unable to parse string as an integer"
    ]


def test_a_value_that_fits_nothing_is_kept_as_it_came() -> None:
    problems: list[ValidationProblem] = []
    assert tolerant_value(Owner, ["not", "an", "object"], problems) == ["not", "an", "object"]
    assert tolerant_value(list[Cat], {"kind": "cat"}, problems) == {"kind": "cat"}
    assert tolerant_value(int | None, "7x", problems) == "7x"
    assert [str(problem) for problem in problems] == [
        "(the value itself): Input should be a valid dictionary or instance of Owner",
        "(the value itself): Input should be a valid list",
        "(the value itself): Input should be a valid integer, unable to parse string as an integer",
    ]


def test_aware_date_times_are_still_aware() -> None:
    job = ClassifyJob.model_validate(make_job(0))
    assert job.created_at == datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=UTC)


class Pets(RootModel[list[Cat | Dog]]):
    pass


def test_a_root_model_keeps_what_it_can_read() -> None:
    problems: list[ValidationProblem] = []
    pets = tolerant_value(
        Pets, [{"kind": "cat", "name": "Tom", "lives": 9}, {"kind": "dog", "name": 5}], problems
    )
    assert isinstance(pets, Pets)
    tom, rex = pets.root
    assert isinstance(tom, Cat) and tom.lives == 9
    assert isinstance(rex, Dog) and rex.name == 5 and rex.good is None  # type: ignore[comparison-overlap]
    assert [str(problem) for problem in problems] == [
        "1.name: Input should be a valid string",
        "1.good: Field required",
    ]
