"""The base of every generated model, and enums that accept values added after this release."""

from __future__ import annotations

from enum import Enum, IntEnum, StrEnum
from typing import TYPE_CHECKING, Any, Literal

import pydantic
from pydantic import ConfigDict

from ._jsonable import to_jsonable

if TYPE_CHECKING:
    from ._tolerant import ValidationProblem

__all__ = ["BaseModel", "OpenEnum", "OpenIntEnum", "OpenStrEnum", "to_jsonable"]


class BaseModel(pydantic.BaseModel):
    """A response or request object.

    Fields the API adds after this SDK was generated are kept, not dropped:
    read them as attributes or through ``model_extra``. A model a call returned knows the id the
    server gave the request, ``_request_id``.
    """

    # The request id is kept in a slot, not a pydantic field or private attribute: it is no part
    # of the object, so it is neither serialized nor compared by ``==``.
    __slots__ = ("_request_id_value",)

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

    @property
    def _request_id(self) -> str | None:
        """The id the server gave the request this object came from, when it sent one."""
        request_id: str | None = getattr(self, "_request_id_value", None)
        return request_id

    @_request_id.setter
    def _request_id(self, value: str | None) -> None:
        object.__setattr__(self, "_request_id_value", value)

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "json",
        by_alias: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
    ) -> dict[str, Any]:
        """The object as a dict, by default JSON-compatible data with the API's field names.

        Args:
          mode: ``"json"`` for JSON values only (a datetime as a string); ``"python"`` keeps
            Python objects (datetimes, enums, bytes).
          by_alias: The API's field names (``"created-at"``) rather than the Python ones.
          exclude_unset: Leave out the fields the API did not send (or you did not set).
          exclude_defaults: Leave out the fields whose value is their default.
          exclude_none: Leave out the fields whose value is None.
        """
        data: dict[str, Any] = self.model_dump(
            mode=mode,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            # Values kept as the server sent them are not of their declared types, on purpose.
            warnings=not self.validation_problems,
        )
        return data

    def to_json(
        self,
        *,
        indent: int | None = 2,
        by_alias: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
    ) -> str:
        """The object as JSON text, with the API's field names; the options are ``to_dict``'s.

        Args:
          indent: Spaces to indent each level by; None for one line.
        """
        return self.model_dump_json(
            indent=indent,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=not self.validation_problems,
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
