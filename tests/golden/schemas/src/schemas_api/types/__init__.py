"""Models for the API's requests and responses."""

from .schemas import (
    Account as Account,
)
from .schemas import (
    AccountAddress as AccountAddress,
)
from .schemas import (
    AccountAddressGeo as AccountAddressGeo,
)
from .schemas import (
    AccountLimitsValue as AccountLimitsValue,
)
from .schemas import (
    AccountTag as AccountTag,
)
from .schemas import (
    Author as Author,
)
from .schemas import (
    Book as Book,
)
from .schemas import (
    Cat as Cat,
)
from .schemas import (
    Circle as Circle,
)
from .schemas import (
    Dog as Dog,
)
from .schemas import (
    Lizard as Lizard,
)
from .schemas import (
    NewPet as NewPet,
)
from .schemas import (
    NewPetType as NewPetType,
)
from .schemas import (
    Pet as Pet,
)
from .schemas import (
    PetBase as PetBase,
)
from .schemas import (
    PetsGetResponse as PetsGetResponse,
)
from .schemas import (
    Shape as Shape,
)
from .schemas import (
    Square as Square,
)
from .schemas import (
    Status as Status,
)
from .schemas import (
    TreeNode as TreeNode,
)
from .schemas import (
    Volume as Volume,
)

__all__ = [
    "Account",
    "AccountAddress",
    "AccountAddressGeo",
    "AccountLimitsValue",
    "AccountTag",
    "Author",
    "Book",
    "Cat",
    "Circle",
    "Dog",
    "Lizard",
    "NewPet",
    "NewPetType",
    "Pet",
    "PetBase",
    "PetsGetResponse",
    "Shape",
    "Square",
    "Status",
    "TreeNode",
    "Volume",
]
