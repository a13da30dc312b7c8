"""Models for the API's requests and responses, their module imported on first use.

``from operations_api.types import BatchesIdsGetResponse`` loads the module that defines it.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .schemas import BatchesIdsGetResponse as BatchesIdsGetResponse
    from .schemas import Error as Error
    from .schemas import File as File
    from .schemas import FilesFileIdLabelsPutRequest as FilesFileIdLabelsPutRequest
    from .schemas import FilesFileIdLabelsPutResponse as FilesFileIdLabelsPutResponse
    from .schemas import FilesFileIdPatchRequest as FilesFileIdPatchRequest
    from .schemas import FilesFileIdPatchRequestObject as FilesFileIdPatchRequestObject
    from .schemas import FilesGetFilter as FilesGetFilter
    from .schemas import FilesGetFilterSize as FilesGetFilterSize
    from .schemas import FilesGetResponse as FilesGetResponse
    from .schemas import FilesPostRequest as FilesPostRequest
    from .schemas import FilesPostRequestMeta as FilesPostRequestMeta
    from .schemas import FilesPostRequestPurpose as FilesPostRequestPurpose
    from .schemas import FilesSearchPostRequest as FilesSearchPostRequest
    from .schemas import FilesSearchPostResponse as FilesSearchPostResponse
    from .schemas import Job as Job
    from .schemas import JobsPostRequest as JobsPostRequest
    from .schemas import JobStatus as JobStatus
    from .schemas import License as License
    from .schemas import Note as Note
    from .schemas import Repo as Repo
    from .schemas import ReposRepoIdPutRequest as ReposRepoIdPutRequest

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "BatchesIdsGetResponse": "schemas",
    "Error": "schemas",
    "File": "schemas",
    "FilesFileIdLabelsPutRequest": "schemas",
    "FilesFileIdLabelsPutResponse": "schemas",
    "FilesFileIdPatchRequest": "schemas",
    "FilesFileIdPatchRequestObject": "schemas",
    "FilesGetFilter": "schemas",
    "FilesGetFilterSize": "schemas",
    "FilesGetResponse": "schemas",
    "FilesPostRequest": "schemas",
    "FilesPostRequestMeta": "schemas",
    "FilesPostRequestPurpose": "schemas",
    "FilesSearchPostRequest": "schemas",
    "FilesSearchPostResponse": "schemas",
    "Job": "schemas",
    "JobStatus": "schemas",
    "JobsPostRequest": "schemas",
    "License": "schemas",
    "Note": "schemas",
    "Repo": "schemas",
    "ReposRepoIdPutRequest": "schemas",
}

__all__ = [
    "BatchesIdsGetResponse",
    "Error",
    "File",
    "FilesFileIdLabelsPutRequest",
    "FilesFileIdLabelsPutResponse",
    "FilesFileIdPatchRequest",
    "FilesFileIdPatchRequestObject",
    "FilesGetFilter",
    "FilesGetFilterSize",
    "FilesGetResponse",
    "FilesPostRequest",
    "FilesPostRequestMeta",
    "FilesPostRequestPurpose",
    "FilesSearchPostRequest",
    "FilesSearchPostResponse",
    "Job",
    "JobStatus",
    "JobsPostRequest",
    "License",
    "Note",
    "Repo",
    "ReposRepoIdPutRequest",
]


def __getattr__(name: str) -> _typing.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
