"""Every pagination scheme, walked over real HTTP: the SDK of tests/fixtures/paging
(tests/golden/paging) against its stateful server (tests/support/paging_api.py).

Each list is recognised from its shape or declared (in the spec, or in the fixture's
sdkgen.toml); the tests pin its page class and item type, the requests a walk sends (what the
server recorded), and where a walk stops: the last page, an empty page that says there is more,
a cursor or URL that repeats, a next page on another host.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from tests.runtime.test_any_operation import import_sdk
from tests.support.fake_api import API_KEY, Reply
from tests.support.paging_api import PagingAPI, make_items
from tests.support.paths import GOLDEN

IDS = [f"it_{index:03d}" for index in range(25)]


@dataclass(frozen=True)
class Scheme:
    resource: str  # client.<resource>.list()
    page_class: str  # without Sync/Async
    items: str  # the page's attribute holding its items
    size: dict[str, int]  # the keyword argument asking for pages of 10
    size_wire: str  # its query parameter
    moves: str  # the query parameter that changes from page to page
    sent: list[str | None]  # its value in each request of a walk over the 25 items


SCHEMES = [
    Scheme("tokens", "CursorPage", "items", {"page_size": 10}, "page_size", "page_token", [None, "10", "20"]),
    Scheme("events", "OffsetPage", "data", {"limit": 10}, "limit", "offset", [None, "10", "20"]),
    Scheme("logs", "EntriesOffsetPage", "entries", {"top": 10}, "top", "skip", [None, "10", "20"]),
    Scheme("repos", "PageNumberPage", "results", {"per_page": 10}, "per_page", "page", [None, "2", "3"]),
    # No page count: the walk ends on the first empty page.
    Scheme("sheets", "RowsPageNumberPage", "rows", {"size": 10}, "size", "p", [None, "1", "2", "3"]),
    Scheme("commits", "LinkHeaderPage", "items", {"per_page": 10}, "per_page", "page", [None, "2", "3"]),
    Scheme("releases", "LinkHeaderPage", "items", {"per_page": 10}, "per_page", "page", [None, "2", "3"]),
    Scheme("messages", "NextUrlPage", "messages", {"page_size": 10}, "PageSize", "PageToken", [None, "10", "20"]),
    Scheme("people", "ResultsNextUrlPage", "results", {"limit": 10}, "limit", "offset", [None, "10", "20"]),
    Scheme("charges", "AfterIdPage", "data", {"limit": 10}, "limit", "starting_after", [None, "it_009", "it_019"]),
    Scheme("orders", "DataAfterIdPage", "data", {"limit": 10}, "limit", "after", [None, "it_009", "it_019"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def paging_api() -> ModuleType:
    return import_sdk(GOLDEN / "paging" / "src", "paging_api")


@pytest.fixture
def api() -> Iterator[PagingAPI]:
    with PagingAPI(make_items(25)) as server:
        yield server


@pytest.fixture
def client(paging_api: ModuleType, api: PagingAPI) -> Iterator[Any]:
    with paging_api.PagingAPI(api_key=API_KEY, base_url=api.url) as client:
        yield client


def sent(api: PagingAPI, name: str) -> list[str | None]:
    return [request.query[name][0] if name in request.query else None for request in api.requests]


@pytest.mark.parametrize("scheme", SCHEMES, ids=[s.resource for s in SCHEMES])
def test_a_walk_over_every_page(
    paging_api: ModuleType, client: Any, api: PagingAPI, scheme: Scheme
) -> None:
    from paging_api import _pagination
    from paging_api.types import Item

    page = getattr(client, scheme.resource).list(**scheme.size, extra_headers={"X-Trace": "t1"})
    assert type(page).__name__ == f"Sync{scheme.page_class}[Item]"
    assert isinstance(page, getattr(_pagination, f"Sync{scheme.page_class}"))
    first = getattr(page, scheme.items)
    assert [item.id for item in first] == IDS[:10]
    assert all(isinstance(item, Item) for item in first)
    assert page.has_next_page()
    assert len(api.requests) == 1  # nothing fetched before it is needed

    walked = list(page)
    assert [item.id for item in walked] == IDS
    assert sent(api, scheme.moves) == scheme.sent
    for request in api.requests:  # the page size, the caller's headers and the key, every time
        assert request.query[scheme.size_wire] == ["10"]
        assert request.headers["x-trace"] == "t1"
        assert request.headers["authorization"] == f"Bearer {API_KEY}"

    pages = list(page.iter_pages())
    assert pages[0] is page and not pages[-1].has_next_page()
    with pytest.raises(RuntimeError, match="last page"):
        pages[-1].get_next_page()


@pytest.mark.anyio
@pytest.mark.parametrize("scheme", SCHEMES, ids=[s.resource for s in SCHEMES])
async def test_async_for_walks_every_page(
    paging_api: ModuleType, api: PagingAPI, scheme: Scheme
) -> None:
    from paging_api import _pagination

    async with paging_api.AsyncPagingAPI(api_key=API_KEY, base_url=api.url) as client:
        method = getattr(client, scheme.resource).list
        assert [item.id async for item in method(**scheme.size)] == IDS
        assert sent(api, scheme.moves) == scheme.sent
        page = await method(**scheme.size)
        assert isinstance(page, getattr(_pagination, f"Async{scheme.page_class}"))
        second = await page.get_next_page()
        assert [item.id for item in getattr(second, scheme.items)] == IDS[10:20]
        assert [len(getattr(p, scheme.items)) async for p in page.iter_pages()][:3] == [10, 10, 5]


def test_the_raw_response_of_a_page_knows_its_link_header(client: Any) -> None:
    response = client.commits.with_raw_response.list(per_page=10)
    assert 'rel="next"' in response.headers["link"]
    page = response.parse()
    assert page.has_next_page() and len(list(page)) == 25


# -- where a walk stops ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("resource", "size"), [("commits", {"per_page": 10}), ("people", {"limit": 10})]
)
def test_a_next_page_on_another_host_is_not_fetched(
    paging_api: ModuleType, client: Any, api: PagingAPI, resource: str, size: dict[str, int]
) -> None:
    with PagingAPI(make_items(25)) as elsewhere:  # another port: another origin
        api.link_base = elsewhere.url
        page = getattr(client, resource).list(**size)
        assert page.has_next_page()
        with pytest.raises(paging_api.CrossOriginNextPageError) as caught:
            list(page)
        with pytest.raises(paging_api.PaginationError):
            page.get_next_page()
    assert elsewhere.requests == []  # the key never left for the other host
    assert len(api.requests) == 1
    assert str(caught.value) == (
        f"Stopped paging: the next page is at {ascii(api.link_base)}, not at the API's "
        f"{ascii(api.url)}; the client does not send its credentials elsewhere"
    )


def test_a_next_url_that_repeats_stops_the_walk(
    paging_api: ModuleType, client: Any, api: PagingAPI
) -> None:
    page = {"messages": make_items(1), "next_page_uri": "/messages?PageToken=5"}
    api.script(Reply(200), Reply(200, page), Reply(200, page))
    with pytest.raises(paging_api.RepeatedCursorError) as caught:
        list(client.messages.list())
    assert len(api.requests) == 3
    assert (caught.value.page, caught.value.first_page) == (3, 3)
    assert caught.value.cursor == f"{api.url}/messages?PageToken=5"
    assert "the next-page URL of page 3" in str(caught.value)


def test_a_link_back_to_the_first_page_stops_the_walk(
    paging_api: ModuleType, client: Any, api: PagingAPI
) -> None:
    link = {"Link": f'<{api.url}/commits?per_page=10>; rel="next"'}
    api.script(Reply(200, make_items(10), headers=link))
    with pytest.raises(paging_api.RepeatedCursorError) as caught:
        list(client.commits.list(per_page=10))
    assert len(api.requests) == 1  # page 1's own URL: it is not fetched again
    assert (caught.value.page, caught.value.first_page) == (1, 1)


def test_has_more_with_an_empty_page_ends_the_walk(client: Any, api: PagingAPI) -> None:
    api.script(
        Reply(200, {"data": make_items(3), "has_more": True}),
        Reply(200, {"data": [], "has_more": True}),
    )
    page = client.charges.list()
    assert [item.id for item in page] == IDS[:3]
    assert len(api.requests) == 2
    assert sent(api, "starting_after") == [None, "it_002"]


def test_a_server_that_ignores_starting_after_stops_the_walk(
    paging_api: ModuleType, client: Any, api: PagingAPI
) -> None:
    same = Reply(200, {"data": make_items(3), "has_more": True})
    api.script(same, same, same)
    with pytest.raises(paging_api.RepeatedCursorError) as caught:
        list(client.charges.list())
    assert len(api.requests) == 2
    assert (caught.value.page, caught.value.first_page, caught.value.cursor) == (2, 2, "it_002")


def test_an_offset_walk_stops_at_the_total(client: Any, api: PagingAPI) -> None:
    api.items = make_items(20)
    assert len(list(client.events.list(limit=10))) == 20
    assert sent(api, "offset") == [None, "10"]  # no request for the empty page after the total
    api.requests.clear()
    assert len(list(client.events.list(limit=10, offset=15))) == 5
    assert sent(api, "offset") == ["15"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('<https://a.test/x?page=2>; rel="next"', "https://a.test/x?page=2"),
        ('<https://a.test/x?page=1>; rel="prev", <https://a.test/x?page=3>; rel=next', "https://a.test/x?page=3"),
        ('<https://a.test/x?a=1,2>; rel="next last"', "https://a.test/x?a=1,2"),
        ('<https://a.test/last>; rel="last"; title="next page"', None),
        ('<https://a.test/x>; REL="Next"', "https://a.test/x"),
        ("", None),
    ],
)  # fmt: skip
def test_link_headers(paging_api: ModuleType, header: str, expected: str | None) -> None:
    from paging_api._paging import next_link

    assert next_link([header]) == expected
