"""``--all`` and ``--max-items`` for every pagination scheme: the CLI of tests/golden/paging run
as a subprocess against its stateful server (tests/support/paging_api.py)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import pytest

from tests.cli.conftest import Result, assert_one_line_error, clean_env, run
from tests.support.fake_api import API_KEY, Reply
from tests.support.paging_api import PagingAPI, make_items
from tests.support.paths import GOLDEN

IDS = [f"it_{index:03d}" for index in range(25)]
# Each list, and the flag that asks for pages of 10.
LISTS = {
    "tokens": "--page-size",
    "events": "--limit",
    "logs": "--top",
    "repos": "--per-page",
    "sheets": "--size",
    "commits": "--per-page",
    "releases": "--per-page",
    "messages": "--page-size",
    "people": "--limit",
    "charges": "--limit",
    "orders": "--limit",
}


@pytest.fixture
def api() -> Iterator[PagingAPI]:
    with PagingAPI(make_items(25)) as server:
        yield server


def paging_cli(api: PagingAPI, *args: str) -> Result:
    env = clean_env(
        PYTHONPATH=str(GOLDEN / "paging" / "src"),
        PAGING_API_API_KEY=API_KEY,
        PAGING_API_BASE_URL=api.url,
    )
    return run([sys.executable, "-m", "paging_api_cli"], *args, env=env)


@pytest.mark.parametrize(("resource", "size"), LISTS.items(), ids=list(LISTS))
def test_all_prints_every_item_of_every_page(api: PagingAPI, resource: str, size: str) -> None:
    result = paging_cli(api, resource, "list", size, "10", "--all", "--format", "jsonl")
    assert result.code == 0, result.err
    assert [json.loads(line)["id"] for line in result.out.splitlines()] == IDS
    assert len(api.requests) == (4 if resource == "sheets" else 3)  # /sheets: the empty page too


@pytest.mark.parametrize(("resource", "size"), LISTS.items(), ids=list(LISTS))
def test_max_items_stops_fetching_pages(api: PagingAPI, resource: str, size: str) -> None:
    result = paging_cli(api, resource, "list", size, "10", "--max-items", "12", "--format", "json")
    assert result.code == 0, result.err
    assert [item["id"] for item in json.loads(result.out)] == IDS[:12]
    assert len(api.requests) == 2  # the third page is never asked for


@pytest.mark.parametrize("resource", ["commits", "messages", "charges", "events"])
def test_one_page_hints_at_all_while_there_is_more(api: PagingAPI, resource: str) -> None:
    result = paging_cli(api, resource, "list", "--format", "pretty")
    assert result.code == 0, result.err
    assert result.out.rstrip().endswith("(more: --all for every page)")
    api.items = make_items(3)
    result = paging_cli(api, resource, "list", "--format", "pretty")
    assert "(more:" not in result.out


def test_a_next_page_on_another_host_is_one_line(api: PagingAPI) -> None:
    with PagingAPI(make_items(25)) as elsewhere:
        api.link_base = elsewhere.url
        result = paging_cli(api, "commits", "list", "--all", "--format", "jsonl")
    error = assert_one_line_error(result)
    assert error.startswith("Error: Stopped paging: the next page is at ")
    assert elsewhere.requests == []
    assert len(result.out.splitlines()) == 10  # the first page, printed as it came


def test_a_repeating_next_url_is_one_line(api: PagingAPI) -> None:
    page = {"messages": make_items(1), "next_page_uri": "/messages?PageToken=5"}
    api.script(Reply(200, page), Reply(200, page))
    result = paging_cli(api, "messages", "list", "--all")
    error = assert_one_line_error(result)
    assert "the next-page URL of page 2" in error
