# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import Error as Error
from .schemas import NewPet as NewPet
from .schemas import NewPetKind as NewPetKind
from .schemas import NewPetOwner as NewPetOwner
from .schemas import Pet as Pet
from .schemas import PetsGetResponse as PetsGetResponse

__all__ = [
    "Error",
    "NewPet",
    "NewPetKind",
    "NewPetOwner",
    "Pet",
    "PetsGetResponse",
]
