"""How an operation looks as a Python method: arguments, annotations, return type.

The resource templates lay these out; the decisions (what is optional, how a
value is typed, what the method returns) are made here, once, for both the
sync and the async client.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any, Literal, cast

from ..escaping import pyrepr
from ..ir.model import MISSING, Operation, Schema
from ..names.arguments import free_name, unique_flags, unshadowed
from .cli_values import (
    MAX_HELP_DEFAULT,
    MAX_HELP_DESCRIPTION,
    MAX_INLINE_CHOICES,
    CliType,
    cli_body_shape,
    cli_shape,
)
from .filters import comment
from .pytypes import ANY, NONE, ImportSet, PyType, TypeMapper, generic, named, union_of
from .returns import answer_type, event_type, flag_overloads

ArgKind = Literal["path", "query", "header", "cookie", "body_field", "body", "file"]
# How an argument's value goes on the wire (see the helpers in _base_client.py):
#   plain            the value as it is (a list repeats the parameter: ?a=1&a=2)
#   comma/space/pipe a list joined into one value: a,b / a b / a|b
#   pairs            an object as one value: k,v,k2,v2 (or k=v,k2=v2 exploded)
#   deep_object      an object as name[k]=v parameters (OpenAPI deepObject, Stripe's forms)
#   exploded_object  an object's properties as parameters of their own
#   json             the value as JSON text (a parameter given by `content: application/json`)
#   simple/label/matrix (and _exploded)  a path parameter in that style: a,b / .a.b / ;x=a;x=b
ValueStyle = Literal[
    "plain",
    "comma",
    "space",
    "pipe",
    "pairs",
    "exploded_pairs",
    "deep_object",
    "exploded_object",
    "json",
    "simple",
    "simple_exploded",
    "label",
    "label_exploded",
    "matrix",
    "matrix_exploded",
]
_PATH_STYLES = ("simple", "label", "matrix")
_SEPARATORS = {"space": " ", "pipe": "|"}
_HELPERS = {
    "comma": "comma_separated",
    "space": "delimited",
    "pipe": "delimited",
    "pairs": "delimited",
    "exploded_pairs": "delimited",
    "deep_object": "deep_object",
    "exploded_object": "exploded_object",
    "json": "json_text",
    **{style: "path_value" for style in _PATH_STYLES},
    **{f"{style}_exploded": "path_value" for style in _PATH_STYLES},
}


@dataclass(frozen=True, slots=True)
class Arg:
    python_name: str
    wire_name: str
    kind: ArgKind
    annotation: str
    default: str | None  # Python source of the default; None when required
    description: str | None
    schema: Schema | None = None
    value_style: ValueStyle = "plain"
    deprecated: bool = False
    cli_flag: str = ""
    cli_type: CliType = "str"
    cli_multiple: bool = False  # the flag may be repeated to build a list
    cli_choices: tuple[str, ...] | tuple[int, ...] = ()
    cli_metavar: str | None = (
        "STRING"  # the placeholder in --help; None lets argparse list the choices
    )
    cli_type_name: str = (
        "string"  # how --help names the value: "string, format uuid", "JSON object"...
    )
    spec_default: Any = MISSING  # what the server assumes when the argument is left out

    @property
    def required(self) -> bool:
        return self.default is None

    @property
    def doc(self) -> str | None:
        """The description for a docstring, saying what the server assumes when the argument is left out."""
        if self.spec_default is MISSING:
            return self.description
        note = f"Defaults to {json.dumps(self.spec_default, ensure_ascii=False)}."
        return f"{self.description.rstrip()} {note}" if self.description else note

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
        if self.spec_default is not MISSING and self.spec_default is not None:
            shown = (
                self.spec_default
                if isinstance(self.spec_default, str)
                else json.dumps(self.spec_default)
            )
            facts.append(f"default: {comment(shown, MAX_HELP_DEFAULT)}")
        if self.deprecated:
            facts.append("deprecated")
        description = comment(self.description, MAX_HELP_DESCRIPTION)
        parts = [description] if description else []
        if facts:
            parts.append("[" + "; ".join(facts) + "]")
        return comment(" ".join(parts))

    @property
    def value(self) -> str:
        """Python source of the value sent, e.g. ``comma_separated(tags)``."""
        name = self.python_name
        style = self.value_style
        if style == "comma":
            return f"comma_separated({name})"
        if style in _SEPARATORS:
            return f"delimited({name}, {_SEPARATORS[style]!r})"
        if style in ("pairs", "exploded_pairs"):
            return f"delimited({name}, explode={style == 'exploded_pairs'})"
        if style == "deep_object":
            return f"deep_object({pyrepr(self.wire_name)}, {name})"
        if style == "exploded_object":
            return f"exploded_object({name})"
        if style == "json":
            return f"json_text({name})"
        if style != "plain":  # a path style
            path_style, _, exploded = style.partition("_")
            options = [name]
            if path_style != "simple":
                options.append(repr(path_style))
            if path_style == "matrix":
                options.append(pyrepr(self.wire_name))
            if exploded:
                options.append("explode=True")
            return f"path_value({', '.join(options)})"
        return name

    @property
    def spread(self) -> bool:
        """True when the value is several parameters, spread into the mapping with ``**``."""
        return self.value_style in ("deep_object", "exploded_object")


@dataclass(frozen=True, slots=True)
class MethodView:
    operation: Operation
    args: tuple[Arg, ...]
    return_type: str  # what the sync method returns
    cast_to: str | None  # the cast_to expression, for non-paginated methods
    page_class: str | None  # e.g. "CursorPage", for paginated methods
    item_type: str | None
    accept: str | None = None  # the Accept header, when the answer is not plain JSON
    constants: tuple[
        tuple[str, str], ...
    ] = ()  # body fields with a const value: (wire name, Python literal)
    # The model classes the method's body uses (what it parses into): imported when it runs.
    runtime_models: frozenset[str] = frozenset()
    # The body is a JSON object, so the method takes ``extra_body``: fields to set over its own.
    extra_body: bool = False
    # Server-sent events: the type of each event, the ``cast_to`` that parses one, and the
    # argument whose flag asks for them (None: the method always answers with a stream).
    events: str | None = None
    events_cast: str | None = None
    stream_flag: str | None = None

    @property
    def name(self) -> str:
        return self.operation.method_name

    @property
    def always_streams(self) -> bool:
        return self.events is not None and self.stream_flag is None

    def stream_type(self, flavour: Literal["sync", "async"]) -> str:
        return f"{'Async' if flavour == 'async' else ''}Stream[{self.events}]"

    def overloads(
        self, flavour: Literal["sync", "async"]
    ) -> tuple[tuple[tuple[Arg, ...], str], ...]:
        """Each typed overload's arguments and return type, for a method whose flag asks for a
        stream (see :func:`flag_overloads`); none for other methods."""
        if self.stream_flag is None:
            return ()
        stream = self.stream_type(flavour)
        return flag_overloads(self.args, self.stream_flag, self.return_type, stream)

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
        if pagination is None or pagination.scheme != "cursor":
            return None
        for arg in self.args:
            if arg.kind == "query" and arg.wire_name == pagination.request_param:
                return arg.cli_flag
        return None

    @property
    def sync_return(self) -> str:
        if self.page_class is not None:
            return f"Sync{self.page_class}[{self.item_type}]"
        return self._streamed("sync")

    @property
    def async_return(self) -> str:
        if self.page_class is not None:
            return f"AsyncPaginator[{self.item_type}, Async{self.page_class}[{self.item_type}]]"
        return self._streamed("async")

    @property
    def awaited_return(self) -> str:
        """What awaiting the async method gives: for a list, its first page."""
        if self.page_class is not None:
            return f"Async{self.page_class}[{self.item_type}]"
        return self._streamed("async")

    def _streamed(self, flavour: Literal["sync", "async"]) -> str:
        if self.events is None:
            return self.return_type
        if self.stream_flag is None:
            return self.stream_type(flavour)
        return f"{self.return_type} | {self.stream_type(flavour)}"


def method_view(
    operation: Operation,
    types: TypeMapper,
    imports: ImportSet,
    credential_flags: frozenset[str] = frozenset(),
) -> MethodView:
    scope = _ClassScope(types.hidden_builtins(operation.resource_path), imports)
    args: list[Arg] = []
    constants: list[tuple[str, str]] = []
    for parameter in operation.parameters:
        annotation = types.annotation(parameter.schema, "in")
        if types.api.resolve(parameter.schema).is_object:
            annotation = _or_mapping(annotation)
        imports.add(annotation)
        args.append(
            Arg(
                python_name=parameter.python_name,
                wire_name=parameter.name,
                kind=parameter.location,
                annotation=scope.text(annotation if parameter.required else _optional(annotation)),
                default=None if parameter.required else "None",
                description=parameter.description or parameter.schema.description,
                schema=parameter.schema,
                value_style="json"
                if parameter.json_content
                else _value_style(
                    types.api.resolve(parameter.schema),
                    parameter.location,
                    parameter.style,
                    parameter.explode,
                ),
                deprecated=parameter.deprecated or parameter.schema.deprecated,
                cli_flag=parameter.cli_flag,
                **cli_shape(parameter.schema, types),
            )
        )
    body = operation.request_body
    if body is not None:
        if body.fields:
            for body_field in body.fields:
                const = types.api.resolve(body_field.schema).const
                if const is not MISSING:
                    constants.append(
                        (body_field.name, pyrepr(const))
                    )  # a fixed value is no argument
                    continue
                annotation = imports.add(types.annotation(body_field.schema, "in"))
                target = types.api.resolve(body_field.schema)
                is_file = body.encoding == "multipart" and (
                    target.is_binary
                    or (target.items is not None and types.api.resolve(target.items).is_binary)
                )
                style: ValueStyle = "plain"
                if body.encoding == "form":
                    style = _value_style(target, "form", body_field.style, body_field.explode)
                args.append(
                    Arg(
                        python_name=body_field.python_name,
                        wire_name=body_field.name,
                        kind="file" if is_file else "body_field",
                        annotation=scope.text(
                            annotation if body_field.required else _or_not_given(annotation)
                        ),
                        default=None if body_field.required else "NOT_GIVEN",
                        description=body_field.description,
                        schema=body_field.schema,
                        value_style=style,
                        deprecated=body_field.schema.deprecated,
                        cli_flag=body_field.cli_flag,
                        **cli_shape(body_field.schema, types),
                    )
                )
        else:
            if body.encoding == "binary":
                annotation = union_of([named("bytes"), generic("IO", named("bytes"), names={"IO"})])
            elif body.encoding == "text":
                annotation = named("str")
            else:
                annotation = types.annotation(body.schema, "in")
            imports.add(annotation)
            args.append(
                Arg(
                    python_name=free_name("body", {arg.python_name for arg in args}),
                    wire_name="body",
                    kind="body",
                    annotation=scope.text(
                        annotation if body.required else _or_not_given(annotation)
                    ),
                    default=None if body.required else "NOT_GIVEN",
                    description=body.description,
                    schema=body.schema,
                    cli_flag="body",
                    **cli_body_shape(body.encoding, body.schema, types),
                )
            )
    # Required arguments first, keeping the spec's order within each group.
    args.sort(key=lambda arg: arg.default is not None)
    args = _unique_cli_flags(args, credential_flags)
    imports.helpers.update(_HELPERS[arg.value_style] for arg in args if arg.value_style in _HELPERS)
    accept = _accept(operation)
    extra_body = (
        body is not None
        and body.encoding == "json"
        and bool(body.fields or constants or "object" in types.api.resolve(body.schema).types)
    )

    pagination = operation.pagination
    if pagination is not None:
        item = imports.add(
            types.annotation(pagination.item_schema, "out")
            if pagination.item_schema is not None
            else ANY
        )
        args = _unshadowed(args, item.identifiers())
        return MethodView(
            operation,
            tuple(args),
            "",
            None,
            pagination.page_class,
            scope.text(item),
            accept,
            tuple(constants),
            runtime_models=item.models,
            extra_body=extra_body,
        )
    events = event_type(operation, types, imports)
    streaming = operation.streaming
    if streaming is not None and streaming.flag is None:  # always a stream
        return_type, cast_to, cast_names = NONE, None, frozenset[str]()
    else:
        return_type, cast_to, cast_names = answer_type(operation, types, imports)
    used = cast_names | (events[2] if events is not None else frozenset())
    args = _unshadowed(args, used)
    flag = streaming.flag if streaming is not None else None
    return MethodView(
        operation,
        tuple(args),
        scope.text(return_type),
        cast_to,
        None,
        None,
        accept,
        tuple(constants),
        runtime_models=used & imports.models,
        extra_body=extra_body,
        events=scope.text(events[0]) if events is not None else None,
        events_cast=events[1] if events is not None else None,
        stream_flag=next(
            (a.python_name for a in args if a.kind == "body_field" and a.wire_name == flag.name),
            None,
        )
        if flag is not None
        else None,
    )


class _ClassScope:
    """Annotations are read in the class body, where a method named ``list`` hides the builtin:
    there it is spelt ``builtins.list``."""

    def __init__(self, hidden: frozenset[str], imports: ImportSet) -> None:
        self.hidden = hidden
        self.imports = imports

    def text(self, annotation: PyType) -> str:
        text = annotation.render(self.hidden)
        if text != annotation.text:
            self.imports.modules.add("builtins")
        return text


def _value_style(schema: Schema, location: str, style: str, explode: bool) -> ValueStyle:
    """How a parameter (or form field, location "form") of this schema is serialised."""
    is_list = schema.is_array
    is_object = schema.is_object and not is_list
    if location == "path":
        if style in _PATH_STYLES and (style != "simple" or is_list or is_object):
            return cast(ValueStyle, f"{style}_exploded" if explode else style)
        return "plain"
    if location in ("query", "form", "cookie"):
        if style == "deepObject":
            return "deep_object"
        if not (is_list or is_object):
            return "plain"
        if explode and style not in ("spaceDelimited", "pipeDelimited"):
            # A list repeats the parameter, an object's properties are parameters of their own.
            return "plain" if is_list else "exploded_object"
        if style == "spaceDelimited":
            return "space"
        if style == "pipeDelimited":
            return "pipe"
        return "comma" if is_list else "pairs"
    if is_list:
        return "comma"
    if is_object:
        return "exploded_pairs" if explode else "pairs"
    return "plain"


def _accept(operation: Operation) -> str | None:
    """What to ask for when the answer is not JSON (or not plain ``application/json``)."""
    media_types = [r.media_type for r in operation.successes if r.media_type is not None]
    if not media_types or all(
        m.split(";")[0].strip().lower() == "application/json" for m in media_types
    ):
        return None
    return ", ".join(dict.fromkeys(media_types))


def _unshadowed(args: list[Arg], used: frozenset[str]) -> list[Arg]:
    names = unshadowed([arg.python_name for arg in args], used)
    return [
        arg if name == arg.python_name else replace(arg, python_name=name)
        for arg, name in zip(args, names, strict=True)
    ]


def _unique_cli_flags(args: list[Arg], reserved: frozenset[str]) -> list[Arg]:
    flags = unique_flags([(arg.cli_flag, arg.cli_type == "bool") for arg in args], reserved)
    return [
        arg if flag == arg.cli_flag else replace(arg, cli_flag=flag)
        for arg, flag in zip(args, flags, strict=True)
    ]


def _or_mapping(annotation: PyType) -> PyType:
    """An object parameter typed as a model takes a mapping as well: it is sent as text either
    way, so nothing is gained by making the caller build the model."""
    if not any(member.models and member.kind == "name" for member in annotation.members):
        return annotation
    mapping = generic("Mapping", named("str"), ANY, names={"Mapping"})
    members = [member for member in annotation.members if member.text != "None"]
    return union_of([*members, mapping, *(m for m in annotation.members if m.text == "None")])


def _optional(annotation: PyType) -> PyType:
    if annotation.text == "Any" or any(member.text == "None" for member in annotation.members):
        return annotation
    return union_of([annotation, NONE])


def _or_not_given(annotation: PyType) -> PyType:
    return union_of([annotation, named("NotGiven")])
