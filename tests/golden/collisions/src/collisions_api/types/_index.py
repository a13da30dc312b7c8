"""Each model class, and the module of ``types`` that defines it."""

MODULES: dict[str, str] = {
    "Inner": "schemas",
    "Thing": "schemas",
    "ThingsGetResponse": "schemas",
}
