"""Calls every method of ``client.jobs`` against the mock server."""

from __future__ import annotations

import pytest

from operations_api import APIResponse, AsyncOperationsAPI, OperationsAPI
from operations_api.types import Job


class TestJobs:
    def test_create(self, client: OperationsAPI) -> None:
        result = client.jobs.create(
            name="name",
        )
        assert isinstance(result, Job)

    def test_create_raw_response(self, client: OperationsAPI) -> None:
        response = client.jobs.with_raw_response.create(
            name="name",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_retrieve(self, client: OperationsAPI) -> None:
        result = client.jobs.retrieve(
            job_id="job_id",
        )
        assert isinstance(result, Job)

    def test_retrieve_raw_response(self, client: OperationsAPI) -> None:
        response = client.jobs.with_raw_response.retrieve(
            job_id="job_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_trace(self, client: OperationsAPI) -> None:
        result = client.jobs.trace(
            job_id="job_id",
        )
        del result  # the call succeeding is the test

    def test_trace_raw_response(self, client: OperationsAPI) -> None:
        response = client.jobs.with_raw_response.trace(
            job_id="job_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_cancel(self, client: OperationsAPI) -> None:
        result = client.jobs.cancel(
            job_id="job_id",
        )
        assert isinstance(result, Job)

    def test_cancel_raw_response(self, client: OperationsAPI) -> None:
        response = client.jobs.with_raw_response.cancel(
            job_id="job_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncJobs:
    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.jobs.create(
            name="name",
        )
        assert isinstance(result, Job)

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.jobs.retrieve(
            job_id="job_id",
        )
        assert isinstance(result, Job)

    @pytest.mark.anyio
    async def test_trace(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.jobs.trace(
            job_id="job_id",
        )
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_cancel(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.jobs.cancel(
            job_id="job_id",
        )
        assert isinstance(result, Job)
