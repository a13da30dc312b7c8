"""Models for the API's requests and responses, one module per type, each imported on first use.

``from schemas_api.types import Account`` loads the module that defines it and the modules it uses, nothing else.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .account import Account as Account
    from .account import AccountAddress as AccountAddress
    from .account import AccountAddressGeo as AccountAddressGeo
    from .account import AccountLimitsValue as AccountLimitsValue
    from .account import AccountTag as AccountTag
    from .author import Author as Author
    from .author import Book as Book
    from .cat import Cat as Cat
    from .circle import Circle as Circle
    from .dog import Dog as Dog
    from .lizard import Lizard as Lizard
    from .new_pet import NewPet as NewPet
    from .new_pet import NewPetType as NewPetType
    from .pet import Pet as Pet
    from .pet_base import PetBase as PetBase
    from .pets_get_response import PetsGetResponse as PetsGetResponse
    from .shape import Shape as Shape
    from .square import Square as Square
    from .status import Status as Status
    from .tree_node import TreeNode as TreeNode
    from .volume import Volume as Volume

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
    "Account": "account",
    "AccountAddress": "account",
    "AccountAddressGeo": "account",
    "AccountLimitsValue": "account",
    "AccountTag": "account",
    "Author": "author",
    "Book": "author",
    "Cat": "cat",
    "Circle": "circle",
    "Dog": "dog",
    "Lizard": "lizard",
    "NewPet": "new_pet",
    "NewPetType": "new_pet",
    "Pet": "pet",
    "PetBase": "pet_base",
    "PetsGetResponse": "pets_get_response",
    "Shape": "shape",
    "Square": "square",
    "Status": "status",
    "TreeNode": "tree_node",
    "Volume": "volume",
}

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


def __getattr__(name: str) -> _typing.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
