"""Calls every method of ``client.repos`` against the mock server, sync and async."""

from __future__ import annotations

import pytest

from operations_api import (
    APIResponse,
    AsyncOperationsAPI,
    AsyncStreamedAPIResponse,
    OperationsAPI,
    StreamedAPIResponse,
)
from operations_api.types import License, Repo
from tests.utils import assert_matches_type


class TestRepos:
    def test_retrieve(self, client: OperationsAPI) -> None:
        result = client.repos.retrieve(
            repo_id="repo_id",
        )
        assert_matches_type(Repo, result)

    def test_retrieve_raw_response(self, client: OperationsAPI) -> None:
        response = client.repos.with_raw_response.retrieve(
            repo_id="repo_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Repo, response.parse())

    def test_retrieve_streaming_response(self, client: OperationsAPI) -> None:
        with client.repos.with_streaming_response.retrieve(
            repo_id="repo_id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Repo, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_repo_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.repos.retrieve(
                repo_id="",
            )

    def test_update(self, client: OperationsAPI) -> None:
        result = client.repos.update(
            repo_id="repo_id",
            language="language",
            license=License.model_validate({"key": "key"}),
        )
        assert_matches_type(Repo, result)

    def test_update_raw_response(self, client: OperationsAPI) -> None:
        response = client.repos.with_raw_response.update(
            repo_id="repo_id",
            language="language",
            license=License.model_validate({"key": "key"}),
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Repo, response.parse())

    def test_update_streaming_response(self, client: OperationsAPI) -> None:
        with client.repos.with_streaming_response.update(
            repo_id="repo_id",
            language="language",
            license=License.model_validate({"key": "key"}),
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Repo, response.parse())
        assert response.is_closed

    def test_update_refuses_empty_repo_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.repos.update(
                repo_id="",
                language="language",
                license=License.model_validate({"key": "key"}),
            )


class TestAsyncRepos:
    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.repos.retrieve(
            repo_id="repo_id",
        )
        assert_matches_type(Repo, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.repos.with_raw_response.retrieve(
            repo_id="repo_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Repo, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.repos.with_streaming_response.retrieve(
            repo_id="repo_id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Repo, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_repo_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.repos.retrieve(
                repo_id="",
            )

    @pytest.mark.anyio
    async def test_update(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.repos.update(
            repo_id="repo_id",
            language="language",
            license=License.model_validate({"key": "key"}),
        )
        assert_matches_type(Repo, result)

    @pytest.mark.anyio
    async def test_update_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.repos.with_raw_response.update(
            repo_id="repo_id",
            language="language",
            license=License.model_validate({"key": "key"}),
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Repo, response.parse())

    @pytest.mark.anyio
    async def test_update_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.repos.with_streaming_response.update(
            repo_id="repo_id",
            language="language",
            license=License.model_validate({"key": "key"}),
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Repo, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_update_refuses_empty_repo_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.repos.update(
                repo_id="",
                language="language",
                license=License.model_validate({"key": "key"}),
            )
