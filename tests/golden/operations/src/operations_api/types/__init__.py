"""Models for the API's requests and responses."""

from .schemas import (
    BatchesIdsGetResponse as BatchesIdsGetResponse,
)
from .schemas import (
    Error as Error,
)
from .schemas import (
    File as File,
)
from .schemas import (
    FilesFileIdLabelsPutRequest as FilesFileIdLabelsPutRequest,
)
from .schemas import (
    FilesFileIdLabelsPutResponse as FilesFileIdLabelsPutResponse,
)
from .schemas import (
    FilesFileIdPatchRequest as FilesFileIdPatchRequest,
)
from .schemas import (
    FilesGetResponse as FilesGetResponse,
)
from .schemas import (
    FilesPostRequest as FilesPostRequest,
)
from .schemas import (
    FilesSearchPostRequest as FilesSearchPostRequest,
)
from .schemas import (
    FilesSearchPostResponse as FilesSearchPostResponse,
)
from .schemas import (
    Filter as Filter,
)
from .schemas import (
    Job as Job,
)
from .schemas import (
    JobsPostRequest as JobsPostRequest,
)
from .schemas import (
    Meta as Meta,
)
from .schemas import (
    Note as Note,
)
from .schemas import (
    Object as Object,
)
from .schemas import (
    Purpose as Purpose,
)
from .schemas import (
    Size as Size,
)
from .schemas import (
    Status as Status,
)

__all__ = [
    "BatchesIdsGetResponse",
    "Error",
    "File",
    "FilesFileIdLabelsPutRequest",
    "FilesFileIdLabelsPutResponse",
    "FilesFileIdPatchRequest",
    "FilesGetResponse",
    "FilesPostRequest",
    "FilesSearchPostRequest",
    "FilesSearchPostResponse",
    "Filter",
    "Job",
    "JobsPostRequest",
    "Meta",
    "Note",
    "Object",
    "Purpose",
    "Size",
    "Status",
]
