"""Example arguments for the SDK's own tests, each typed as the method declares it.

The reference pages and the README show example values as JSON has them (a string for an enum,
an object for a model); a type checker reading the tests wants the declared types: the enum
member, the model, bytes for a file, a tuple for ``prefixItems``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..escaping import pyrepr
from .docs import DocBuilder
from .methods import Arg, MethodView
from .pytypes import TypeMapper


class TypedExamples:
    def __init__(self, docs: DocBuilder, types: TypeMapper) -> None:
        self.docs = docs
        self.types = types

    def arguments(
        self, method: MethodView, empty: str | None = None, stream: bool = False
    ) -> list[str]:
        """``name=value`` for each required argument of ``method`` (the empty string for the
        argument named ``empty``), and the flag that asks for a stream of events when it is
        required or ``stream`` sets it."""
        found: list[str] = []
        for arg in method.args:
            if arg.python_name == method.stream_flag:
                if arg.required or stream:
                    found.append(f"{arg.python_name}={stream}")
            elif arg.required:
                value = '""' if arg.python_name == empty else self._value(arg)[0]
                found.append(f"{arg.python_name}={value}")
        return found

    def models(self, methods: Iterable[MethodView]) -> set[str]:
        """The classes of the package's types module that the examples of ``methods`` name."""
        return {
            model
            for method in methods
            for arg in method.args
            if arg.required
            for model in [self._value(arg)[1]]
            if model is not None
        }

    def _value(self, arg: Arg) -> tuple[str, str | None]:
        """The example as Python source, and the model class it names, if any."""
        value = self.docs.example_value(arg.schema, arg.wire_name)
        if arg.kind == "file" or arg.annotation.startswith("bytes"):
            return repr(_text(value).encode()), None
        if arg.schema is None:
            return pyrepr(value), None
        target = self.types.api.resolve(arg.schema)
        if target.tuple_items:
            places = [pyrepr(self.docs.example_value(place)) for place in target.tuple_items]
            return "(" + ", ".join(places) + ("," if len(places) == 1 else "") + ")", None
        for member in self.types.annotation(arg.schema, "in").members:
            if member.kind != "name" or member.name not in member.models:
                continue
            if target.enum:  # the member with this value
                return f"{member.name}({pyrepr(value)})", member.name
            if isinstance(value, dict):
                return f"{member.name}.model_validate({pyrepr(value)})", member.name
        return pyrepr(value), None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "content"
