"""Types shared by the client, the resources and the pagination helpers."""

from __future__ import annotations

from collections.abc import Mapping
from os import PathLike
from typing import IO, Literal, TypeAlias

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

Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]  # top-level fields of a JSON object body
Timeout: TypeAlias = float | httpx.Timeout | None

FileContent: TypeAlias = IO[bytes] | bytes | PathLike[str]
FileTypes: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
