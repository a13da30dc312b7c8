"""Names the user pins in ``[tool.sdkgen.names]``: read and checked for shape here, matched
against the spec and applied where operations are named (``names/operations.py``,
``ir/naming.py``).

``operations`` pins an operation's method, resource and keyword arguments, ``resources``
renames a resource, ``classes`` names model classes (the models stage applies those). A pinned
name is used exactly as written, so it must be one sdkgen could have picked itself; if not,
the error says which name would do. An entry that matches nothing in the spec is an error too,
with the closest name that exists.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, TypeVar

from ..errors import Location, UsageError
from ..ir.model import BodyField, Parameter, RequestBody
from ..spec.pointers import HTTP_METHODS, join_pointer
from .identifiers import (
    RESERVED_METHOD_NAMES,
    RESERVED_PARAMETER_NAMES,
    RESERVED_RESOURCE_NAMES,
    cli_flag,
    file_identifier,
    is_safe_identifier,
    python_identifier,
)
from .reserved import METHOD_BODY_NAMES

TABLE = "/tool/sdkgen/names"
_OPERATION = re.compile(r"([A-Z]+) (/.*)")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ARGUMENT_RESERVED = RESERVED_PARAMETER_NAMES | METHOD_BODY_NAMES
_Argument = TypeVar("_Argument", Parameter, BodyField)


def _empty() -> Mapping[Any, Any]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class OperationPin:
    """What ``[tool.sdkgen.names.operations."GET /jobs"]`` sets; None where it sets nothing."""

    method: str | None = None
    resource: tuple[str, ...] | None = None
    parameters: Mapping[str, str] = field(default_factory=_empty)  # wire name -> keyword argument


@dataclass(frozen=True, slots=True)
class NamesConfig:
    operations: Mapping[str, OperationPin] = field(default_factory=_empty)  # "GET /jobs" -> pin
    resources: Mapping[str, str] = field(default_factory=_empty)  # "a.jobs" -> new last segment
    classes: Mapping[str, str] = field(default_factory=_empty)  # "#/.../Foo" or "Foo" -> class
    file: str = "pyproject.toml"  # where the table is written, for errors

    def where(self, *keys: str) -> Location:
        return Location(self.file, join_pointer(TABLE, *keys))


NO_NAMES = NamesConfig()


def operation_key(http_method: str, path: str) -> str:
    """An operation as the ``operations`` table names it: ``GET /jobs/{id}``."""
    return f"{http_method.upper()} {path}"


def entry(*keys: str) -> str:
    """An entry as TOML spells it: ``names.operations."GET /jobs".method``."""
    return ".".join(
        ["names", *(key if _BARE_KEY.fullmatch(key) else json.dumps(key) for key in keys)]
    )


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, sorted(set(choices)), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


# -- reading the table --------------------------------------------------------------------


def read_names(table: Any, file: str) -> NamesConfig:
    """``[tool.sdkgen.names]``, its shape checked: every name pinned is one sdkgen could pick."""
    names = NamesConfig(file=file)
    _keys(_table(table, names, ()), ("operations", "resources", "classes"), names, ())
    operations = {
        key: _operation_pin(key, value, names)
        for key, value in _table(table.get("operations", {}), names, ("operations",)).items()
    }
    resources = {
        key: _name(value, names, ("resources", key), "resource name", _resource_name)
        for key, value in _table(table.get("resources", {}), names, ("resources",)).items()
    }
    classes = {
        key: _class_name(key, value, names)
        for key, value in _table(table.get("classes", {}), names, ("classes",)).items()
    }
    _distinct(classes, names, ("classes",), "class")
    return replace(
        names,
        operations=MappingProxyType(operations),
        resources=MappingProxyType(resources),
        classes=MappingProxyType(classes),
    )


def _table(value: Any, names: NamesConfig, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise UsageError(f"{entry(*keys)} must be a table", names.where(*keys))
    return value


def _keys(
    table: Mapping[str, Any], known: Sequence[str], names: NamesConfig, keys: tuple[str, ...]
) -> None:
    for key in table:
        if key not in known:
            raise UsageError(
                f"unknown key {key!r} in {entry(*keys)}{did_you_mean(key, known)}",
                names.where(*keys, key),
            )


def _operation_pin(key: str, value: Any, names: NamesConfig) -> OperationPin:
    keys = ("operations", key)
    match = _OPERATION.fullmatch(key)
    if match is None or match[1].lower() not in HTTP_METHODS:
        raise UsageError(
            f"{key!r} is not an operation: write its method and path as in the spec, "
            "such as 'GET /jobs/{id}'",
            names.where(*keys),
        )
    table = _table(value, names, keys)
    _keys(table, ("method", "resource", "parameters"), names, keys)
    method = resource = None
    if "method" in table:
        method = _name(table["method"], names, (*keys, "method"), "method name", _method_name)
    if "resource" in table:
        where = (*keys, "resource")
        dotted = _name(table["resource"], names, where, "resource", lambda text: text)
        resource = tuple(
            _name(part, names, where, "resource name", _resource_name) for part in dotted.split(".")
        )
    parameters = {
        wire: _name(python, names, (*keys, "parameters", wire), "argument name", _argument_name)
        for wire, python in _table(
            table.get("parameters", {}), names, (*keys, "parameters")
        ).items()
    }
    _distinct(parameters, names, (*keys, "parameters"), "keyword argument")
    return OperationPin(method, resource, MappingProxyType(parameters))


def _method_name(text: str) -> str:
    return file_identifier(text, fallback="call", reserved=RESERVED_METHOD_NAMES)


def _resource_name(text: str) -> str:
    return file_identifier(text, fallback="resource", reserved=RESERVED_RESOURCE_NAMES)


def _argument_name(text: str) -> str:
    return python_identifier(text, fallback="param", reserved=_ARGUMENT_RESERVED)


def _name(
    value: Any, names: NamesConfig, keys: tuple[str, ...], what: str, made: Callable[[str], str]
) -> str:
    """``value`` if it is a name sdkgen could pick (``made`` leaves it as it is)."""
    if not isinstance(value, str):
        raise UsageError(f"{entry(*keys)} must be a string", names.where(*keys))
    wanted = made(value)
    if wanted != value:
        raise UsageError(
            f"the {what} {value!r} is not snake_case, or is a keyword or a name the SDK "
            f"keeps for itself; {wanted!r} would do",
            names.where(*keys),
        )
    return value


def _class_name(key: str, value: Any, names: NamesConfig) -> str:
    keys = ("classes", key)
    if not key.startswith("#/") and not is_safe_identifier(key):
        raise UsageError(
            f"{key!r} is neither a JSON pointer into the spec ('#/components/schemas/Pet') "
            "nor a class name",
            names.where(*keys),
        )
    if not isinstance(value, str) or not is_safe_identifier(value) or value.startswith("_"):
        raise UsageError(
            f"{entry(*keys)} must be a class name (ASCII letters, digits and _, not a keyword, "
            "not starting with _ or a digit)",
            names.where(*keys),
        )
    return value


def _distinct(
    pins: Mapping[str, str], names: NamesConfig, keys: tuple[str, ...], what: str
) -> None:
    """No two entries of one table pin the same name."""
    owners: dict[str, str] = {}
    for key, name in pins.items():
        if name in owners:
            raise UsageError(
                f"{entry(*keys, owners[name])} and {entry(*keys, key)} both name the {what} {name}",
                names.where(*keys, key),
            )
        owners[name] = key


# -- matching the spec and applying the pins ----------------------------------------------


def refuse(error: UsageError) -> None:
    """What becomes of an entry that matches nothing, unless the caller collects them."""
    raise error


def unmatched_operations(
    names: NamesConfig, arguments: Mapping[str, Collection[str]]
) -> list[UsageError]:
    """Entries of ``operations`` that name no operation of the spec, or an argument their
    operation does not have; ``arguments`` maps each operation to its arguments' wire names."""
    problems = []
    for key, pin in names.operations.items():
        if key not in arguments:
            hint = did_you_mean(key, arguments)
            problems.append(
                UsageError(f"the spec has no operation {key}{hint}", names.where("operations", key))
            )
            continue
        for wire in pin.parameters:
            if wire not in arguments[key]:
                problems.append(
                    UsageError(
                        f"{key} has no parameter or body field {wire!r}"
                        f"{did_you_mean(wire, arguments[key])}",
                        names.where("operations", key, "parameters", wire),
                    )
                )
    return problems


def resource_renames(
    paths: Iterable[tuple[str, ...]],
    names: NamesConfig,
    unmatched: Callable[[UsageError], None],
) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
    """What each resource path becomes under the ``resources`` table (a renamed resource's
    sub-resources move with it). An entry for no resource goes to ``unmatched``; a rename onto
    another resource's path is an error."""
    existing = {path[:depth] for path in paths for depth in range(1, len(path) + 1)}
    dotted = {".".join(path) for path in existing}
    for key in names.resources:
        if key not in dotted:
            hint = did_you_mean(key, dotted)
            unmatched(
                UsageError(f"there is no resource {key}{hint}", names.where("resources", key))
            )

    def renamed(path: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(
            names.resources.get(".".join(path[: depth + 1]), part)
            for depth, part in enumerate(path)
        )

    def entry_of(path: tuple[str, ...]) -> str | None:
        keys = (".".join(path[:depth]) for depth in range(len(path), 0, -1))
        return next((key for key in keys if key in names.resources), None)

    seen: dict[tuple[str, ...], tuple[str, ...]] = {}
    for path in sorted(existing):
        now = renamed(path)
        other = seen.setdefault(now, path)
        if other != path:
            key = entry_of(path) or entry_of(other) or ""
            raise UsageError(
                f"renaming the resource {key} makes {'.'.join(other)} and {'.'.join(path)} "
                f"both {'.'.join(now)}",
                names.where("resources", key),
            )
    return renamed


def pinned_arguments(
    key: str,
    names: NamesConfig,
    parameters: tuple[Parameter, ...],
    body: RequestBody | None,
    locate: Callable[[str], Location],
    body_pointer: str,
) -> tuple[tuple[Parameter, ...], RequestBody | None]:
    """An operation's parameters and body with the keyword arguments ``operations`` pins.

    A pinned name another argument has (or a wire name that names two arguments) is an error
    naming the entry and the argument's place in the spec.
    """
    pin = names.operations.get(key)
    if pin is None or not pin.parameters:
        return parameters, body
    fields = body.fields if body is not None else ()
    places: list[tuple[str, str, Location]] = [
        (p.name, f"{p.location} parameter {p.name!r}", locate(p.pointer)) for p in parameters
    ] + [(f.name, f"body field {f.name!r}", locate(body_pointer)) for f in fields]
    python_names = [p.python_name for p in parameters] + [f.python_name for f in fields]
    pinned: dict[int, str] = {}  # argument -> the wire name its entry is under
    for wire, wanted in pin.parameters.items():
        mine = [index for index, place in enumerate(places) if place[0] == wire]
        if not mine:
            continue  # reported by unmatched_operations
        if len(mine) > 1:
            both = " and the ".join(places[index][1] for index in mine)
            raise UsageError(
                f"{wire!r} names two arguments of {key}: the {both}",
                names.where("operations", key, "parameters", wire),
            )
        python_names[mine[0]] = wanted
        pinned[mine[0]] = wire
    for index, wire in pinned.items():
        for other, name in enumerate(python_names):
            if other != index and name == python_names[index]:
                raise UsageError(
                    f"{key} has a keyword argument {name} already: the {places[other][1]} "
                    f"({places[other][2]})",
                    names.where("operations", key, "parameters", wire),
                )
    renamed = iter(python_names)
    parameters = tuple(_argument(p, next(renamed)) for p in parameters)
    if body is not None:
        body = replace(body, fields=tuple(_argument(f, next(renamed)) for f in fields))
    return parameters, body


def _argument(argument: _Argument, python_name: str) -> _Argument:
    if argument.python_name == python_name:
        return argument
    return replace(argument, python_name=python_name, cli_flag=cli_flag(python_name))
