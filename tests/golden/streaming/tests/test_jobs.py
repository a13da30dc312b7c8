"""Calls every method of ``client.jobs`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from streaming_api import (
    APIResponse,
    AsyncStream,
    AsyncStreamingAPI,
    Stream,
    StreamingAPI,
)
from streaming_api.types import JobFinished, JobProgress
from tests.utils import assert_matches_type, skipped_if_the_mock_cannot_stream


class TestJobs:
    def test_events(self, client: StreamingAPI) -> None:
        with (
            skipped_if_the_mock_cannot_stream(),
            client.jobs.events(
                job_id="job_id",
            ) as stream,
        ):
            assert_matches_type(Stream[JobProgress | JobFinished], stream)

    def test_events_raw_response(self, client: StreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream():
            response = client.jobs.with_raw_response.events(
                job_id="job_id",
            )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        with response.parse() as stream:
            assert_matches_type(Stream[JobProgress | JobFinished], stream)

    def test_events_refuses_empty_job_id(self, client: StreamingAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.jobs.events(
                job_id="",
            )


class TestAsyncJobs:
    @pytest.mark.anyio
    async def test_events(self, async_client: AsyncStreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream():
            async with await async_client.jobs.events(
                job_id="job_id",
            ) as stream:
                assert_matches_type(AsyncStream[JobProgress | JobFinished], stream)

    @pytest.mark.anyio
    async def test_events_raw_response(self, async_client: AsyncStreamingAPI) -> None:
        with skipped_if_the_mock_cannot_stream():
            response = await async_client.jobs.with_raw_response.events(
                job_id="job_id",
            )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        async with response.parse() as stream:
            assert_matches_type(AsyncStream[JobProgress | JobFinished], stream)

    @pytest.mark.anyio
    async def test_events_refuses_empty_job_id(self, async_client: AsyncStreamingAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.jobs.events(
                job_id="",
            )
