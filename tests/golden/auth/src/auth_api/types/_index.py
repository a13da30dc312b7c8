"""Each model class, and the module of ``types`` that defines it."""

MODULES: dict[str, str] = {
    "Status": "schemas",
    "Widget": "schemas",
    "WidgetsGetResponse": "schemas",
    "WidgetsPostRequest": "schemas",
}
