"""How an argument looks on the command line: its flag's type, choices, placeholder and help."""

from __future__ import annotations

from typing import Any, Literal

from ..ir.model import MISSING, Schema
from .filters import comment
from .pytypes import TypeMapper

CliType = Literal[
    "str", "int", "float", "bool", "json", "file", "bytes"
]  # file: a multipart upload

MAX_HELP_DESCRIPTION = 200


MAX_HELP_DEFAULT = 60


MAX_INLINE_CHOICES = 8  # more choices are listed in the help text, not in the flag's placeholder


_TYPE_METAVARS: dict[CliType, str] = {
    "int": "INT",
    "float": "NUMBER",
    "json": "JSON",
    "file": "PATH",
    "bytes": "PATH",
    "str": "STRING",
}


_FORMAT_METAVARS = {
    "uuid": "UUID",
    "date-time": "DATETIME",
    "date": "DATE",
    "time": "TIME",
    "uri": "URL",
    "url": "URL",
    "email": "EMAIL",
}


def cli_shape(schema: Schema, types: TypeMapper) -> dict[str, Any]:
    """How a value is typed on the command line: a scalar flag, a repeatable one, or JSON."""
    target = types.api.resolve(schema)
    default = schema.default if schema.default is not MISSING else target.default
    if target.is_array and target.items is not None:
        item = types.api.resolve(target.items)
        cli_type, choices = _cli_scalar(item)
        if cli_type not in ("json", "file"):
            return {
                "cli_multiple": True,
                "spec_default": default,
                **_cli_value(cli_type, choices, item),
            }
    cli_type, choices = _cli_scalar(target)
    return {"spec_default": default, **_cli_value(cli_type, choices, target)}


def _cli_value(
    cli_type: CliType, choices: tuple[str, ...] | tuple[int, ...], schema: Schema
) -> dict[str, Any]:
    return {
        "cli_type": cli_type,
        "cli_choices": choices,
        "cli_type_name": _type_name(cli_type, schema),
        "cli_metavar": _metavar(cli_type, choices, schema),
    }


def cli_body_shape(encoding: str, schema: Schema, types: TypeMapper) -> dict[str, Any]:
    """A whole request body given as one flag: a file, a text, or JSON."""
    if encoding == "binary":
        return _cli_value("bytes", (), schema)
    if encoding == "text":
        return {"cli_type": "str", "cli_type_name": "text", "cli_metavar": "TEXT"}
    return _cli_value("json", (), types.api.resolve(schema))


def _cli_scalar(schema: Schema) -> tuple[CliType, tuple[str, ...] | tuple[int, ...]]:
    if schema.enum is not None:
        values = tuple(
            value for value in schema.enum if value is not None
        )  # null is not typed on a command line
        if values and all(isinstance(value, str) for value in values):
            return "str", values
        if values and all(
            isinstance(value, int) and not isinstance(value, bool) for value in values
        ):
            return "int", values
        return "json", ()
    if schema.one_of or schema.any_of or schema.all_of or len(schema.types) != 1:
        return "json", ()  # unions, objects and untyped values are given as JSON
    kind = schema.types[0]
    if kind == "string":
        return ("file" if schema.is_binary else "str"), ()
    scalar: dict[str, CliType] = {"integer": "int", "number": "float", "boolean": "bool"}
    return scalar.get(kind, "json"), ()


def _type_name(cli_type: CliType, schema: Schema) -> str:
    if cli_type in ("file", "bytes"):
        return "path of a file to upload, - for stdin"
    if cli_type == "json":
        if schema.is_object or schema.all_of:
            return "JSON object"
        if schema.is_array:
            return "JSON array"
        return "JSON"
    name = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}[cli_type]
    if schema.format and cli_type == "str":
        name += f", format {comment(schema.format, 40)}"
    return name


def _metavar(
    cli_type: CliType, choices: tuple[str, ...] | tuple[int, ...], schema: Schema
) -> str | None:
    if cli_type == "bool" or (choices and len(choices) <= MAX_INLINE_CHOICES):
        return None
    if cli_type == "str" and schema.format in _FORMAT_METAVARS:
        return _FORMAT_METAVARS[schema.format]
    return _TYPE_METAVARS[cli_type]
