# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import Inner as Inner
from .schemas import Thing as Thing
from .schemas import ThingsGetResponse as ThingsGetResponse

__all__ = [
    "Inner",
    "Thing",
    "ThingsGetResponse",
]
