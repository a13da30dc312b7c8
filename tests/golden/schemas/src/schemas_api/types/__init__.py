"""Models for the API's requests and responses."""

from .schemas import (
    Account as Account,
)
from .schemas import (
    Address as Address,
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
    Geo as Geo,
)
from .schemas import (
    Limits as Limits,
)
from .schemas import (
    Lizard as Lizard,
)
from .schemas import (
    NewPet as NewPet,
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
    PetType as PetType,
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
    Tag as Tag,
)
from .schemas import (
    TreeNode as TreeNode,
)
from .schemas import (
    Volume as Volume,
)

__all__ = [
    "Account",
    "Address",
    "Author",
    "Book",
    "Cat",
    "Circle",
    "Dog",
    "Geo",
    "Limits",
    "Lizard",
    "NewPet",
    "Pet",
    "PetBase",
    "PetType",
    "PetsGetResponse",
    "Shape",
    "Square",
    "Status",
    "Tag",
    "TreeNode",
    "Volume",
]
