"""Pages, and lazy iteration over every item of every page, sync and async."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import pytest
from llamacloud import AsyncLlamaCloud, LlamaCloud
from llamacloud._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from llamacloud.types import ClassifyJob

from tests.support.fake_api import FakeAPI, Recorded, Reply, make_job, make_jobs

USERS = [f"user-{i}" for i in range(25)]  # the api fixture serves 25 jobs


def test_a_page_and_its_attributes(client: LlamaCloud, api: FakeAPI) -> None:
    page = client.classifier.jobs.list(page_size=10)
    assert isinstance(page, SyncCursorPage)
    assert [job.user_id for job in page.items] == USERS[:10]
    assert page.next_page_token == "10"
    assert page.total_size == 25
    assert page.has_next_page()
    second = page.get_next_page()
    assert [job.user_id for job in second.items] == USERS[10:20]
    last = second.get_next_page()
    assert [job.user_id for job in last.items] == USERS[20:]
    assert last.next_page_token is None
    assert not last.has_next_page()
    with pytest.raises(RuntimeError, match="last page"):
        last.get_next_page()
    assert [r.query.get("page_token") for r in api.requests] == [None, ["10"], ["20"]]


def test_iterating_walks_every_item_lazily(client: LlamaCloud, api: FakeAPI) -> None:
    jobs = iter(client.classifier.jobs.list(page_size=10))
    first_ten = [next(jobs).user_id for _ in range(10)]
    assert first_ten == USERS[:10]
    assert len(api.requests) == 1  # the second page is not fetched before it is needed
    assert next(jobs).user_id == "user-10"
    assert len(api.requests) == 2
    assert [job.user_id for job in jobs] == USERS[11:]
    assert len(api.requests) == 3


def test_following_pages_keep_the_filters(client: LlamaCloud, api: FakeAPI) -> None:
    project = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
    jobs = client.classifier.jobs.list(
        page_size=10,
        project_id=project,
        extra_query={"include": "rules"},
        extra_headers={"X-Trace": "t1"},
    )
    assert len(list(jobs)) == 25
    for request, token in zip(api.requests, [None, ["10"], ["20"]], strict=True):
        assert request.query.get("page_token") == token
        assert request.query["page_size"] == ["10"]
        assert request.query["project_id"] == [project]
        assert request.query["include"] == ["rules"]
        assert request.headers["x-trace"] == "t1"


def test_iter_pages(client: LlamaCloud) -> None:
    first = client.classifier.jobs.list(page_size=10)
    pages = list(first.iter_pages())
    assert pages[0] is first
    assert [len(page.items) for page in pages] == [10, 10, 5]
    assert [page.has_next_page() for page in pages] == [True, True, False]


@pytest.mark.parametrize(
    "last_page",
    [
        {"items": [], "next_page_token": "30"},  # empty, though it names a next page
        {"items": [make_job(99)]},  # no next_page_token at all
        {"items": [make_job(99)], "next_page_token": None},
        {"items": [make_job(99)], "next_page_token": ""},
    ],
)
def test_where_the_walk_stops(client: LlamaCloud, api: FakeAPI, last_page: dict[str, Any]) -> None:
    api.script(Reply(200), Reply(200, last_page))  # a normal first page, then the last one
    first = client.classifier.jobs.list(page_size=10)
    pages = list(first.iter_pages())
    assert len(pages) == 2
    assert not pages[1].has_next_page()
    api.script(Reply(200), Reply(200, last_page))
    assert len(list(client.classifier.jobs.list(page_size=10))) == 10 + len(last_page["items"])
    assert len(api.requests) == 4
    with pytest.raises(RuntimeError):
        pages[1].get_next_page()


def test_an_empty_list(client: LlamaCloud, api: FakeAPI) -> None:
    api.jobs = []
    page = client.classifier.jobs.list()
    assert page.items == [] and not page.has_next_page()
    assert list(page) == []
    assert len(api.requests) == 1


def alive(refs: list[weakref.ref[ClassifyJob]]) -> int:
    gc.collect()
    return sum(ref() is not None for ref in refs)


def test_only_one_page_is_in_memory(client: LlamaCloud, api: FakeAPI) -> None:
    api.jobs = make_jobs(50)
    seen: list[weakref.ref[ClassifyJob]] = []
    alive_while_fetching: list[int] = []
    # When the next page is requested, the jobs of earlier pages must already be garbage,
    # but for the one the loop variable still holds.
    api.on_request = lambda request: alive_while_fetching.append(alive(seen))
    for job in client.classifier.jobs.list(page_size=10):
        seen.append(weakref.ref(job))
    del job
    assert len(seen) == 50
    assert alive_while_fetching == [0, 1, 1, 1, 1]
    assert alive(seen) == 0


def test_pages_from_iter_pages_are_released_too(client: LlamaCloud, api: FakeAPI) -> None:
    api.jobs = make_jobs(40)
    page_refs = []
    for page in client.classifier.jobs.list(page_size=10).iter_pages():
        page_refs.append(weakref.ref(page))
        del page
        gc.collect()
        assert sum(ref() is not None for ref in page_refs) <= 1
    assert len(page_refs) == 4


# -- async ---------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_list_returns_an_awaitable_and_iterable(async_client: AsyncLlamaCloud) -> None:
    listing = async_client.classifier.jobs.list(page_size=10)
    assert isinstance(listing, AsyncPaginator)
    page = await listing
    assert isinstance(page, AsyncCursorPage)
    assert [job.user_id for job in page.items] == USERS[:10]
    assert page.total_size == 25 and page.next_page_token == "10" and page.has_next_page()
    second = await page.get_next_page()
    last = await second.get_next_page()
    assert [job.user_id for job in last.items] == USERS[20:]
    assert not last.has_next_page()
    with pytest.raises(RuntimeError, match="last page"):
        await last.get_next_page()


@pytest.mark.anyio
async def test_async_for_walks_every_item_lazily(
    async_client: AsyncLlamaCloud, api: FakeAPI
) -> None:
    users = []
    requests_seen = []
    async for job in async_client.classifier.jobs.list(page_size=10):
        users.append(job.user_id)
        requests_seen.append(len(api.requests))
    assert users == USERS
    assert requests_seen == [1] * 10 + [2] * 10 + [3] * 5
    first = await async_client.classifier.jobs.list(page_size=10)
    assert [job.user_id async for job in first] == USERS  # iterating a page walks on, too
    assert [len(page.items) async for page in first.iter_pages()] == [10, 10, 5]


@pytest.mark.anyio
async def test_async_walk_stops_on_an_empty_page(
    async_client: AsyncLlamaCloud, api: FakeAPI
) -> None:
    api.script(Reply(200), Reply(200, {"items": [], "next_page_token": "30"}))
    assert len([job async for job in async_client.classifier.jobs.list(page_size=10)]) == 10
    assert len(api.requests) == 2


@pytest.mark.anyio
async def test_async_only_one_page_is_in_memory(
    async_client: AsyncLlamaCloud, api: FakeAPI
) -> None:
    api.jobs = make_jobs(50)
    seen: list[weakref.ref[ClassifyJob]] = []
    alive_while_fetching: list[int] = []

    def on_request(request: Recorded) -> None:
        alive_while_fetching.append(alive(seen))

    api.on_request = on_request
    async for job in async_client.classifier.jobs.list(page_size=10):
        seen.append(weakref.ref(job))
    del job
    assert len(seen) == 50
    assert alive_while_fetching == [0, 1, 1, 1, 1]
    assert alive(seen) == 0
