"""How an operation looks as a Python method: arguments, annotations, return type.

The resource templates lay these out; the decisions (what is optional, how a
value is typed, what the method returns) are made here, once, for both the
sync and the async client.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, replace
from typing import Any, Literal

from .ir import Operation, Schema
from .pytypes import ImportSet, PyType, TypeMapper, split_union

ArgKind = Literal["path", "query", "header", "cookie", "body_field", "body", "file"]
CliType = Literal["str", "int", "float", "bool", "json", "file"]


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
    cli_flag: str = ""
    cli_type: CliType = "str"
    cli_multiple: bool = False  # the flag may be repeated to build a list
    cli_choices: tuple[str, ...] = ()


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
    def sync_return(self) -> str:
        if self.page_class is not None:
            return f"Sync{self.page_class}[{self.item_type}]"
        return self.return_type

    @property
    def async_return(self) -> str:
        if self.page_class is not None:
            return f"AsyncPaginator[{self.item_type}, Async{self.page_class}[{self.item_type}]]"
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
                    cli_type="file" if body.encoding == "binary" else "str" if body.encoding == "text" else "json",
                )
            )
    # Required arguments first, keeping the spec's order within each group.
    args.sort(key=lambda arg: arg.default is not None)

    pagination = operation.pagination
    if pagination is not None:
        item = imports.add(
            types.annotation(pagination.item_schema, "out") if pagination.item_schema is not None else PyType("Any")
        )
        args = _unshadowed(args, item.text)
        return MethodView(operation, tuple(args), "", None, pagination.page_class, item.text)
    return_type, cast_to = _return_type(operation, types, imports)
    return MethodView(operation, tuple(_unshadowed(args, cast_to)), return_type, cast_to, None, None)


# Names a method body uses besides its arguments (see resource.py.jinja).
_BODY_NAMES = frozenset({"self", "RequestOptions", "comma_separated", "NotGiven", "isinstance", "cast", "AsyncPaginator"})
_NAME = re.compile(r"[A-Za-z_]\w*")


def _unshadowed(args: list[Arg], expression: str) -> list[Arg]:
    """Rename an argument that would hide a name the method body needs (``list`` in ``list[Job]``)."""
    needed = _BODY_NAMES | set(_NAME.findall(expression))
    if not any(arg.python_name in needed for arg in args):
        return args
    taken = {arg.python_name for arg in args} | needed
    renamed = []
    for arg in args:
        if arg.python_name in needed:
            name = arg.python_name + "_"
            while name in taken:
                name += "_"
            taken.add(name)
            arg = replace(arg, python_name=name)
        renamed.append(arg)
    return renamed


def _cli_shape(schema: Schema, types: TypeMapper) -> dict[str, Any]:
    """How a value is typed on the command line: a scalar flag, a repeatable one, or JSON."""
    target = types.api.resolve(schema)
    if target.is_array and target.items is not None:
        cli_type, choices = _cli_scalar(types.api.resolve(target.items))
        if cli_type not in ("json", "file"):
            return {"cli_type": cli_type, "cli_multiple": True, "cli_choices": choices}
        return {"cli_type": "json"}
    cli_type, choices = _cli_scalar(target)
    return {"cli_type": cli_type, "cli_choices": choices}


def _cli_scalar(schema: Schema) -> tuple[CliType, tuple[str, ...]]:
    if schema.enum is not None:
        if schema.enum and all(isinstance(value, str) for value in schema.enum):
            return "str", tuple(schema.enum)
        return "json", ()
    if schema.one_of or schema.any_of or schema.all_of or len(schema.types) != 1:
        return "json", ()  # unions, objects and untyped values are given as JSON
    kind = schema.types[0]
    if kind == "string":
        return ("file" if schema.is_binary else "str"), ()
    scalar: dict[str, CliType] = {"integer": "int", "number": "float", "boolean": "bool"}
    return scalar.get(kind, "json"), ()


def _optional(annotation: PyType) -> str:
    return annotation.text if annotation.text.endswith("| None") or annotation.text == "Any" else f"{annotation.text} | None"


def _return_type(operation: Operation, types: TypeMapper, imports: ImportSet) -> tuple[str, str]:
    success = operation.success
    if success is None or success.kind == "empty":
        imports.names.add("NoneType")
        return "None", "NoneType"
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
    # `type[...]` cannot hold a Literal, so the static type widens one to its values' types
    # (parsing still checks the exact values).
    imports.names.add("cast")
    static = _without_top_level_literals(annotation.text)
    return static, f'cast("type[{static}]", {annotation.text})'


def _without_top_level_literals(text: str) -> str:
    parts: list[str] = []
    for part in split_union(text):
        if part.startswith("Literal[") and part.endswith("]"):
            values = ast.literal_eval(f"[{part[len('Literal[') : -1]}]")
            parts.extend(type(value).__name__ for value in values)
        else:
            parts.append(part)
    return " | ".join(dict.fromkeys(parts))


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
