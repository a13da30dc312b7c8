"""Each model class, and the module of ``types`` that defines it."""

MODULES: dict[str, str] = {
    "Address": "schemas",
    "Error": "schemas",
    "Owner": "schemas",
    "Pet": "schemas",
    "PetsGetResponse": "schemas",
    "Tag": "schemas",
}
