"""The stateful server of tests/fixtures/paging: each list pages the same items its own way.

Beside the fake LlamaCloud API (``FakeAPI``, whose recording, scripted replies and bearer
check it keeps), it serves one path per pagination scheme:

- ``/tokens``: ``page_token`` -> ``{items, next_page_token}``
- ``/events``: ``offset``, ``limit`` -> ``{data, total}``
- ``/logs``: ``skip``, ``top`` -> ``{entries, count}``
- ``/repos``: ``page``, ``per_page`` -> ``{results, total_pages}``
- ``/sheets``: ``p`` (from 0), ``size`` -> ``{rows}``
- ``/commits``, ``/releases``: ``page``, ``per_page`` -> an array, ``Link: <...>; rel="next"``
- ``/messages``: ``PageSize``, ``PageToken`` -> ``{messages, next_page_uri}`` (a path, as Twilio's)
- ``/people``: ``limit``, ``offset`` -> ``{count, next, previous, results}`` (absolute URLs)
- ``/charges``: ``starting_after``, ``limit`` -> ``{object, data, has_more, url}``
- ``/orders``: ``after``, ``limit`` -> ``{data, has_more}``

Items are ``{"id": "it_000", "name": "item-0"}``...; a page holds 10 unless asked otherwise.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from tests.support.fake_api import FakeAPI, Recorded, Reply

PAGE_SIZE = 10


def make_items(count: int) -> list[dict[str, Any]]:
    return [{"id": f"it_{index:03d}", "name": f"item-{index}"} for index in range(count)]


def _int(query: dict[str, list[str]], name: str, default: int) -> int:
    return int(query[name][0]) if name in query else default


class PagingAPI(FakeAPI):
    def __init__(self, items: list[dict[str, Any]], **options: Any) -> None:
        super().__init__([], **options)
        self.items = items
        # Where the Link headers and next-page URLs point: this server, unless a test says otherwise.
        self.link_base: str | None = None

    def serves(self, path: str) -> bool:
        return hasattr(self, "_" + path.strip("/"))

    def answer(self, request: Recorded) -> Reply:
        reply: Reply = getattr(self, "_" + request.path.strip("/"))(request.query)
        return reply

    def _slice(self, start: int, size: int) -> tuple[list[dict[str, Any]], bool]:
        """The items from ``start``, and whether more follow."""
        return self.items[start : start + size], start + size < len(self.items)

    def _url(self, path: str, **params: object) -> str:
        return f"{self.link_base or self.url}{path}?{urlencode(params)}"

    # -- one method per path ------------------------------------------------------------

    def _tokens(self, query: dict[str, list[str]]) -> Reply:
        start = _int(query, "page_token", 0)
        items, more = self._slice(start, _int(query, "page_size", PAGE_SIZE))
        body: dict[str, Any] = {"items": items}
        if more:
            body["next_page_token"] = str(start + len(items))
        return Reply(200, body)

    def _events(self, query: dict[str, list[str]]) -> Reply:
        items, _ = self._slice(_int(query, "offset", 0), _int(query, "limit", PAGE_SIZE))
        return Reply(200, {"data": items, "total": len(self.items)})

    def _logs(self, query: dict[str, list[str]]) -> Reply:
        items, _ = self._slice(_int(query, "skip", 0), _int(query, "top", PAGE_SIZE))
        return Reply(200, {"entries": items, "count": len(self.items)})

    def _repos(self, query: dict[str, list[str]]) -> Reply:
        size = _int(query, "per_page", PAGE_SIZE)
        items, _ = self._slice((_int(query, "page", 1) - 1) * size, size)
        return Reply(200, {"results": items, "total_pages": -(-len(self.items) // size)})

    def _sheets(self, query: dict[str, list[str]]) -> Reply:
        size = _int(query, "size", PAGE_SIZE)
        items, _ = self._slice(_int(query, "p", 0) * size, size)
        return Reply(200, {"rows": items})  # no count: the walk ends on an empty page

    def _commits(self, query: dict[str, list[str]], path: str = "/commits") -> Reply:
        page, size = _int(query, "page", 1), _int(query, "per_page", PAGE_SIZE)
        items, more = self._slice((page - 1) * size, size)
        links = [f'<{self._url(path, page=1, per_page=size)}>; rel="first"']
        if more:
            links.append(f'<{self._url(path, page=page + 1, per_page=size)}>; rel="next"')
        return Reply(200, items, headers={"Link": ", ".join(links)})

    def _releases(self, query: dict[str, list[str]]) -> Reply:
        return self._commits(query, "/releases")

    def _messages(self, query: dict[str, list[str]]) -> Reply:
        size = _int(query, "PageSize", PAGE_SIZE)
        start = _int(query, "PageToken", 0)
        items, more = self._slice(start, size)
        next_uri = f"/messages?{urlencode({'PageSize': size, 'PageToken': start + size})}"
        body = {"messages": items, "page": start // size, "page_size": size}
        return Reply(200, {**body, "next_page_uri": next_uri if more else None})

    def _people(self, query: dict[str, list[str]]) -> Reply:
        size, start = _int(query, "limit", PAGE_SIZE), _int(query, "offset", 0)
        items, more = self._slice(start, size)
        return Reply(
            200,
            {
                "count": len(self.items),
                "next": self._url("/people", limit=size, offset=start + size) if more else None,
                "previous": None,
                "results": items,
            },
        )

    def _after(self, query: dict[str, list[str]], param: str) -> tuple[list[dict[str, Any]], bool]:
        ids = [item["id"] for item in self.items]
        start = ids.index(query[param][0]) + 1 if param in query else 0
        return self._slice(start, _int(query, "limit", PAGE_SIZE))

    def _charges(self, query: dict[str, list[str]]) -> Reply:
        items, more = self._after(query, "starting_after")
        return Reply(200, {"object": "list", "data": items, "has_more": more, "url": "/charges"})

    def _orders(self, query: dict[str, list[str]]) -> Reply:
        items, more = self._after(query, "after")
        return Reply(200, {"data": items, "has_more": more})
