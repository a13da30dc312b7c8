"""How an operation looks as a Python method: arguments, annotations, return type.

The resource templates lay these out; the decisions (what is optional, how a
value is typed, what the method returns) are made here, once, for both the
sync and the async client.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any, Literal

from .filters import comment
from .ir import MISSING, Operation, Schema
from .pytypes import ImportSet, PyType, TypeMapper

ArgKind = Literal["path", "query", "header", "cookie", "body_field", "body", "file"]
CliType = Literal["str", "int", "float", "bool", "json", "file", "bytes"]  # file: a multipart upload


@dataclass(frozen=True, slots=True)
class Arg:
    python_name: str
    wire_name: str
    kind: ArgKind
    annotation: str
    default: str | None  # Python source of the default; None when required
    description: str | None
    schema: Schema | None = None
    comma_separated: bool = False  # a list query parameter sent as a,b,c
    deprecated: bool = False
    cli_flag: str = ""
    cli_type: CliType = "str"
    cli_multiple: bool = False  # the flag may be repeated to build a list
    cli_choices: tuple[str, ...] | tuple[int, ...] = ()
    cli_metavar: str | None = "STRING"  # the placeholder in --help; None lets argparse list the choices
    cli_type_name: str = "string"  # how --help names the value: "string, format uuid", "JSON object"...
    cli_default: Any = MISSING  # the spec's default, shown in --help

    @property
    def required(self) -> bool:
        return self.default is None

    @property
    def cli_help(self) -> str:
        """One line for --help: the description, then the facts about the value in brackets."""
        facts = []
        if self.cli_choices and len(self.cli_choices) > MAX_INLINE_CHOICES:
            facts.append("one of: " + ", ".join(str(choice) for choice in self.cli_choices))
        elif not self.cli_choices and self.cli_type != "bool":
            facts.append(self.cli_type_name)
        if self.required:
            facts.append("required")
        if self.cli_multiple:
            facts.append("repeat the flag for several values")
        if self.cli_default is not MISSING and self.cli_default is not None:
            shown = self.cli_default if isinstance(self.cli_default, str) else json.dumps(self.cli_default)
            facts.append(f"default: {comment(shown, MAX_HELP_DEFAULT)}")
        if self.deprecated:
            facts.append("deprecated")
        description = comment(self.description, MAX_HELP_DESCRIPTION)
        parts = [description] if description else []
        if facts:
            parts.append("[" + "; ".join(facts) + "]")
        return comment(" ".join(parts))


@dataclass(frozen=True, slots=True)
class MethodView:
    operation: Operation
    args: tuple[Arg, ...]
    return_type: str  # what the sync method returns
    cast_to: str | None  # the cast_to expression, for non-paginated methods
    page_class: str | None  # e.g. "CursorPage", for paginated methods
    item_type: str | None

    @property
    def name(self) -> str:
        return self.operation.method_name

    def of_kind(self, *kinds: ArgKind) -> tuple[Arg, ...]:
        return tuple(arg for arg in self.args if arg.kind in kinds)

    @property
    def cli_summary(self) -> str:
        summary = comment(self.operation.summary)
        return f"{summary} (deprecated)" if self.operation.deprecated else summary

    @property
    def cli_cursor_flag(self) -> str | None:
        """The flag that takes a page cursor, for the CLI's "next page" hint."""
        pagination = self.operation.pagination
        if pagination is None:
            return None
        for arg in self.args:
            if arg.kind == "query" and arg.wire_name == pagination.request_param:
                return arg.cli_flag
        return None

    @property
    def sync_return(self) -> str:
        if self.page_class is not None:
            return f"Sync{self.page_class}[{self.item_type}]"
        return self.return_type

    @property
    def async_return(self) -> str:
        if self.page_class is not None:
            return f"AsyncPaginator[{self.item_type}, Async{self.page_class}[{self.item_type}]]"
        return self.return_type

    @property
    def awaited_return(self) -> str:
        """What awaiting the async method gives: for a list, its first page."""
        if self.page_class is not None:
            return f"Async{self.page_class}[{self.item_type}]"
        return self.return_type


def method_view(operation: Operation, types: TypeMapper, imports: ImportSet) -> MethodView:
    args: list[Arg] = []
    for parameter in operation.parameters:
        annotation = imports.add(types.annotation(parameter.schema, "in"))
        is_list = parameter.schema.is_array or types.api.resolve(parameter.schema).is_array
        args.append(
            Arg(
                python_name=parameter.python_name,
                wire_name=parameter.name,
                kind=parameter.location,
                annotation=_optional(annotation) if not parameter.required else annotation.text,
                default=None if parameter.required else "None",
                description=parameter.description or parameter.schema.description,
                schema=parameter.schema,
                comma_separated=is_list and parameter.location == "query" and not parameter.explode,
                deprecated=parameter.deprecated or parameter.schema.deprecated,
                cli_flag=parameter.cli_flag,
                **_cli_shape(parameter.schema, types),
            )
        )
    body = operation.request_body
    if body is not None:
        if body.fields:
            for body_field in body.fields:
                annotation = imports.add(types.annotation(body_field.schema, "in"))
                is_file = body.encoding == "multipart" and types.api.resolve(body_field.schema).is_binary
                args.append(
                    Arg(
                        python_name=body_field.python_name,
                        wire_name=body_field.name,
                        kind="file" if is_file else "body_field",
                        annotation=annotation.text if body_field.required else f"{annotation.text} | NotGiven",
                        default=None if body_field.required else "NOT_GIVEN",
                        description=body_field.description,
                        schema=body_field.schema,
                        deprecated=body_field.schema.deprecated,
                        cli_flag=body_field.cli_flag,
                        **_cli_shape(body_field.schema, types),
                    )
                )
        else:
            if body.encoding == "binary":
                annotation = PyType("bytes | IO[bytes]", names=frozenset({"IO"}))
            elif body.encoding == "text":
                annotation = PyType("str")
            else:
                annotation = types.annotation(body.schema, "in")
            imports.add(annotation)
            args.append(
                Arg(
                    python_name="body",
                    wire_name="body",
                    kind="body",
                    annotation=annotation.text if body.required else f"{annotation.text} | NotGiven",
                    default=None if body.required else "NOT_GIVEN",
                    description=body.description,
                    schema=body.schema,
                    cli_flag="body",
                    **_cli_body_shape(body.encoding, body.schema, types),
                )
            )
    # Required arguments first, keeping the spec's order within each group.
    args.sort(key=lambda arg: arg.default is not None)
    args = _unique_cli_flags(args)

    pagination = operation.pagination
    if pagination is not None:
        item = imports.add(
            types.annotation(pagination.item_schema, "out") if pagination.item_schema is not None else PyType("Any")
        )
        return MethodView(operation, tuple(args), "", None, pagination.page_class, item.text)
    return_type, cast_to = _return_type(operation, types, imports)
    return MethodView(operation, tuple(args), return_type, cast_to, None, None)


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


def _cli_shape(schema: Schema, types: TypeMapper) -> dict[str, Any]:
    """How a value is typed on the command line: a scalar flag, a repeatable one, or JSON."""
    target = types.api.resolve(schema)
    default = schema.default if schema.default is not MISSING else target.default
    if target.is_array and target.items is not None:
        item = types.api.resolve(target.items)
        cli_type, choices = _cli_scalar(item)
        if cli_type not in ("json", "file"):
            return {"cli_multiple": True, "cli_default": default, **_cli_value(cli_type, choices, item)}
    cli_type, choices = _cli_scalar(target)
    return {"cli_default": default, **_cli_value(cli_type, choices, target)}


def _cli_value(cli_type: CliType, choices: tuple[str, ...] | tuple[int, ...], schema: Schema) -> dict[str, Any]:
    return {
        "cli_type": cli_type,
        "cli_choices": choices,
        "cli_type_name": _type_name(cli_type, schema),
        "cli_metavar": _metavar(cli_type, choices, schema),
    }


def _cli_body_shape(encoding: str, schema: Schema, types: TypeMapper) -> dict[str, Any]:
    """A whole request body given as one flag: a file, a text, or JSON."""
    if encoding == "binary":
        return _cli_value("bytes", (), schema)
    if encoding == "text":
        return {"cli_type": "str", "cli_type_name": "text", "cli_metavar": "TEXT"}
    return _cli_value("json", (), types.api.resolve(schema))


def _cli_scalar(schema: Schema) -> tuple[CliType, tuple[str, ...] | tuple[int, ...]]:
    if schema.enum is not None:
        values = tuple(value for value in schema.enum if value is not None)  # null is not typed on a command line
        if values and all(isinstance(value, str) for value in values):
            return "str", values
        if values and all(isinstance(value, int) and not isinstance(value, bool) for value in values):
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


def _metavar(cli_type: CliType, choices: tuple[str, ...] | tuple[int, ...], schema: Schema) -> str | None:
    if cli_type == "bool" or (choices and len(choices) <= MAX_INLINE_CHOICES):
        return None
    if cli_type == "str" and schema.format in _FORMAT_METAVARS:
        return _FORMAT_METAVARS[schema.format]
    return _TYPE_METAVARS[cli_type]


def _unique_cli_flags(args: list[Arg]) -> list[Arg]:
    """Give every argument its own flag, also when a boolean's ``--no-x`` would take another's name."""
    taken: set[str] = set()
    result = []
    for arg in args:
        flag, n = arg.cli_flag, 1
        while flag in taken or (arg.cli_type == "bool" and f"no-{flag}" in taken):
            n += 1
            flag = f"{arg.cli_flag}-{n}"
        taken.add(flag)
        if arg.cli_type == "bool":
            taken.add(f"no-{flag}")
        result.append(arg if flag == arg.cli_flag else replace(arg, cli_flag=flag))
    return result


def _optional(annotation: PyType) -> str:
    return annotation.text if annotation.text.endswith("| None") or annotation.text == "Any" else f"{annotation.text} | None"


def _return_type(operation: Operation, types: TypeMapper, imports: ImportSet) -> tuple[str, str]:
    success = operation.success
    if success is None or success.kind == "empty":
        return "None", "type(None)"
    if success.kind == "text":
        return "str", "str"
    if success.kind == "binary":
        return "bytes", "bytes"
    if success.schema is None:
        return "Any", "cast(Any, object)"
    annotation = imports.add(types.annotation(success.schema, "out"))
    if annotation.text == "Any":
        imports.names.add("cast")
        return "Any", "cast(Any, object)"
    if _is_class_expression(annotation.text):
        return annotation.text, annotation.text
    # Unions and Literals are not classes: tell the type checker what parsing will produce.
    imports.names.add("cast")
    return annotation.text, f'cast("type[{annotation.text}]", {annotation.text})'


def _is_class_expression(text: str) -> bool:
    """True for ``Model``, ``list[Model]``, ``dict[str, int]``; False for unions and Literals."""
    depth = 0
    for char in text:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
    return not text.startswith(("Literal[", "Any")) and "Literal[" not in text.split("[", 1)[0]
