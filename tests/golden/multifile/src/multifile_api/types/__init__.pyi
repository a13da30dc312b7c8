# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import Address as Address
from .schemas import Error as Error
from .schemas import Owner as Owner
from .schemas import Pet as Pet
from .schemas import PetsGetResponse as PetsGetResponse
from .schemas import Tag as Tag

__all__ = [
    "Address",
    "Error",
    "Owner",
    "Pet",
    "PetsGetResponse",
    "Tag",
]
