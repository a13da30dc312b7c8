"""Typed errors with the server's message, malformed bodies, and no API key anywhere."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import llamacloud
import pytest
from llamacloud import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncLlamaCloud,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    LlamaCloud,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    ValidationIssue,
)
from llamacloud._pagination import AsyncCursorPage, SyncCursorPage
from llamacloud.types import ClassifyJob

from tests.runtime.conftest import QuickAsyncLlamaCloud, QuickLlamaCloud
from tests.support.fake_api import API_KEY, FakeAPI, Reply

Client = LlamaCloud | AsyncLlamaCloud
pytestmark = pytest.mark.anyio


@pytest.fixture(params=["sync", "async"])
async def any_client(request: pytest.FixtureRequest, api: FakeAPI) -> AsyncIterator[Client]:
    """The same test once with each client; no retries, so each error comes from one response."""
    if request.param == "sync":
        with QuickLlamaCloud(api_key=API_KEY, base_url=api.url, max_retries=0) as client:
            yield client
    else:
        async with QuickAsyncLlamaCloud(
            api_key=API_KEY, base_url=api.url, max_retries=0
        ) as async_client:
            yield async_client


async def list_jobs(
    client: Client, **kwargs: Any
) -> SyncCursorPage[ClassifyJob] | AsyncCursorPage[ClassifyJob]:
    if isinstance(client, AsyncLlamaCloud):
        return await client.classifier.jobs.list(**kwargs)
    return client.classifier.jobs.list(**kwargs)


def test_the_hierarchy() -> None:
    assert issubclass(APIConnectionError, APIError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIStatusError, APIError)
    assert issubclass(APIResponseValidationError, APIError)
    for error in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    ):
        assert issubclass(error, APIStatusError)
        assert error.__name__ in llamacloud.__all__


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
        (418, APIStatusError),
    ],
)
async def test_each_status_has_its_error(
    any_client: Client, api: FakeAPI, status: int, error: type[APIStatusError]
) -> None:
    api.script(Reply(status, {"detail": "Job 7 is locked by another run"}))
    with pytest.raises(error) as caught:
        await list_jobs(any_client)
    exc = caught.value
    assert type(exc) is error
    assert exc.status_code == status
    assert isinstance(exc.response, httpx.Response) and exc.response.status_code == status
    assert exc.body == {"detail": "Job 7 is locked by another run"}
    assert str(exc) == f"Error code: {status} - Job 7 is locked by another run"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"message": "Project is archived"}, "Project is archived"),
        ({"error": {"message": "Quota exceeded", "code": "quota"}}, "Quota exceeded"),
        (b"upstream proxy error", "upstream proxy error"),
        ({"unexpected": True}, None),
    ],
)
async def test_message_is_the_servers(
    any_client: Client, api: FakeAPI, body: object, message: str | None
) -> None:
    api.script(Reply(403, body))
    with pytest.raises(PermissionDeniedError) as caught:
        await list_jobs(any_client)
    assert str(caught.value) == "Error code: 403" + (f" - {message}" if message else "")


async def test_validation_detail_is_parsed(any_client: Client, api: FakeAPI) -> None:
    detail = [
        {
            "loc": ["query", "page_size"],
            "msg": "Input should be a valid integer",
            "type": "int_parsing",
        },
        {
            "loc": ["query", "project_id"],
            "msg": "Input should be a valid UUID",
            "type": "uuid_parsing",
        },
    ]
    api.script(Reply(422, {"detail": detail}))
    with pytest.raises(UnprocessableEntityError) as caught:
        await list_jobs(any_client)
    assert caught.value.detail == [
        ValidationIssue(("query", "page_size"), "Input should be a valid integer", "int_parsing"),
        ValidationIssue(("query", "project_id"), "Input should be a valid UUID", "uuid_parsing"),
    ]
    assert str(caught.value) == (
        "Error code: 422 - page_size: Input should be a valid integer; "
        "project_id: Input should be a valid UUID"
    )


async def test_wrong_api_key_is_an_authentication_error(api: FakeAPI) -> None:
    with (
        LlamaCloud(api_key="sk-wrong", base_url=api.url) as client,
        pytest.raises(AuthenticationError),
    ):
        client.classifier.jobs.list()
    async with AsyncLlamaCloud(api_key="sk-wrong", base_url=api.url) as async_client:
        with pytest.raises(AuthenticationError, match="Invalid API key"):
            await async_client.classifier.jobs.list()
    assert len(api.requests) == 2  # a 401 is not retried


async def test_success_with_a_body_that_is_not_json(any_client: Client, api: FakeAPI) -> None:
    api.script(Reply(200, b"<html>Gateway maintenance</html>", {"Content-Type": "text/html"}))
    with pytest.raises(APIResponseValidationError) as caught:
        await list_jobs(any_client)
    exc = caught.value
    assert isinstance(exc, APIError) and not isinstance(exc, APIStatusError)
    assert str(exc).startswith("The response body is not valid JSON (text/html)")
    assert exc.status_code == 200
    assert exc.body == "<html>Gateway maintenance</html>"


async def test_success_with_a_body_of_the_wrong_shape_when_strict(
    any_client: Client, api: FakeAPI
) -> None:
    api.script(Reply(200, {"items": [{"id": 3}]}))
    with pytest.raises(APIResponseValidationError) as caught:
        await list_jobs(any_client.with_options(strict_response_validation=True))
    assert str(caught.value).startswith(
        "The response body does not match the API description (items.0.id:"
    )
    assert caught.value.body == {"items": [{"id": 3}]}


async def test_success_with_an_empty_body(any_client: Client, api: FakeAPI) -> None:
    api.script(Reply(200, b""))
    with pytest.raises(APIResponseValidationError, match="The response body is empty"):
        await list_jobs(any_client)


# -- the API key never shows ---------------------------------------------------


async def provoke_every_error(client: Client, api: FakeAPI) -> list[BaseException]:
    """Make the client (with max_retries=1) retry, log and fail in every way it can."""
    api.script(
        Reply(503, {"detail": "busy"}, {"Retry-After": "0"}),  # a retry, logged
        Reply(401, {"detail": f"API key {API_KEY} was revoked"}),  # the server echoes the key
        Reply(200, f"<p>key={API_KEY}</p>".encode(), {"Content-Type": "text/html"}),
        Reply(200, {"items": [{"id": API_KEY}]}),
        Reply(drop=True),  # a retry, then the same again
        Reply(drop=True),
        Reply(delay=0.3),  # a timeout, retried, then again
        Reply(delay=0.3),
    )
    errors: list[BaseException] = []
    for _ in range(5):
        try:
            await list_jobs(client, timeout=0.1)
        except APIError as exc:
            errors.append(exc)
    return errors


async def test_api_key_is_in_no_message_repr_or_log(
    api: FakeAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx and httpcore
    errors: list[BaseException] = []
    settings: dict[str, Any] = {
        "api_key": API_KEY,
        "base_url": api.url,
        "max_retries": 1,
        "strict_response_validation": True,  # a body of the wrong shape is an error
    }
    clients: list[Client] = [QuickLlamaCloud(**settings), QuickAsyncLlamaCloud(**settings)]
    for client in clients:
        errors += await provoke_every_error(client, api)
        assert API_KEY not in repr(client) and API_KEY not in str(client)
    assert [type(exc) for exc in errors] == 2 * [
        AuthenticationError,
        APIResponseValidationError,
        APIResponseValidationError,
        APIConnectionError,
        APITimeoutError,
    ]
    assert "[redacted] was revoked" in str(errors[0])
    for exc in errors:
        assert API_KEY not in str(exc)
        assert API_KEY not in repr(exc)
        assert API_KEY not in repr(exc.args)
    assert any(record.name == "llamacloud" for record in caplog.records)  # the retry was logged
    assert any(record.name.startswith("httpcore") for record in caplog.records)
    assert API_KEY not in caplog.text
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
