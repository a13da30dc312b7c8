"""The SDK's own names when the configuration gives none: from the spec's ``info.title``.

``LlamaCloud API`` gives the package ``llamacloud``, the client ``LlamaCloud``, the command
``llamacloud``, the distribution ``llamacloud`` and the environment variables
``LLAMACLOUD_API_KEY`` and ``LLAMACLOUD_BASE_URL``. A title that gives no usable name leaves
the configuration's defaults (``client``, ``Client``, ``API_API_KEY``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Any

from ..config import NAME_SETTINGS, Config, _hidden_by
from .identifiers import is_safe_identifier
from .reserved import TEMPLATE_NAMES

# Trailing words that say what the document is rather than what the API is called.
_NOT_THE_NAME = frozenset(
    {"api", "apis", "openapi", "swagger", "rest", "restful", "http", "https", "json", "service",
     "services", "spec", "specs", "specification", "definition", "definitions", "documentation",
     "docs", "reference", "sdk", "interface", "server", "endpoints"}
)  # fmt: skip
_VERSION = re.compile(r"v?\d+(\.\d+)*([a-z]+\d*)?", re.IGNORECASE)  # v1, 3.0.1, v1beta1, 2024
_WORD = re.compile(r"[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*")  # 3.0 and Node.js stay one word here
_MAX_PACKAGE = 40

# Names the package's __init__.py and _client.py define or import beside the client class,
# its Async twin and its Error class: a client of one of these names would hide it.
# tests/test_sdk_names.py keeps the list whole.
RUNTIME_NAMES = TEMPLATE_NAMES | frozenset(
    {"APIConnectionError", "APIError", "APIResponse", "APIResponseValidationError",
     "APIStatusError", "APITimeoutError", "AsyncAPIClient", "AsyncStreamedAPIResponse",
     "AuthenticationError",
     "BadRequestError", "ConflictError", "Credential", "Credentials", "CrossOriginNextPageError",
     "DEFAULT_MAX_RESPONSE_BYTES", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "EventTooLargeError",
     "InternalServerError", "MissingCredentialsError", "NotFoundError", "PaginationError",
     "PermissionDeniedError", "RateLimitError", "RepeatedCursorError", "ResponseTooLargeError",
     "SCHEMES", "SDKError", "SECURITY", "Scheme", "Self", "StreamError", "StreamedAPIResponse",
     "SyncAPIClient", "UnprocessableEntityError",
     "ValidationIssue", "ValidationProblem", "cached_property", "httpx", "os"}
)  # fmt: skip
# Endings of the classes the SDK defines for resources and pages, whatever they are named.
_CLASS_ENDINGS = ("Resource", "ResourceWithRawResponse", "ResourceWithStreamingResponse", "Page")


def title_words(title: str) -> list[str]:
    """The words that name the API: ASCII letters and digits, without the trailing words that
    name the document (``API``, ``OpenAPI``, ``Service``, ``Spec``...) or its version."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = _WORD.findall(ascii_title)
    while words and (words[-1].lower() in _NOT_THE_NAME or _VERSION.fullmatch(words[-1])):
        words.pop()
    return [part for word in words for part in word.split(".")]


def names_from_title(title: str) -> dict[str, str]:
    """``package``, ``client_class``, ``cli_name``, ``distribution`` and ``env_prefix`` from
    ``title``; none when it has no name that starts with a letter."""
    words = title_words(title)
    while len("_".join(words)) > _MAX_PACKAGE:
        words.pop()
    if not words or not words[0][0].isalpha():
        return {}
    package = "_".join(word.lower() for word in words)
    if not _usable_package(package):
        package += "_sdk"  # `json` would hide the standard library's json
        if not _usable_package(package):
            return {}
    kebab = "-".join(word.lower() for word in words)
    return {
        "package": package,
        "client_class": _client_class("".join(word[0].upper() + word[1:] for word in words)),
        "cli_name": kebab,
        "distribution": kebab,
        "env_prefix": "_".join(word.upper() for word in words),
    }


def _usable_package(name: str) -> bool:
    return is_safe_identifier(name) and not any(
        _hidden_by(module) for module in (name, f"{name}_cli")
    )


def _client_class(name: str) -> str:
    """``name``, or ``nameClient`` if the SDK's own code takes it (``Timeout``, ``APIStatus``
    whose error would be ``APIStatusError``), or ``Client``."""
    for candidate in (name, f"{name}Client"):
        variants = (candidate, f"Async{candidate}", f"{candidate}Error")
        if is_safe_identifier(candidate) and not (
            RUNTIME_NAMES.intersection(variants) or candidate.endswith(_CLASS_ENDINGS)
        ):
            return candidate
    return "Client"


def named_after_title(config: Config, title: object) -> Config:
    """``config`` with each name it leaves out taken from the spec's title, if that gives one."""
    names = names_from_title(title) if isinstance(title, str) else {}
    chosen: dict[str, Any] = {
        key: names[key] for key in NAME_SETTINGS if key in names and key in config.unnamed
    }
    return replace(config, **chosen) if chosen else config
