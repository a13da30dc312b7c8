# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
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
