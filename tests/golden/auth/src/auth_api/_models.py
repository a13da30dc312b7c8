"""The base of every generated model, and enums that accept values added after this release."""

from __future__ import annotations

from enum import Enum, IntEnum, StrEnum
from typing import TYPE_CHECKING, Any

import pydantic
from pydantic import ConfigDict

from ._jsonable import to_jsonable

if TYPE_CHECKING:
    from ._tolerant import ValidationProblem

__all__ = ["BaseModel", "OpenEnum", "OpenIntEnum", "OpenStrEnum", "to_jsonable"]


class BaseModel(pydantic.BaseModel):
    """A response or request object.

    Fields the API adds after this SDK was generated are kept, not dropped:
    read them as attributes or through ``model_extra``.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        protected_namespaces=(),
        use_enum_values=False,
        # Build a model's validator when it is first used, not when its module is imported:
        # a large API has thousands of models and a program uses a few.
        defer_build=True,
    )

    @property
    def validation_problems(self) -> tuple[ValidationProblem, ...]:
        """What in the response did not match the API description, kept as the server sent it.

        Empty unless the client read the response tolerantly (its default): a value that breaks
        its declared type, a required field the response left out (it reads as None).
        """
        from ._tolerant import problems_of  # loaded only by those who ask

        return problems_of(self)

    def to_dict(self) -> dict[str, Any]:
        """The object as JSON-compatible data, with the API's field names."""
        data: dict[str, Any] = self.model_dump(
            mode="json",
            by_alias=True,
            exclude_unset=True,
            # Values kept as the server sent them are not of their declared types, on purpose.
            warnings=not self.validation_problems,
        )
        return data

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(
            by_alias=True, exclude_unset=True, indent=indent, warnings=not self.validation_problems
        )


def _pseudo_member(cls: type[Enum], value: object) -> Any:
    """A member for a value the enum does not list, created once and then reused."""
    member_type: Any = getattr(cls, "_member_type_", object)
    member: Any = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
    member._name_ = str(value)
    member._value_ = value
    # Reuse it for later lookups, so equal unknown values are the same member.
    return cls._value2member_map_.setdefault(value, member)


class OpenEnum(Enum):
    """An enum that also accepts values it does not list (the API may add some)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _pseudo_member(cls, value)


class OpenStrEnum(StrEnum):
    """A string enum that also accepts strings it does not list (the API may add some)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _pseudo_member(cls, value) if isinstance(value, str) else None


class OpenIntEnum(IntEnum):
    """An integer enum that also accepts integers it does not list (the API may add some)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return _pseudo_member(cls, value)
        return None
