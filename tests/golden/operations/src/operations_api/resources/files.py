"""Operations on files."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from types import NoneType
from typing import IO, TYPE_CHECKING, Any, Literal, cast

from operations_api._base_client import RequestOptions, comma_separated, deep_object, delimited
from operations_api._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from operations_api._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout

# Models, pages and sub-resources are imported where they are first used.
if TYPE_CHECKING:
    from operations_api.types.schemas import (
        File,
        FilesFileIdPatchRequestObject,
        FilesGetFilter,
        FilesPostRequestMeta,
        FilesPostRequestPurpose,
        Job,
        Note,
    )

__all__ = [
    "FilesResource",
    "AsyncFilesResource",
    "FilesResourceWithRawResponse",
    "AsyncFilesResourceWithRawResponse",
    "FilesResourceWithStreamingResponse",
    "AsyncFilesResourceWithStreamingResponse",
]


class FilesResource(SyncAPIResource):
    """Operations on files."""

    @cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return FilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return FilesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        tag: Sequence[str] | None = None,
        ids: Sequence[int] | None = None,
        words: Sequence[str] | None = None,
        flags: Sequence[str] | None = None,
        filter: FilesGetFilter | Mapping[str, Any] | None = None,
        x_trace: Sequence[str] | None = None,
        region: Literal["eu", "us"] | None = None,
        include_deleted: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[File]:
        """List files

        Args:
          tag: Repeated, ?tag=a&tag=b.

          ids: Comma-separated, ?ids=1,2.

          filter: An object as filter[size][gt]=1.

          x_trace: A list in a header, a,b.

          include_deleted: Defaults to false.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return self._client._request(
            RequestOptions(
                method="get",
                path="/files",
                params={
                    "tag": tag,
                    "ids": comma_separated(ids),
                    "words": delimited(words, " "),
                    "flags": delimited(flags, "|"),
                    **deep_object("filter", filter),
                    "include_deleted": include_deleted,
                },
                headers={
                    "X-Trace": comma_separated(x_trace),
                },
                cookies={
                    "region": region,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[File],
        )

    def create(
        self,
        *,
        file: FileTypes,
        purpose: FilesPostRequestPurpose,
        attachments: Sequence[FileTypes] | NotGiven = NOT_GIVEN,
        meta: FilesPostRequestMeta | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> File:
        """Upload a file

        A multipart body with a file, a list of files, a text field and an object.

        Args:
          file: The file's bytes.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return self._client._request(
            RequestOptions(
                method="post",
                path="/files",
                form={
                    "purpose": purpose,
                    "meta": meta,
                },
                files={
                    "file": file,
                    "attachments": attachments,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=File,
        )

    def delete_all(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete every file

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="delete",
                path="/files",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def options(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """What the files endpoint allows

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="options",
                path="/files",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def head(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Check the files exist

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="head",
                path="/files",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def search(
        self,
        *,
        query: str,
        kinds: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[File]:
        """Search files (a static segment after a collection is an action)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return self._client._request(
            RequestOptions(
                method="post",
                path="/files/search",
                form={
                    "query": query,
                    "kinds": kinds,
                    **deep_object("metadata", metadata),
                },
                content_type="application/x-www-form-urlencoded",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=list[File],
        )

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> File:
        """Get a file

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return self._client._request(
            RequestOptions(
                method="get",
                path="/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=File,
        )

    def replace(
        self,
        file_id: str,
        *,
        body: bytes | IO[bytes],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> File | None:
        """Replace a file's bytes

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return self._client._request(
            RequestOptions(
                method="put",
                path="/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                content=None if isinstance(body, NotGiven) else body,
                content_type="application/octet-stream",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=cast("type[File | None]", File | None),
        )

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a file

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="delete",
                path="/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    def update(
        self,
        file_id: str,
        *,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        object: FilesFileIdPatchRequestObject | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> File:
        """Rename a file

        Args:
          name: The new name.

          object: A field named like a builtin the method body uses.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return self._client._request(
            RequestOptions(
                method="patch",
                path="/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                json_body={
                    "name": name,
                    "description": description,
                    "object": object,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=File,
        )

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download a file's bytes

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="get",
                path="/files/{file_id}/content",
                path_params={
                    "file_id": file_id,
                },
                headers={
                    "Accept": "application/octet-stream",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=bytes,
        )

    def summary(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """A file's summary, as text

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="get",
                path="/files/{file_id}/summary",
                path_params={
                    "file_id": file_id,
                },
                headers={
                    "Accept": "text/plain",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=str,
        )

    def notes(
        self,
        file_id: str,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Add a note (a text body)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Note

        return self._client._request(
            RequestOptions(
                method="post",
                path="/files/{file_id}/notes",
                path_params={
                    "file_id": file_id,
                },
                content=None if isinstance(body, NotGiven) else body,
                content_type="text/plain",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=Note,
        )

    def labels(
        self,
        file_id: str,
        *,
        body: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[str]:
        """Set labels (a JSON body that is not an object)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return self._client._request(
            RequestOptions(
                method="put",
                path="/files/{file_id}/labels",
                path_params={
                    "file_id": file_id,
                },
                json_body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[str],
        )

    def archive(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Archive a file (a custom method)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Job

        return self._client._request(
            RequestOptions(
                method="post",
                path="/files/{file_id}/:archive",
                path_params={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=Job,
        )


class FilesResourceWithRawResponse:
    def __init__(self, resource: FilesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete_all = to_raw_response_wrapper(resource.delete_all)
        self.options = to_raw_response_wrapper(resource.options)
        self.head = to_raw_response_wrapper(resource.head)
        self.search = to_raw_response_wrapper(resource.search)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.content = to_raw_response_wrapper(resource.content)
        self.summary = to_raw_response_wrapper(resource.summary)
        self.notes = to_raw_response_wrapper(resource.notes)
        self.labels = to_raw_response_wrapper(resource.labels)
        self.archive = to_raw_response_wrapper(resource.archive)


class FilesResourceWithStreamingResponse:
    def __init__(self, resource: FilesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from operations_api._streaming_response import to_streamed_response_wrapper

        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete_all = to_streamed_response_wrapper(resource.delete_all)
        self.options = to_streamed_response_wrapper(resource.options)
        self.head = to_streamed_response_wrapper(resource.head)
        self.search = to_streamed_response_wrapper(resource.search)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.replace = to_streamed_response_wrapper(resource.replace)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.update = to_streamed_response_wrapper(resource.update)
        self.content = to_streamed_response_wrapper(resource.content)
        self.summary = to_streamed_response_wrapper(resource.summary)
        self.notes = to_streamed_response_wrapper(resource.notes)
        self.labels = to_streamed_response_wrapper(resource.labels)
        self.archive = to_streamed_response_wrapper(resource.archive)


class AsyncFilesResource(AsyncAPIResource):
    """Operations on files."""

    @cached_property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``.parse()``)."""
        return AsyncFilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response is read only when asked."""
        return AsyncFilesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        tag: Sequence[str] | None = None,
        ids: Sequence[int] | None = None,
        words: Sequence[str] | None = None,
        flags: Sequence[str] | None = None,
        filter: FilesGetFilter | Mapping[str, Any] | None = None,
        x_trace: Sequence[str] | None = None,
        region: Literal["eu", "us"] | None = None,
        include_deleted: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[File]:
        """List files

        Args:
          tag: Repeated, ?tag=a&tag=b.

          ids: Comma-separated, ?ids=1,2.

          filter: An object as filter[size][gt]=1.

          x_trace: A list in a header, a,b.

          include_deleted: Defaults to false.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/files",
                params={
                    "tag": tag,
                    "ids": comma_separated(ids),
                    "words": delimited(words, " "),
                    "flags": delimited(flags, "|"),
                    **deep_object("filter", filter),
                    "include_deleted": include_deleted,
                },
                headers={
                    "X-Trace": comma_separated(x_trace),
                },
                cookies={
                    "region": region,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[File],
        )

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: FilesPostRequestPurpose,
        attachments: Sequence[FileTypes] | NotGiven = NOT_GIVEN,
        meta: FilesPostRequestMeta | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> File:
        """Upload a file

        A multipart body with a file, a list of files, a text field and an object.

        Args:
          file: The file's bytes.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/files",
                form={
                    "purpose": purpose,
                    "meta": meta,
                },
                files={
                    "file": file,
                    "attachments": attachments,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=File,
        )

    async def delete_all(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete every file

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="delete",
                path="/files",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    async def options(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """What the files endpoint allows

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="options",
                path="/files",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    async def head(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Check the files exist

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="head",
                path="/files",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    async def search(
        self,
        *,
        query: str,
        kinds: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[File]:
        """Search files (a static segment after a collection is an action)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/files/search",
                form={
                    "query": query,
                    "kinds": kinds,
                    **deep_object("metadata", metadata),
                },
                content_type="application/x-www-form-urlencoded",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=list[File],
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> File:
        """Get a file

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return await self._client._request(
            RequestOptions(
                method="get",
                path="/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=File,
        )

    async def replace(
        self,
        file_id: str,
        *,
        body: bytes | IO[bytes],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> File | None:
        """Replace a file's bytes

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return await self._client._request(
            RequestOptions(
                method="put",
                path="/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                content=None if isinstance(body, NotGiven) else body,
                content_type="application/octet-stream",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=cast("type[File | None]", File | None),
        )

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a file

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="delete",
                path="/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=NoneType,
        )

    async def update(
        self,
        file_id: str,
        *,
        name: str,
        description: str | None | NotGiven = NOT_GIVEN,
        object: FilesFileIdPatchRequestObject | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> File:
        """Rename a file

        Args:
          name: The new name.

          object: A field named like a builtin the method body uses.

          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          extra_body: Fields to add to the JSON body, over the method's own.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import File

        return await self._client._request(
            RequestOptions(
                method="patch",
                path="/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                json_body={
                    "name": name,
                    "description": description,
                    "object": object,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=File,
        )

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download a file's bytes

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="get",
                path="/files/{file_id}/content",
                path_params={
                    "file_id": file_id,
                },
                headers={
                    "Accept": "application/octet-stream",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=bytes,
        )

    async def summary(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """A file's summary, as text

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="get",
                path="/files/{file_id}/summary",
                path_params={
                    "file_id": file_id,
                },
                headers={
                    "Accept": "text/plain",
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=str,
        )

    async def notes(
        self,
        file_id: str,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Add a note (a text body)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Note

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/files/{file_id}/notes",
                path_params={
                    "file_id": file_id,
                },
                content=None if isinstance(body, NotGiven) else body,
                content_type="text/plain",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=Note,
        )

    async def labels(
        self,
        file_id: str,
        *,
        body: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> builtins.list[str]:
        """Set labels (a JSON body that is not an object)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        return await self._client._request(
            RequestOptions(
                method="put",
                path="/files/{file_id}/labels",
                path_params={
                    "file_id": file_id,
                },
                json_body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cast_to=list[str],
        )

    async def archive(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Archive a file (a custom method)

        Args:
          extra_headers: Headers to send with this request, on top of the client's.

          extra_query: Query parameters to add to this request.

          timeout: Override the client's timeout for this request, in seconds.
        """
        from operations_api.types.schemas import Job

        return await self._client._request(
            RequestOptions(
                method="post",
                path="/files/{file_id}/:archive",
                path_params={
                    "file_id": file_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                idempotency_header="Idempotency-Key",
            ),
            cast_to=Job,
        )


class AsyncFilesResourceWithRawResponse:
    def __init__(self, resource: AsyncFilesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete_all = async_to_raw_response_wrapper(resource.delete_all)
        self.options = async_to_raw_response_wrapper(resource.options)
        self.head = async_to_raw_response_wrapper(resource.head)
        self.search = async_to_raw_response_wrapper(resource.search)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.content = async_to_raw_response_wrapper(resource.content)
        self.summary = async_to_raw_response_wrapper(resource.summary)
        self.notes = async_to_raw_response_wrapper(resource.notes)
        self.labels = async_to_raw_response_wrapper(resource.labels)
        self.archive = async_to_raw_response_wrapper(resource.archive)


class AsyncFilesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncFilesResource) -> None:
        # Imported here: a program that never streams a response never loads it.
        from operations_api._streaming_response import async_to_streamed_response_wrapper

        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete_all = async_to_streamed_response_wrapper(resource.delete_all)
        self.options = async_to_streamed_response_wrapper(resource.options)
        self.head = async_to_streamed_response_wrapper(resource.head)
        self.search = async_to_streamed_response_wrapper(resource.search)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.replace = async_to_streamed_response_wrapper(resource.replace)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.content = async_to_streamed_response_wrapper(resource.content)
        self.summary = async_to_streamed_response_wrapper(resource.summary)
        self.notes = async_to_streamed_response_wrapper(resource.notes)
        self.labels = async_to_streamed_response_wrapper(resource.labels)
        self.archive = async_to_streamed_response_wrapper(resource.archive)
