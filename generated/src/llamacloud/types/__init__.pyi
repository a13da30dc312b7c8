# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import ClassifierRule as ClassifierRule
from .schemas import ClassifyJob as ClassifyJob
from .schemas import ClassifyMode as ClassifyMode
from .schemas import ClassifyParsingConfiguration as ClassifyParsingConfiguration
from .schemas import HTTPValidationError as HTTPValidationError
from .schemas import PaginatedResponseClassifyJob as PaginatedResponseClassifyJob
from .schemas import ParserLanguages as ParserLanguages
from .schemas import StatusEnum as StatusEnum
from .schemas import ValidationError as ValidationError

__all__ = [
    "ClassifierRule",
    "ClassifyJob",
    "ClassifyMode",
    "ClassifyParsingConfiguration",
    "HTTPValidationError",
    "PaginatedResponseClassifyJob",
    "ParserLanguages",
    "StatusEnum",
    "ValidationError",
]
