"""Each model class, and the module of ``types`` that defines it."""

MODULES: dict[str, str] = {
    "Error": "schemas",
    "NewPet": "schemas",
    "NewPetKind": "schemas",
    "NewPetOwner": "schemas",
    "Pet": "schemas",
    "PetsGetResponse": "schemas",
}
