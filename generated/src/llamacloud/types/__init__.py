"""Models for the API's requests and responses, their module imported on first use.

``from llamacloud.types import ClassifierRule`` loads the module that defines it.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .schemas import ClassifierRule as ClassifierRule
    from .schemas import ClassifyJob as ClassifyJob
    from .schemas import ClassifyMode as ClassifyMode
    from .schemas import ClassifyParsingConfiguration as ClassifyParsingConfiguration
    from .schemas import HTTPValidationError as HTTPValidationError
    from .schemas import PaginatedResponseClassifyJob as PaginatedResponseClassifyJob
    from .schemas import ParserLanguages as ParserLanguages
    from .schemas import StatusEnum as StatusEnum
    from .schemas import ValidationError as ValidationError

# Each class, and the module that defines it.
_MODULES: dict[str, str] = {
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


def __getattr__(name: str) -> _typing.Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
