"""Each model class, and the module of ``types`` that defines it."""

MODULES: dict[str, str] = {
    "ChargesGetResponse": "schemas",
    "EventsGetResponse": "schemas",
    "Item": "schemas",
    "Items": "schemas",
    "LogsGetResponse": "schemas",
    "MessagesGetResponse": "schemas",
    "OrdersGetResponse": "schemas",
    "PeopleGetResponse": "schemas",
    "ReportsGetResponse": "schemas",
    "ReposGetResponse": "schemas",
    "SheetsGetResponse": "schemas",
    "TokensGetResponse": "schemas",
}
