"""Calls every method of ``client.jobs`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from operations_api import (
    APIResponse,
    AsyncOperationsAPI,
    AsyncStreamedAPIResponse,
    OperationsAPI,
    StreamedAPIResponse,
)
from operations_api.types import Job
from tests.utils import assert_matches_type


class TestJobs:
    def test_create(self, client: OperationsAPI) -> None:
        result = client.jobs.create(
            name="name",
        )
        assert_matches_type(Job, result)

    def test_create_raw_response(self, client: OperationsAPI) -> None:
        response = client.jobs.with_raw_response.create(
            name="name",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Job, response.parse())

    def test_create_streaming_response(self, client: OperationsAPI) -> None:
        with client.jobs.with_streaming_response.create(
            name="name",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Job, response.parse())
        assert response.is_closed

    def test_retrieve(self, client: OperationsAPI) -> None:
        result = client.jobs.retrieve(
            job_id="job_id",
        )
        assert_matches_type(Job, result)

    def test_retrieve_raw_response(self, client: OperationsAPI) -> None:
        response = client.jobs.with_raw_response.retrieve(
            job_id="job_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Job, response.parse())

    def test_retrieve_streaming_response(self, client: OperationsAPI) -> None:
        with client.jobs.with_streaming_response.retrieve(
            job_id="job_id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Job, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_job_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.jobs.retrieve(
                job_id="",
            )

    def test_trace(self, client: OperationsAPI) -> None:
        result = client.jobs.trace(
            job_id="job_id",
        )
        assert_matches_type(str, result)

    def test_trace_raw_response(self, client: OperationsAPI) -> None:
        response = client.jobs.with_raw_response.trace(
            job_id="job_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(str, response.parse())

    def test_trace_streaming_response(self, client: OperationsAPI) -> None:
        with client.jobs.with_streaming_response.trace(
            job_id="job_id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(str, response.parse())
        assert response.is_closed

    def test_trace_refuses_empty_job_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.jobs.trace(
                job_id="",
            )

    def test_cancel(self, client: OperationsAPI) -> None:
        result = client.jobs.cancel(
            job_id="job_id",
        )
        assert_matches_type(Job, result)

    def test_cancel_raw_response(self, client: OperationsAPI) -> None:
        response = client.jobs.with_raw_response.cancel(
            job_id="job_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Job, response.parse())

    def test_cancel_streaming_response(self, client: OperationsAPI) -> None:
        with client.jobs.with_streaming_response.cancel(
            job_id="job_id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Job, response.parse())
        assert response.is_closed

    def test_cancel_refuses_empty_job_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.jobs.cancel(
                job_id="",
            )


class TestAsyncJobs:
    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.jobs.create(
            name="name",
        )
        assert_matches_type(Job, result)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.jobs.with_raw_response.create(
            name="name",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Job, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.jobs.with_streaming_response.create(
            name="name",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Job, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.jobs.retrieve(
            job_id="job_id",
        )
        assert_matches_type(Job, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.jobs.with_raw_response.retrieve(
            job_id="job_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Job, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.jobs.with_streaming_response.retrieve(
            job_id="job_id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Job, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_job_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.jobs.retrieve(
                job_id="",
            )

    @pytest.mark.anyio
    async def test_trace(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.jobs.trace(
            job_id="job_id",
        )
        assert_matches_type(str, result)

    @pytest.mark.anyio
    async def test_trace_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.jobs.with_raw_response.trace(
            job_id="job_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(str, response.parse())

    @pytest.mark.anyio
    async def test_trace_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.jobs.with_streaming_response.trace(
            job_id="job_id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(str, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_trace_refuses_empty_job_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.jobs.trace(
                job_id="",
            )

    @pytest.mark.anyio
    async def test_cancel(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.jobs.cancel(
            job_id="job_id",
        )
        assert_matches_type(Job, result)

    @pytest.mark.anyio
    async def test_cancel_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.jobs.with_raw_response.cancel(
            job_id="job_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Job, response.parse())

    @pytest.mark.anyio
    async def test_cancel_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.jobs.with_streaming_response.cancel(
            job_id="job_id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Job, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_cancel_refuses_empty_job_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.jobs.cancel(
                job_id="",
            )
