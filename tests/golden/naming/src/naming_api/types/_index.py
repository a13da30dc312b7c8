"""Each model class, and the module of ``types`` that defines it."""

MODULES: dict[str, str] = {
    "ApiV1RecordsGetResponse": "schemas",
    "Record": "schemas",
    "RecordStatus": "schemas",
    "RecordsResource": "schemas",
}
