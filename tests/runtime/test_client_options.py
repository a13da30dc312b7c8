"""A client's settings: ``with_options``/``copy``, ``default_query``, readable credentials, over real HTTP."""

from __future__ import annotations

import json
from dataclasses import replace

import httpx
import pytest
from llamacloud import APIStatusError, APITimeoutError, AsyncLlamaCloud, LlamaCloud, LlamaCloudError
from llamacloud._base_client import RequestOptions

from tests.support.fake_api import API_KEY, FakeAPI, Reply


def test_with_options_changes_the_new_client_only_and_shares_the_pool(
    api: FakeAPI, client: LlamaCloud
) -> None:
    client.classifier.jobs.list()
    other = client.with_options(
        timeout=12.5, max_retries=0, default_headers={"X-Team": "a"}, max_response_bytes=10_000
    )
    assert type(other) is type(client)
    assert other._http is client._http  # the same connection pool
    assert (other.timeout, other.max_retries, other.max_response_bytes) == (12.5, 0, 10_000)
    assert other.api_key == API_KEY and other.base_url == client.base_url
    assert client.max_retries == 2 and client.max_response_bytes != 10_000  # unchanged
    api.script(Reply(503, {"detail": "down"}))
    with pytest.raises(APIStatusError):
        other.classifier.jobs.list()
    assert len(api.requests) == 2  # no retry
    assert api.requests[-1].headers["x-team"] == "a"
    api.script(Reply(503, {"detail": "down"}))
    assert client.classifier.jobs.list().total_size == 25  # retried, as before
    assert "x-team" not in api.requests[-1].headers
    other.close()  # a copy does not close the pool it shares
    assert not client._http.is_closed
    assert client.classifier.jobs.list().total_size == 25


def test_copy_is_with_options_and_its_timeout_applies(api: FakeAPI, client: LlamaCloud) -> None:
    assert vars(LlamaCloud)["copy"] is vars(LlamaCloud)["with_options"]
    api.script(Reply(delay=1.0))
    with pytest.raises(APITimeoutError):
        client.copy(timeout=0.2, max_retries=0).classifier.jobs.list()
    assert client.timeout != 0.2


def test_with_options_changes_the_base_url_and_the_credentials(
    api: FakeAPI, client: LlamaCloud
) -> None:
    with FakeAPI() as elsewhere:
        moved = client.with_options(base_url=elsewhere.url)
        assert moved.classifier.jobs.list().total_size == 3
        assert len(elsewhere.requests) == 1 and not api.requests
    assert client.classifier.jobs.list().total_size == 25
    api.script(Reply(401, {"detail": "Invalid API key"}))
    with pytest.raises(APIStatusError):
        client.with_options(api_key="other-key", max_retries=0).classifier.jobs.list()
    assert api.requests[-1].headers["authorization"] == "Bearer other-key"
    assert client.api_key == API_KEY


def test_default_headers_and_query_merge_or_are_set_in_place(api: FakeAPI) -> None:
    with LlamaCloud(
        api_key=API_KEY,
        base_url=api.url,
        default_headers={"X-A": "1"},
        default_query={"region": "eu", "trace": True},
    ) as client:
        client.classifier.jobs.list()
        client.classifier.jobs.list(extra_query={"region": "us"})  # the call's own wins
        client.with_options(
            default_headers={"X-B": "2"}, default_query={"x": 1}
        ).classifier.jobs.list()
        client.with_options(
            set_default_headers={"X-B": "2"}, set_default_query={"x": 1}
        ).classifier.jobs.list()
        with pytest.raises(ValueError, match="default_query or set_default_query, not both"):
            client.copy(default_query={}, set_default_query={})
    queries = [
        {key: value for key, value in request.query.items() if key in ("region", "trace", "x")}
        for request in api.requests
    ]
    assert queries == [
        {"region": ["eu"], "trace": ["true"]},
        {"region": ["us"], "trace": ["true"]},
        {"region": ["eu"], "trace": ["true"], "x": ["1"]},
        {"x": ["1"]},
    ]
    headers = [(r.headers.get("x-a"), r.headers.get("x-b")) for r in api.requests]
    assert headers == [("1", None), ("1", None), ("1", "2"), (None, "2")]


def test_credentials_are_readable_but_never_shown(api: FakeAPI, client: LlamaCloud) -> None:
    assert client.api_key == API_KEY
    other = client.with_options(api_key="sk-secret-key")
    assert other.api_key == "sk-secret-key"
    assert "sk-secret-key" not in repr(other) and API_KEY not in repr(client)
    assert repr(other) == f"<QuickLlamaCloud base_url={api.url!r}>"


def test_a_copy_refuses_a_key_no_header_can_carry(client: LlamaCloud) -> None:
    with pytest.raises(LlamaCloudError, match="from the api_key argument ends with a line break"):
        client.with_options(api_key="key\n")


def test_a_copy_can_have_its_own_http_client(api: FakeAPI, client: LlamaCloud) -> None:
    with httpx.Client() as http:
        other = client.with_options(http_client=http)
        assert other._http is http
        assert other.classifier.jobs.list().total_size == 25


@pytest.mark.anyio
async def test_the_async_client_alike(api: FakeAPI, async_client: AsyncLlamaCloud) -> None:
    other = async_client.with_options(
        max_retries=0, default_headers={"X-Team": "a"}, default_query={"region": "eu"}
    )
    assert other._http is async_client._http
    assert vars(AsyncLlamaCloud)["copy"] is vars(AsyncLlamaCloud)["with_options"]
    assert other.api_key == API_KEY and API_KEY not in repr(other)
    api.script(Reply(503, {"detail": "down"}))
    with pytest.raises(APIStatusError):
        await other.classifier.jobs.list()
    assert len(api.requests) == 1
    assert api.requests[0].headers["x-team"] == "a" and api.requests[0].query["region"] == ["eu"]
    api.script(Reply(503, {"detail": "down"}))
    assert (await async_client.classifier.jobs.list()).total_size == 25
    assert "region" not in api.requests[-1].query
    api.script(Reply(delay=1.0))
    with pytest.raises(APITimeoutError):
        await async_client.copy(timeout=0.2, max_retries=0).classifier.jobs.list()
    await other.close()
    assert not async_client._http.is_closed


def test_extra_body_alone_is_the_body_and_needs_an_object(api: FakeAPI, client: LlamaCloud) -> None:
    """An optional JSON body left out: the extra fields are sent as the body; a list takes none."""
    api.script(Reply(200, {"ok": True}))
    options = RequestOptions(method="post", path="/things", extra_body={"a": 1})
    assert client._request(options, cast_to=dict) == {"ok": True}
    assert json.loads(api.requests[0].body) == {"a": 1}
    assert api.requests[0].headers["content-type"] == "application/json"
    with pytest.raises(TypeError, match="extra_body needs a JSON object body, not list"):
        client._request(replace(options, json_body=[1]), cast_to=dict)
    assert len(api.requests) == 1  # refused before anything was sent
