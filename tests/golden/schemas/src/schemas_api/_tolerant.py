"""Reading a response that does not match the API description, keeping what the server sent.

A server's data drifts: a date-time without a time zone, an id that is no UUID, a required
field left out. Refusing the whole answer for one such value breaks the caller's program, so
the client parses what it can and keeps the rest as sent:

- a value that breaks its declared type stays the JSON value it was;
- a required field the response leaves out reads as None;
- an object that matches none of a union's shapes becomes the shape it is most like.

Each object built this way lists what did not match in ``validation_problems``. This runs only
after the fast, strict parse has failed: a response that matches costs nothing more.
"""

from __future__ import annotations

import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import pydantic

from ._base_client import _adapter  # loaded by then: only the client reads responses
from ._types import is_json_array, is_json_object

__all__ = ["ValidationProblem", "problems_of", "tolerant_value"]

# Where an object keeps its problems: a key of pydantic's private-attribute dict, so that an
# object that validated (nearly all of them) carries no per-instance cost.
_PROBLEMS_KEY = "__validation_problems__"

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class ValidationProblem:
    """A value in a response that does not match the API description, kept as the server sent it."""

    path: Path  # where, from the object that holds the problem: ("items", 3, "id")
    message: str

    def __str__(self) -> str:
        where = ".".join(str(part) for part in self.path) or "(the value itself)"
        return f"{where}: {self.message}"


def problems_of(obj: pydantic.BaseModel) -> tuple[ValidationProblem, ...]:
    """What did not match in ``obj`` and the objects inside it; empty for an object that validated."""
    private = obj.__pydantic_private__
    problems: tuple[ValidationProblem, ...] = private.get(_PROBLEMS_KEY, ()) if private else ()
    return problems


def tolerant_value(type_: Any, data: object, problems: list[ValidationProblem]) -> Any:
    """``data`` (parsed JSON), which does not validate as ``type_``, read as far as it matches;
    what does not is kept as it is.

    Each mismatch is added to ``problems``.
    """
    return _value(type_, data, (), problems, failed=True)


_SEQUENCES = (list, tuple, set, frozenset, Sequence)


def _value(
    type_: Any, data: object, path: Path, problems: list[ValidationProblem], failed: bool = False
) -> Any:
    """``data`` as ``type_``; ``failed``: it is known not to validate as a whole."""
    while get_origin(type_) is Annotated:
        type_ = get_args(type_)[0]
    if type_ is Any or type_ is object:
        return data
    if _is_model(type_):
        return _model(type_, data, path, problems, failed)
    origin, args = get_origin(type_), get_args(type_)
    items_are_models = any(_is_model(arg) for arg in _flat(args))
    if items_are_models and origin in _SEQUENCES and is_json_array(data):
        # Item by item, each validated once: a long list with one bad item costs one pass.
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):  # tuple[X, Y]
            types_ = [args[index] if index < len(args) else Any for index in range(len(data))]
        else:
            types_ = [args[0] if args else Any] * len(data)
        return [
            _value(item_type, item, (*path, index), problems)
            for index, (item_type, item) in enumerate(zip(types_, data, strict=True))
        ]
    if items_are_models and origin in (dict, Mapping) and is_json_object(data):
        value_type = args[1] if len(args) == 2 else Any
        return {key: _value(value_type, item, (*path, key), problems) for key, item in data.items()}
    try:
        return _adapter(type_).validate_python(data)
    except pydantic.ValidationError as exc:
        error = exc.errors(include_url=False, include_input=False)[0]
    if origin in (Union, types.UnionType):
        return _union(args, data, path, problems, error["msg"])
    if origin in _SEQUENCES and is_json_array(data) and args:  # a list of lists, say
        item_type = args[0] if origin is not tuple or args[-1] is Ellipsis else Any
        return [
            _value(item_type, item, (*path, index), problems) for index, item in enumerate(data)
        ]
    problems.append(ValidationProblem((*path, *error["loc"]), error["msg"]))
    return data


def _union(
    members: tuple[Any, ...],
    data: object,
    path: Path,
    problems: list[ValidationProblem],
    message: str,
) -> Any:
    """A value no member of a union validates: read as the member it is most like."""
    if is_json_object(data):
        fields = data
        models = [member for member in _flat(members) if _is_model(member)]
        if models:
            best = max(models, key=lambda model: _likeness(model, fields))
            return _model(best, data, path, problems)
    if is_json_array(data):
        for member in _flat(members):
            if get_origin(member) in _SEQUENCES:
                return _value(member, data, path, problems)
    problems.append(ValidationProblem(path, message))
    return data


def _flat(members: tuple[Any, ...]) -> list[Any]:
    """A union's members, with ``Annotated`` and nested unions unwrapped."""
    flat: list[Any] = []
    for member in members:
        while get_origin(member) is Annotated:
            member = get_args(member)[0]
        if get_origin(member) in (Union, types.UnionType):
            flat.extend(_flat(get_args(member)))
        else:
            flat.append(member)
    return flat


def _is_model(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, pydantic.BaseModel)


def _likeness(model: type[pydantic.BaseModel], data: dict[str, object]) -> int:
    """How much ``data`` looks like ``model``: a constant field it matches (a discriminator)
    counts most, then each field it has."""
    score = 0
    for name, field in model.model_fields.items():
        key = field.alias or name
        if key not in data:
            continue
        score += 1
        constants = _constants(field.annotation)
        if constants and data[key] in constants:
            score += 1000
    return score


def _constants(type_: Any) -> list[object]:
    """The values a ``Literal`` (or a one-member enum, as discriminators are) allows."""
    if get_origin(type_) is Literal:
        return list(get_args(type_))
    if isinstance(type_, type) and issubclass(type_, Enum) and len(type_) == 1:
        return [member.value for member in type_]
    return []


def _model(
    cls: type[pydantic.BaseModel],
    data: object,
    path: Path,
    problems: list[ValidationProblem],
    failed: bool = False,
) -> Any:
    if not failed:
        try:
            return cls.model_validate(data)
        except pydantic.ValidationError:
            pass
    own: list[ValidationProblem] = []
    if cls.__pydantic_root_model__:  # a RootModel: its one field is the value itself
        root = _value(cls.model_fields["root"].annotation, data, (), own)
        obj = cls.model_construct(root=root)
    else:
        prepared = getattr(cls, "_tolerant_input", None)
        fields: object = prepared(data) if prepared is not None else data
        if not is_json_object(fields):
            message = f"Input should be a valid dictionary or instance of {cls.__name__}"
            problems.append(ValidationProblem(path, message))
            return data
        obj = _constructed(cls, fields, own)
    _set_problems(obj, own)
    problems.extend(ValidationProblem((*path, *problem.path), problem.message) for problem in own)
    return obj


def _constructed(
    cls: type[pydantic.BaseModel], data: dict[str, object], problems: list[ValidationProblem]
) -> pydantic.BaseModel:
    """The object ``data`` describes, each field read as far as it matches; nothing validated."""
    values: dict[str, Any] = {}
    fields_set: set[str] = set()
    used: set[str] = set()
    for name, field in cls.model_fields.items():
        key = field.alias if field.alias is not None and field.alias in data else name
        if key in data:
            values[name] = _value(field.annotation, data[key], (key,), problems)
            fields_set.add(name)
            used.add(key)
        elif field.is_required():
            values[name] = None
            problems.append(ValidationProblem((field.alias or name,), "Field required"))
        else:
            values[name] = field.get_default(call_default_factory=True, validated_data=values)
    obj = cls.model_construct(_fields_set=fields_set)
    # Set here rather than through model_construct, whose own keyword arguments a field could
    # be named like.
    object.__setattr__(obj, "__dict__", values)
    if cls.model_config.get("extra") == "allow":
        extra = {key: value for key, value in data.items() if key not in used}
        object.__setattr__(obj, "__pydantic_extra__", extra)
    return obj


def _set_problems(obj: pydantic.BaseModel, problems: list[ValidationProblem]) -> None:
    private = obj.__pydantic_private__
    if private is None:
        object.__setattr__(obj, "__pydantic_private__", {_PROBLEMS_KEY: tuple(problems)})
    else:
        private[_PROBLEMS_KEY] = tuple(problems)
