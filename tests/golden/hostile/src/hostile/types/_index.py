"""Each model class, and the module of ``types`` that defines it."""

MODULES: dict[str, str] = {
    "EtcNmzq": "schemas",
    "Init": "schemas",
    "InitTypesGetResponse": "schemas",
    "OsSystemNmzq": "schemas",
    "TypesPostRequest": "schemas",
    "Widget": "schemas",
    "WidgetsNmzqIdGetXOpenNmzqRanW": "schemas",
}
