"""Each model class, and the module of ``types`` that defines it."""

MODULES: dict[str, str] = {
    "ClassifierRule": "schemas",
    "ClassifyJob": "schemas",
    "ClassifyMode": "schemas",
    "ClassifyParsingConfiguration": "schemas",
    "HTTPValidationError": "schemas",
    "PaginatedResponseClassifyJob": "schemas",
    "ParserLanguages": "schemas",
    "StatusEnum": "schemas",
    "ValidationError": "schemas",
}
