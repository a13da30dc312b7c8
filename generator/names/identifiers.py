"""Turn names from the spec into safe Python identifiers, CLI flags and file names.

Everything that comes from the spec and lands in code as a name goes through
here, so a name like ``os.system("x")`` or ``../../etc`` can only ever become
an inert identifier.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Iterable

_WORD_BOUNDARY = re.compile(r"([a-z0-9])([A-Z])|([A-Z]+)([A-Z][a-z])")
_NOT_ALNUM = re.compile(r"[^0-9a-zA-Z]+")

# Names that read like digits (ruff's E741): ``l``, ``O`` and ``I`` get a trailing underscore.
AMBIGUOUS = frozenset({"l", "O", "I"})
# Names that would shadow something a generated method or class relies on.
RESERVED_PARAMETER_NAMES = frozenset(
    {"self", "cls", "extra_headers", "extra_query", "extra_body", "timeout", "httpx"}
)
# Flags the generated CLI defines for itself on every command.
RESERVED_CLI_FLAGS = frozenset(
    {
        "help",
        "version",
        "api-key",
        "base-url",
        "format",
        "timeout",
        "max-retries",
        "debug",
        "all",
        "max-items",
    }
)
# Attributes every resource class has besides its methods.
RESERVED_METHOD_NAMES = frozenset({"with_raw_response", "with_streaming_response"})
RESERVED_RESOURCE_NAMES = frozenset(
    {
        "with_raw_response",
        "with_streaming_response",
        "close",
        "api_key",
        "base_url",
        "timeout",
        "max_retries",
        "copy",
        "with_options",
        "get",
        "request",
    }
)

# What the SDK's models define: pydantic's BaseModel (its public attributes) and the SDK's own
# BaseModel in _models.py. A property by one of these names would hide a method (``to_dict``)
# or break the class (``model_config``); it gets a trailing underscore and keeps its wire
# name as its alias. tests/test_collisions.py keeps this true to both classes.
MODEL_ATTRIBUTES = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "model_computed_fields",
        "model_config",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_extra",
        "model_fields",
        "model_fields_set",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "to_dict",
        "to_json",
        "update_forward_refs",
        "validation_problems",
        "validate",
    }
)

# What Windows reserves for devices, in any case and with any extension: a file ``con.py``,
# ``aux.md`` or a folder ``nul/`` cannot be checked out there. Resource and method names name
# modules and docs pages, so they never take these.
WINDOWS_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
)

# Latin letters that Unicode does not decompose into ASCII ones.
_LATIN = str.maketrans({"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
                        "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "TH", "ı": "i"})  # fmt: skip


def words(text: str) -> list[str]:
    """Split ``text`` into lower-case ASCII words at case changes and punctuation.

    Accents are dropped (``Größe`` → ``grosse``); letters without an ASCII form
    (Cyrillic, CJK) are left out, so a look-alike can never pass for an ASCII name.
    """
    text = (
        unicodedata.normalize("NFKD", text.translate(_LATIN))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    text = _WORD_BOUNDARY.sub(lambda m: f"{m[1] or m[3]}_{m[2] or m[4]}", text)
    return [word.lower() for word in _NOT_ALNUM.split(text) if word]


def snake_case(text: str) -> str:
    return "_".join(words(text))


def kebab_case(text: str) -> str:
    return "-".join(words(text))


def pascal_case(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in words(text))


def python_identifier(text: str, *, fallback: str = "value", reserved: Iterable[str] = ()) -> str:
    """A snake_case identifier for ``text`` that is never a keyword or reserved name."""
    name = snake_case(text) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if (
        keyword.iskeyword(name)
        or keyword.issoftkeyword(name)
        or name in AMBIGUOUS
        or name in reserved
    ):
        name += "_"
    return name


def file_identifier(text: str, *, fallback: str, reserved: Iterable[str] = ()) -> str:
    """A :func:`python_identifier` that also names a file on every system (``con`` → ``con_``)."""
    return python_identifier(text, fallback=fallback, reserved={*reserved, *WINDOWS_DEVICE_NAMES})


def is_windows_device_name(file_name: str) -> bool:
    """True for ``con``, ``AUX.md``, ``nul.tar.gz``: a name Windows keeps for a device."""
    return file_name.split(".", 1)[0].lower() in WINDOWS_DEVICE_NAMES


def class_name(text: str, *, fallback: str = "Model") -> str:
    name = pascal_case(text) or fallback
    if name[0].isdigit():
        name = fallback + name
    if keyword.iskeyword(name):
        name += "_"
    return name


def cli_flag(python_name: str) -> str:
    """The CLI flag (without dashes) for an argument; never one of the CLI's own flags."""
    flag = kebab_case(python_name) or python_name
    return f"{flag}-param" if flag in RESERVED_CLI_FLAGS else flag


def unique(name: str, taken: set[str], *, first: int = 2, separator: str = "_") -> str:
    """Return ``name``, or ``name_2``, ``name_3``... (from ``first``) whichever is free, and take it."""
    candidate, n = name, first
    while candidate in taken:
        candidate = f"{name}{separator}{n}"
        n += 1
    taken.add(candidate)
    return candidate


def is_safe_identifier(text: str) -> bool:
    return text.isidentifier() and text.isascii() and not keyword.iskeyword(text)
