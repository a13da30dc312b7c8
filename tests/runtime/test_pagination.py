"""Pages, and lazy iteration over every item of every page, sync and async."""

from __future__ import annotations

import gc
import tracemalloc
import urllib.parse
import weakref
from typing import Any

import pytest
from llamacloud import AsyncLlamaCloud, LlamaCloud, LlamaCloudError, RepeatedCursorError
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


# -- a server whose cursors repeat ----------------------------------------------------
# The fake API answers at most 20 pages of a loop before the right cursors come back,
# so a client that follows the loop ends, soon, without the error these tests expect.

LOOPS = {
    "the same token again": ({"10": "10"}, 2, 2),  # page 2 names itself as the next page
    "a cycle": ({"20": "10"}, 3, 2),  # 0 -> 10 -> 20 -> 10: page 3 leads back to page 2
}


@pytest.mark.parametrize(("loops", "page", "first_page"), LOOPS.values(), ids=LOOPS)
def test_a_walk_stops_where_the_cursors_repeat(
    client: LlamaCloud, api: FakeAPI, loops: dict[str, str], page: int, first_page: int
) -> None:
    api.cursor_loops = loops
    users = []
    with pytest.raises(RepeatedCursorError) as caught:
        for job in client.classifier.jobs.list(page_size=10):
            users.append(job.user_id)
    assert users == USERS[: 10 * page]  # every page once, none twice
    assert len(api.requests) == page
    error = caught.value
    assert isinstance(error, LlamaCloudError)
    assert (error.page, error.first_page, error.cursor) == (page, first_page, "10")
    assert str(error) == (
        f"Stopped paging: the next-page cursor of page {page} ('10') is the one page "
        f"{first_page} was fetched with, so the pages would repeat forever"
    )
    api.requests.clear()
    with pytest.raises(RepeatedCursorError):
        list(client.classifier.jobs.list(page_size=10).iter_pages())
    assert len(api.requests) == page


def test_the_cursor_a_walk_starts_from_counts_too(client: LlamaCloud, api: FakeAPI) -> None:
    api.cursor_loops = {"20": "10"}
    with pytest.raises(RepeatedCursorError) as caught:
        list(client.classifier.jobs.list(page_size=10, page_token="10"))
    assert (caught.value.page, caught.value.first_page) == (2, 1)
    assert len(api.requests) == 2


def test_a_hostile_cursor_is_shown_short_and_escaped(client: LlamaCloud, api: FakeAPI) -> None:
    cursor = "\x1b[2J\r\n\u202e" + "x" * 30_000
    page = {"items": [make_job(0)], "next_page_token": cursor}
    api.script(Reply(200, page), Reply(200, page))
    with pytest.raises(RepeatedCursorError) as caught:
        list(client.classifier.jobs.list())
    message = str(caught.value)
    assert message.isprintable() and message.isascii() and len(message) < 250, message
    assert "('\\x1b[2J\\r\\n\\u202exxxx" in message and "...)" in message
    assert caught.value.cursor == cursor


def test_a_long_walk_keeps_no_cursor(client: LlamaCloud, api: FakeAPI) -> None:
    """Repeats are found by hashes: a few bytes a page, however long the cursors."""
    api.jobs = make_jobs(150)
    api.cursor_width = 50_000
    api.record = False
    tracemalloc.start()
    try:
        jobs = iter(client.classifier.jobs.list(page_size=1))
        for _ in range(149):  # the walk is still going: it holds what it remembers
            next(jobs)
        # urlsplit() keeps the last 128 URLs, cursors and all (clear_cache is not in the stubs)
        urllib.parse.clear_cache()  # type: ignore[attr-defined]
        gc.collect()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(list(jobs)) == 1
    assert held < 2_000_000  # the cursors alone are 7.5 MB


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


@pytest.mark.anyio
@pytest.mark.parametrize(("loops", "page", "first_page"), LOOPS.values(), ids=LOOPS)
async def test_async_walk_stops_where_the_cursors_repeat(
    async_client: AsyncLlamaCloud,
    api: FakeAPI,
    loops: dict[str, str],
    page: int,
    first_page: int,
) -> None:
    api.cursor_loops = loops
    users = []
    with pytest.raises(RepeatedCursorError) as caught:
        async for job in async_client.classifier.jobs.list(page_size=10):
            users.append(job.user_id)
    assert users == USERS[: 10 * page]
    assert len(api.requests) == page
    assert (caught.value.page, caught.value.first_page) == (page, first_page)
    api.requests.clear()
    first = await async_client.classifier.jobs.list(page_size=10)
    with pytest.raises(RepeatedCursorError):
        async for _ in first.iter_pages():
            pass
    with pytest.raises(RepeatedCursorError):
        async for _ in first:
            pass
    assert len(api.requests) == 2 * page - 1  # the first page was fetched once, by the await
