"""Each model class, and the module of ``types`` that defines it."""

MODULES: dict[str, str] = {
    "AccountsAccountSidMessagesGetResponse": "schemas",
    "AccountsAccountSidMessagesPostRequest": "schemas",
    "AccountsSidGetResponse": "schemas",
    "Coordinates": "schemas",
    "Message": "schemas",
    "MessageDeliveredWebhook": "schemas",
    "MessageFailed": "schemas",
    "MessageStatus": "schemas",
    "OnMessageCallback": "schemas",
    "Plan": "schemas",
    "Repository": "schemas",
    "Route": "schemas",
    "SubscriptionsPostRequest": "schemas",
    "User": "schemas",
    "UserReposGetResponse": "schemas",
}
