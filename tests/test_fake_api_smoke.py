"""The stateful test server itself behaves as the runtime and CLI tests assume."""

from __future__ import annotations

import httpx

from tests.support.fake_api import API_KEY, FakeAPI, Reply, make_jobs

AUTH = {"Authorization": f"Bearer {API_KEY}"}


def test_pages_walk_to_the_end() -> None:
    with FakeAPI(jobs=make_jobs(5)) as api:
        first = httpx.get(
            f"{api.url}/api/v1/classifier/jobs", params={"page_size": 2}, headers=AUTH
        ).json()
        assert [job["user_id"] for job in first["items"]] == ["user-0", "user-1"]
        last = httpx.get(
            f"{api.url}/api/v1/classifier/jobs",
            params={"page_size": 2, "page_token": "4"},
            headers=AUTH,
        ).json()
        assert len(last["items"]) == 1 and "next_page_token" not in last


def test_scripted_replies_come_first_then_normal_behaviour() -> None:
    with FakeAPI() as api:
        api.script(Reply(503, {"detail": "busy"}, {"Retry-After": "0"}))
        assert httpx.get(f"{api.url}/api/v1/classifier/jobs", headers=AUTH).status_code == 503
        assert httpx.get(f"{api.url}/api/v1/classifier/jobs", headers=AUTH).status_code == 200
        assert httpx.get(f"{api.url}/api/v1/classifier/jobs").status_code == 401
        assert len(api.requests) == 3


def test_cursor_loops_repeat_then_give_way_to_the_right_cursors() -> None:
    with FakeAPI(jobs=make_jobs(25)) as api:
        api.cursor_loops = {"20": "10"}  # 0 -> 10 -> 20 -> 10 -> 20 ...
        api.loop_limit = 2

        def next_token(token: str | None) -> str | None:
            params = {"page_token": token} if token is not None else {}
            url = f"{api.url}/api/v1/classifier/jobs"
            token = httpx.get(url, params=params, headers=AUTH).json().get("next_page_token")
            return token if isinstance(token, str) else None

        walked, token = [], next_token(None)
        while token is not None:
            walked.append(token)
            token = next_token(token)
        assert walked == ["10", "20", "10", "20", "10", "20"]
        assert api.loops_served == 2
