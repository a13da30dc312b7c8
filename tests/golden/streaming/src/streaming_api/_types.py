"""Types shared by the client, the resources and the pagination helpers."""

from __future__ import annotations

from collections.abc import Mapping
from os import PathLike
from typing import IO, Literal, TypeAlias, TypeGuard

import httpx


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument the caller left out.

    Distinct from ``None``, which some APIs accept as an explicit null.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


# isinstance() alone leaves a dict's keys and values unknown to a type checker; JSON data (a
# parsed body, to_jsonable's output) has string keys, so these say so.
def is_json_object(value: object) -> TypeGuard[dict[str, object]]:
    """``value`` is a JSON object: a dict with string keys."""
    return isinstance(value, dict)


def is_json_array(value: object) -> TypeGuard[list[object]]:
    """``value`` is a JSON array."""
    return isinstance(value, list)


Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]  # top-level fields of a JSON object body
Timeout: TypeAlias = float | httpx.Timeout | None

FileContent: TypeAlias = IO[bytes] | bytes | PathLike[str]
FileTypes: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
