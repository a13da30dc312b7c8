"""Models for the API's requests and responses."""

from .schemas import (
    Address as Address,
)
from .schemas import (
    Error as Error,
)
from .schemas import (
    Owner as Owner,
)
from .schemas import (
    Pet as Pet,
)
from .schemas import (
    PetsGetResponse as PetsGetResponse,
)
from .schemas import (
    Tag as Tag,
)

__all__ = [
    "Address",
    "Error",
    "Owner",
    "Pet",
    "PetsGetResponse",
    "Tag",
]
