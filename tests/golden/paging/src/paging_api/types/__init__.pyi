# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import ChargesGetResponse as ChargesGetResponse
from .schemas import EventsGetResponse as EventsGetResponse
from .schemas import Item as Item
from .schemas import Items as Items
from .schemas import LogsGetResponse as LogsGetResponse
from .schemas import MessagesGetResponse as MessagesGetResponse
from .schemas import OrdersGetResponse as OrdersGetResponse
from .schemas import PeopleGetResponse as PeopleGetResponse
from .schemas import ReportsGetResponse as ReportsGetResponse
from .schemas import ReposGetResponse as ReposGetResponse
from .schemas import SheetsGetResponse as SheetsGetResponse
from .schemas import TokensGetResponse as TokensGetResponse

__all__ = [
    "ChargesGetResponse",
    "EventsGetResponse",
    "Item",
    "Items",
    "LogsGetResponse",
    "MessagesGetResponse",
    "OrdersGetResponse",
    "PeopleGetResponse",
    "ReportsGetResponse",
    "ReposGetResponse",
    "SheetsGetResponse",
    "TokensGetResponse",
]
