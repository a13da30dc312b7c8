"""Models for the API's requests and responses."""

from .schemas import (
    Error as Error,
)
from .schemas import (
    Kind as Kind,
)
from .schemas import (
    NewPet as NewPet,
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

__all__ = [
    "Error",
    "Kind",
    "NewPet",
    "Owner",
    "Pet",
    "PetsGetResponse",
]
