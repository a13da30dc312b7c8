"""Helpers for the SDK's own tests."""

from __future__ import annotations

import types
from collections.abc import Iterable
from typing import Annotated, Any, Literal, Union, cast, get_args, get_origin

import pydantic


def assert_matches_type(expected: Any, value: object, path: str = "result") -> None:
    """Fail unless ``value`` fits the annotation ``expected``, models and containers checked deeply."""
    if expected is Any or expected is object:
        return
    if expected is None or expected is type(None):
        assert value is None, f"{path}: expected None, got {value!r}"
        return
    origin = get_origin(expected)
    arguments = get_args(expected)
    if origin is Annotated:
        assert_matches_type(arguments[0], value, path)
    elif origin in (Union, types.UnionType):
        problems: list[str] = []
        for option in arguments:
            try:
                assert_matches_type(option, value, path)
                return
            except AssertionError as exc:
                problems.append(str(exc))
        raise AssertionError(" or ".join(problems))
    elif origin is Literal:
        assert value in arguments, f"{path}: expected one of {arguments!r}, got {value!r}"
    elif origin in (list, set, frozenset, tuple):
        assert isinstance(value, origin), f"{path}: expected a {origin.__name__}, got {value!r}"
        # isinstance() against a class known only at run time says nothing of the items' type.
        for index, item in enumerate(cast(Iterable[object], value)):
            assert_matches_type(arguments[0], item, f"{path}[{index}]")
    elif origin is dict:
        assert isinstance(value, dict), f"{path}: expected a dict, got {value!r}"
        for key, item in cast(dict[object, object], value).items():
            assert_matches_type(arguments[0], key, f"{path} key")
            assert_matches_type(arguments[1], item, f"{path}[{key!r}]")
    elif isinstance(origin, type):
        # Another generic class, such as a stream of events: what it yields is not read here.
        assert isinstance(value, origin), f"{path}: expected a {origin.__name__}, got {value!r}"
    elif _is_pydantic_marker(expected):
        try:
            pydantic.TypeAdapter(expected).validate_python(value, strict=True)
        except pydantic.ValidationError as exc:
            raise AssertionError(f"{path}: {exc}") from None
    else:
        assert isinstance(value, expected), f"{path}: expected {expected!r}, got {value!r}"
        if isinstance(value, pydantic.BaseModel):
            for name, info in type(value).model_fields.items():
                assert_matches_type(info.annotation, getattr(value, name), f"{path}.{name}")


def _is_pydantic_marker(annotation: Any) -> bool:
    """pydantic's AwareDatetime and the like: they describe values without being their class."""
    module = getattr(annotation, "__module__", "")
    is_model = isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel)
    return module.startswith("pydantic.") and not is_model
