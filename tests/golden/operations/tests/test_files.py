"""Calls every method of ``client.files`` against the mock server, sync and async."""

from __future__ import annotations

import builtins

import pytest

from operations_api import (
    APIResponse,
    AsyncOperationsAPI,
    AsyncStreamedAPIResponse,
    OperationsAPI,
    StreamedAPIResponse,
)
from operations_api.types import (
    File,
    FilesPostRequestPurpose,
    Job,
    Note,
)
from tests.utils import assert_matches_type


class TestFiles:
    def test_list(self, client: OperationsAPI) -> None:
        result = client.files.list()
        assert_matches_type(builtins.list[File], result)

    def test_list_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[File], response.parse())

    def test_list_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[File], response.parse())
        assert response.is_closed

    def test_create(self, client: OperationsAPI) -> None:
        result = client.files.create(
            file=b"file",
            purpose=FilesPostRequestPurpose("assistants"),
        )
        assert_matches_type(File, result)

    def test_create_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.create(
            file=b"file",
            purpose=FilesPostRequestPurpose("assistants"),
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(File, response.parse())

    def test_create_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.create(
            file=b"file",
            purpose=FilesPostRequestPurpose("assistants"),
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(File, response.parse())
        assert response.is_closed

    def test_delete_all(self, client: OperationsAPI) -> None:
        # It returns None: not raising is the test.
        client.files.delete_all()

    def test_delete_all_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.delete_all()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_delete_all_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.delete_all() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed

    def test_options(self, client: OperationsAPI) -> None:
        # It returns None: not raising is the test.
        client.files.options()

    def test_options_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.options()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_options_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.options() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed

    def test_head(self, client: OperationsAPI) -> None:
        # It returns None: not raising is the test.
        client.files.head()

    def test_head_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.head()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_head_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.head() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed

    def test_search(self, client: OperationsAPI) -> None:
        result = client.files.search(
            query="query",
        )
        assert_matches_type(builtins.list[File], result)

    def test_search_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.search(
            query="query",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[File], response.parse())

    def test_search_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.search(
            query="query",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[File], response.parse())
        assert response.is_closed

    def test_retrieve(self, client: OperationsAPI) -> None:
        result = client.files.retrieve(
            file_id="file_id",
        )
        assert_matches_type(File, result)

    def test_retrieve_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.retrieve(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(File, response.parse())

    def test_retrieve_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.retrieve(
            file_id="file_id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(File, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_file_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.files.retrieve(
                file_id="",
            )

    def test_replace(self, client: OperationsAPI) -> None:
        result = client.files.replace(
            file_id="file_id",
            body=b"body",
        )
        assert_matches_type(File | None, result)

    def test_replace_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.replace(
            file_id="file_id",
            body=b"body",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(File | None, response.parse())

    def test_replace_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.replace(
            file_id="file_id",
            body=b"body",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(File | None, response.parse())
        assert response.is_closed

    def test_replace_refuses_empty_file_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.files.replace(
                file_id="",
                body=b"body",
            )

    def test_delete(self, client: OperationsAPI) -> None:
        # It returns None: not raising is the test.
        client.files.delete(
            file_id="file_id",
        )

    def test_delete_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.delete(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    def test_delete_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.delete(
            file_id="file_id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, response.parse())
        assert response.is_closed

    def test_delete_refuses_empty_file_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.files.delete(
                file_id="",
            )

    def test_update(self, client: OperationsAPI) -> None:
        result = client.files.update(
            file_id="file_id",
            name="name",
        )
        assert_matches_type(File, result)

    def test_update_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.update(
            file_id="file_id",
            name="name",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(File, response.parse())

    def test_update_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.update(
            file_id="file_id",
            name="name",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(File, response.parse())
        assert response.is_closed

    def test_update_refuses_empty_file_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.files.update(
                file_id="",
                name="name",
            )

    def test_content(self, client: OperationsAPI) -> None:
        result = client.files.content(
            file_id="file_id",
        )
        assert_matches_type(bytes, result)

    def test_content_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.content(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(bytes, response.parse())

    def test_content_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.content(
            file_id="file_id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(bytes, response.parse())
        assert response.is_closed

    def test_content_refuses_empty_file_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.files.content(
                file_id="",
            )

    def test_summary(self, client: OperationsAPI) -> None:
        result = client.files.summary(
            file_id="file_id",
        )
        assert_matches_type(str, result)

    def test_summary_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.summary(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(str, response.parse())

    def test_summary_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.summary(
            file_id="file_id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(str, response.parse())
        assert response.is_closed

    def test_summary_refuses_empty_file_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.files.summary(
                file_id="",
            )

    def test_notes(self, client: OperationsAPI) -> None:
        result = client.files.notes(
            file_id="file_id",
            body="body",
        )
        assert_matches_type(Note, result)

    def test_notes_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.notes(
            file_id="file_id",
            body="body",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Note, response.parse())

    def test_notes_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.notes(
            file_id="file_id",
            body="body",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Note, response.parse())
        assert response.is_closed

    def test_notes_refuses_empty_file_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.files.notes(
                file_id="",
                body="body",
            )

    def test_labels(self, client: OperationsAPI) -> None:
        result = client.files.labels(
            file_id="file_id",
            body=["string"],
        )
        assert_matches_type(builtins.list[str], result)

    def test_labels_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.labels(
            file_id="file_id",
            body=["string"],
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[str], response.parse())

    def test_labels_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.labels(
            file_id="file_id",
            body=["string"],
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[str], response.parse())
        assert response.is_closed

    def test_labels_refuses_empty_file_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.files.labels(
                file_id="",
                body=["string"],
            )

    def test_archive(self, client: OperationsAPI) -> None:
        result = client.files.archive(
            file_id="file_id",
        )
        assert_matches_type(Job, result)

    def test_archive_raw_response(self, client: OperationsAPI) -> None:
        response = client.files.with_raw_response.archive(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Job, response.parse())

    def test_archive_streaming_response(self, client: OperationsAPI) -> None:
        with client.files.with_streaming_response.archive(
            file_id="file_id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Job, response.parse())
        assert response.is_closed

    def test_archive_refuses_empty_file_id(self, client: OperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.files.archive(
                file_id="",
            )


class TestAsyncFiles:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.list()
        assert_matches_type(builtins.list[File], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[File], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[File], await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.create(
            file=b"file",
            purpose=FilesPostRequestPurpose("assistants"),
        )
        assert_matches_type(File, result)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.create(
            file=b"file",
            purpose=FilesPostRequestPurpose("assistants"),
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(File, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.create(
            file=b"file",
            purpose=FilesPostRequestPurpose("assistants"),
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(File, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_delete_all(self, async_client: AsyncOperationsAPI) -> None:
        # It returns None: not raising is the test.
        await async_client.files.delete_all()

    @pytest.mark.anyio
    async def test_delete_all_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.delete_all()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_delete_all_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.delete_all() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_options(self, async_client: AsyncOperationsAPI) -> None:
        # It returns None: not raising is the test.
        await async_client.files.options()

    @pytest.mark.anyio
    async def test_options_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.options()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_options_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.options() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_head(self, async_client: AsyncOperationsAPI) -> None:
        # It returns None: not raising is the test.
        await async_client.files.head()

    @pytest.mark.anyio
    async def test_head_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.head()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_head_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.head() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_search(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.search(
            query="query",
        )
        assert_matches_type(builtins.list[File], result)

    @pytest.mark.anyio
    async def test_search_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.search(
            query="query",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[File], response.parse())

    @pytest.mark.anyio
    async def test_search_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.search(
            query="query",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[File], await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.retrieve(
            file_id="file_id",
        )
        assert_matches_type(File, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.retrieve(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(File, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.retrieve(
            file_id="file_id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(File, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_file_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.files.retrieve(
                file_id="",
            )

    @pytest.mark.anyio
    async def test_replace(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.replace(
            file_id="file_id",
            body=b"body",
        )
        assert_matches_type(File | None, result)

    @pytest.mark.anyio
    async def test_replace_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.replace(
            file_id="file_id",
            body=b"body",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(File | None, response.parse())

    @pytest.mark.anyio
    async def test_replace_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.replace(
            file_id="file_id",
            body=b"body",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(File | None, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_replace_refuses_empty_file_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.files.replace(
                file_id="",
                body=b"body",
            )

    @pytest.mark.anyio
    async def test_delete(self, async_client: AsyncOperationsAPI) -> None:
        # It returns None: not raising is the test.
        await async_client.files.delete(
            file_id="file_id",
        )

    @pytest.mark.anyio
    async def test_delete_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.delete(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(None, response.parse())

    @pytest.mark.anyio
    async def test_delete_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.delete(
            file_id="file_id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(None, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_delete_refuses_empty_file_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.files.delete(
                file_id="",
            )

    @pytest.mark.anyio
    async def test_update(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.update(
            file_id="file_id",
            name="name",
        )
        assert_matches_type(File, result)

    @pytest.mark.anyio
    async def test_update_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.update(
            file_id="file_id",
            name="name",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(File, response.parse())

    @pytest.mark.anyio
    async def test_update_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.update(
            file_id="file_id",
            name="name",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(File, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_update_refuses_empty_file_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.files.update(
                file_id="",
                name="name",
            )

    @pytest.mark.anyio
    async def test_content(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.content(
            file_id="file_id",
        )
        assert_matches_type(bytes, result)

    @pytest.mark.anyio
    async def test_content_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.content(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(bytes, response.parse())

    @pytest.mark.anyio
    async def test_content_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.content(
            file_id="file_id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(bytes, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_content_refuses_empty_file_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.files.content(
                file_id="",
            )

    @pytest.mark.anyio
    async def test_summary(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.summary(
            file_id="file_id",
        )
        assert_matches_type(str, result)

    @pytest.mark.anyio
    async def test_summary_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.summary(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(str, response.parse())

    @pytest.mark.anyio
    async def test_summary_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.summary(
            file_id="file_id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(str, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_summary_refuses_empty_file_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.files.summary(
                file_id="",
            )

    @pytest.mark.anyio
    async def test_notes(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.notes(
            file_id="file_id",
            body="body",
        )
        assert_matches_type(Note, result)

    @pytest.mark.anyio
    async def test_notes_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.notes(
            file_id="file_id",
            body="body",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Note, response.parse())

    @pytest.mark.anyio
    async def test_notes_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.notes(
            file_id="file_id",
            body="body",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Note, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_notes_refuses_empty_file_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.files.notes(
                file_id="",
                body="body",
            )

    @pytest.mark.anyio
    async def test_labels(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.labels(
            file_id="file_id",
            body=["string"],
        )
        assert_matches_type(builtins.list[str], result)

    @pytest.mark.anyio
    async def test_labels_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.labels(
            file_id="file_id",
            body=["string"],
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[str], response.parse())

    @pytest.mark.anyio
    async def test_labels_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.labels(
            file_id="file_id",
            body=["string"],
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[str], await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_labels_refuses_empty_file_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.files.labels(
                file_id="",
                body=["string"],
            )

    @pytest.mark.anyio
    async def test_archive(self, async_client: AsyncOperationsAPI) -> None:
        result = await async_client.files.archive(
            file_id="file_id",
        )
        assert_matches_type(Job, result)

    @pytest.mark.anyio
    async def test_archive_raw_response(self, async_client: AsyncOperationsAPI) -> None:
        response = await async_client.files.with_raw_response.archive(
            file_id="file_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Job, response.parse())

    @pytest.mark.anyio
    async def test_archive_streaming_response(self, async_client: AsyncOperationsAPI) -> None:
        async with async_client.files.with_streaming_response.archive(
            file_id="file_id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Job, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_archive_refuses_empty_file_id(self, async_client: AsyncOperationsAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.files.archive(
                file_id="",
            )
