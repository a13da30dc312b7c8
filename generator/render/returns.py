"""What a method returns: its answer, or the events of a stream, and the ``cast_to`` that parses it.

Each is a type annotation, the Python source of ``cast_to`` (``Job``, or a ``cast`` for what is
no class: a union, a Literal), and the names that source uses, which no argument may hide.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..ir.model import Operation
from .pytypes import ANY, NONE, ImportSet, PyType, TypeMapper, named, union

if TYPE_CHECKING:
    from .methods import Arg

Parsed = tuple[PyType, str, frozenset[str]]


def answer_type(operation: Operation, types: TypeMapper, imports: ImportSet) -> Parsed:
    """The method's return type, the ``cast_to`` that parses it, and the names ``cast_to`` uses.

    Several success responses (200 with a body, 204 without) give a union; an empty
    one adds None.
    """
    successes = operation.successes
    if not successes or all(r.kind == "empty" for r in successes):
        imports.names.add("NoneType")
        return NONE, "NoneType", frozenset({"NoneType"})
    primary = next(r for r in successes if r.kind != "empty")
    if primary.kind == "text":
        return named("str"), "str", frozenset({"str"})
    if primary.kind == "binary":
        return named("bytes"), "bytes", frozenset({"bytes"})
    parts: list[PyType] = []
    for response in successes:
        if response.kind == "json":
            parts.append(
                types.annotation(response.schema, "out") if response.schema is not None else ANY
            )
        elif response.kind == "empty":
            parts.append(NONE)
    return parsed_as(imports.add(union(parts)), imports)


def parsed_as(annotation: PyType, imports: ImportSet) -> Parsed:
    """The type that parsing into ``annotation`` gives, the ``cast_to`` that does it, and the
    names ``cast_to`` uses."""
    if annotation.text == "Any":
        imports.names.add("cast")
        return ANY, "cast(Any, object)", frozenset({"cast", "Any", "object"})
    if annotation.is_class:
        return annotation, annotation.text, annotation.identifiers()
    # Unions and Literals are not classes: tell the type checker what parsing will produce.
    # `type[...]` cannot hold a Literal, so the static type widens one to its values' types
    # (parsing still checks the exact values).
    imports.names.add("cast")
    static = annotation.widened()
    used = {"cast", "type"} | static.identifiers() | annotation.identifiers()
    return static, f'cast("type[{static.text}]", {annotation.text})', frozenset(used)


def event_type(operation: Operation, types: TypeMapper, imports: ImportSet) -> Parsed | None:
    """The type of each event of the stream the operation answers with, if it does; the
    ``ServerSentEvent`` as it came when the spec gives no schema."""
    streaming = operation.streaming
    if streaming is None:
        return None
    imports.streaming.update(("Stream", "AsyncStream"))
    if streaming.flag is not None:  # typed by the flag's value
        imports.names.update(("Literal", "overload"))
    if streaming.events is None:
        imports.streaming.add("ServerSentEvent")
        return named("ServerSentEvent"), "ServerSentEvent", frozenset()
    return parsed_as(imports.add(types.annotation(streaming.events, "out")), imports)


def flag_overloads(
    args: tuple[Arg, ...], flag_name: str, answer: str, stream: str
) -> tuple[tuple[tuple[Arg, ...], str], ...]:
    """A method whose flag asks for a stream, typed by the flag's value: the ``answer`` when it
    is false or left out, the ``stream`` when it is true, either when it is a bool. Each
    overload's arguments (the flag's annotation and default changed) and return type."""
    flag = next(arg for arg in args if arg.python_name == flag_name)
    false = "Literal[False]" + (" | None" if "None" in flag.annotation.split(" | ") else "")
    variants = (
        (false + ("" if flag.required else " | NotGiven"), flag.default, answer),
        ("Literal[True]", None, stream),
        ("bool", None, f"{answer} | {stream}"),
    )
    return tuple(
        (
            tuple(
                replace(arg, annotation=annotation, default=default) if arg is flag else arg
                for arg in args
            ),
            returns,
        )
        for annotation, default, returns in variants
    )
