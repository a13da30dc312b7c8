# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
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
