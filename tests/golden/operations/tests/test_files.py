"""Calls every method of ``client.files`` against the mock server."""

from __future__ import annotations

import pytest

from operations_api import APIResponse, AsyncOperationsAPI, OperationsAPI
from operations_api.types import File, Job, Note


class TestFiles:
    def test_list(self, client: OperationsAPI) -> None:
        result = client.files.list()
        del result  # the call succeeding is the test

    def test_list_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_create(self, client: OperationsAPI) -> None:
        result = client.files.create(
            file="file",
            purpose="assistants",
        )
        assert isinstance(result, File)

    def test_create_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.create(
            file="file",
            purpose="assistants",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_delete_all(self, client: OperationsAPI) -> None:
        result = client.files.delete_all()
        del result  # the call succeeding is the test

    def test_delete_all_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.delete_all()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_options(self, client: OperationsAPI) -> None:
        result = client.files.options()
        del result  # the call succeeding is the test

    def test_options_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.options()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_head(self, client: OperationsAPI) -> None:
        result = client.files.head()
        del result  # the call succeeding is the test

    def test_head_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.head()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_search(self, client: OperationsAPI) -> None:
        result = client.files.search(
            query="query",
        )
        del result  # the call succeeding is the test

    def test_search_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.search(
            query="query",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_retrieve(self, client: OperationsAPI) -> None:
        result = client.files.retrieve(
            file_id="file_id",
        )
        assert isinstance(result, File)

    def test_retrieve_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.retrieve(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_replace(self, client: OperationsAPI) -> None:
        result = client.files.replace(
            file_id="file_id",
            body="body",
        )
        del result  # the call succeeding is the test

    def test_replace_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.replace(
            file_id="file_id",
            body="body",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_delete(self, client: OperationsAPI) -> None:
        result = client.files.delete(
            file_id="file_id",
        )
        del result  # the call succeeding is the test

    def test_delete_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.delete(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_update(self, client: OperationsAPI) -> None:
        result = client.files.update(
            file_id="file_id",
            name="name",
        )
        assert isinstance(result, File)

    def test_update_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.update(
            file_id="file_id",
            name="name",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_content(self, client: OperationsAPI) -> None:
        result = client.files.content(
            file_id="file_id",
        )
        del result  # the call succeeding is the test

    def test_content_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.content(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_summary(self, client: OperationsAPI) -> None:
        result = client.files.summary(
            file_id="file_id",
        )
        del result  # the call succeeding is the test

    def test_summary_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.summary(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_notes(self, client: OperationsAPI) -> None:
        result = client.files.notes(
            file_id="file_id",
            body="body",
        )
        assert isinstance(result, Note)

    def test_notes_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.notes(
            file_id="file_id",
            body="body",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_labels(self, client: OperationsAPI) -> None:
        result = client.files.labels(
            file_id="file_id",
            body=["string"],
        )
        del result  # the call succeeding is the test

    def test_labels_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.labels(
            file_id="file_id",
            body=["string"],
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()

    def test_archive(self, client: OperationsAPI) -> None:
        result = client.files.archive(
            file_id="file_id",
        )
        assert isinstance(result, Job)

    def test_archive_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.archive(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        response.parse()


class TestAsyncFiles:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.list()
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.create(
            file="file",
            purpose="assistants",
        )
        assert isinstance(result, File)

    @pytest.mark.anyio
    async def test_delete_all(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.delete_all()
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_options(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.options()
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_head(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.head()
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_search(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.search(
            query="query",
        )
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.retrieve(
            file_id="file_id",
        )
        assert isinstance(result, File)

    @pytest.mark.anyio
    async def test_replace(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.replace(
            file_id="file_id",
            body="body",
        )
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_delete(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.delete(
            file_id="file_id",
        )
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_update(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.update(
            file_id="file_id",
            name="name",
        )
        assert isinstance(result, File)

    @pytest.mark.anyio
    async def test_content(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.content(
            file_id="file_id",
        )
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_summary(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.summary(
            file_id="file_id",
        )
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_notes(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.notes(
            file_id="file_id",
            body="body",
        )
        assert isinstance(result, Note)

    @pytest.mark.anyio
    async def test_labels(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.labels(
            file_id="file_id",
            body=["string"],
        )
        del result  # the call succeeding is the test

    @pytest.mark.anyio
    async def test_archive(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.archive(
            file_id="file_id",
        )
        assert isinstance(result, Job)
