"""What every part of the IR builder shares: the document, the settings and error reporting."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ..config import Config
from ..errors import Diagnostics, Location, SpecError, SpecErrors
from ..spec.loader import Document
from ..spec.pointers import join_pointer

_HTTP_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_MEDIA_TYPE = re.compile(r"[\x21-\x7e]+(?:[ \t]*;[\x20-\x7e\t]*)?")


class Abandoned(Exception):
    """Stops reading a part of the spec whose errors are kept already (see ``Context.recovering``)."""


class Context:
    """The document being read, the settings, and where problems are reported: shared by every part of the builder."""

    def __init__(self, document: Document, config: Config, diagnostics: Diagnostics) -> None:
        self.doc = document
        self.config = config
        self.diagnostics = diagnostics
        self.errors: dict[str, SpecError] = {}  # by their text: a shared part is reported once
        self.failures = 0  # parts given up, each for an error (perhaps one reported already)

    def location(self, pointer: str) -> Location:
        return self.doc.location(pointer)

    def error(self, message: str, pointer: str) -> SpecError:
        return SpecError(message, self.location(pointer))

    @contextmanager
    def recovering(self) -> Iterator[None]:
        """Read one part of the spec (a schema, an operation, a parameter) so that a spec error
        in it is kept and reading goes on with the next part: one run reports them all."""
        try:
            yield
        except Abandoned:
            self.failures += 1
        except SpecError as error:
            self.failures += 1
            self.errors.setdefault(str(error), error)

    def abandon_if_failed(self, failures: int) -> None:
        """Give up the part being read if a part of it failed since ``failures`` was counted:
        what is left of it would only bring errors that follow from the first."""
        if self.failures > failures:
            raise Abandoned

    def raise_errors(self) -> None:
        """The errors kept while reading, if there were any."""
        errors = list(self.errors.values())
        if len(errors) == 1:
            raise errors[0]
        if errors:
            raise SpecErrors(errors)

    def warn(self, message: str, pointer: str, kind: str = "other") -> None:
        self.diagnostics.warn(message, self.doc.location(pointer), kind)

    def invalid(self, message: str, pointer: str) -> None:
        """A spec-validity problem that does not change the generated code: an error unless lenient."""
        if self.config.lenient:
            self.warn(message, pointer, "tolerated spec error")
        else:
            raise self.error(
                f"{message}; the generated code does not depend on it: set lenient = true in [tool.sdkgen] "
                "to make this a warning",
                pointer,
            )

    def check_header_name(self, name: str, pointer: str, location: str = "header") -> None:
        """Header and cookie names are HTTP tokens. A line break or other control character could
        split the request: an error. Other odd characters (a space): HTTP clients refuse to send
        the header, a warning."""
        if _HTTP_TOKEN.fullmatch(name):
            return
        rule = f"{name!r} is not a valid {location} name (letters, digits and !#$%&'*+-.^_`|~ only)"
        if not name.isascii() or not name.isprintable():
            raise self.error(rule, pointer)
        self.warn(f"{rule}; HTTP clients refuse to send it", pointer, "odd header name")

    def check_media_type(self, media_type: str, pointer: str) -> None:
        """A media type the SDK sends as Content-Type or Accept must be a valid header value."""
        if not _MEDIA_TYPE.fullmatch(media_type):
            raise self.error(f"{media_type!r} is not a valid media type", pointer)

    def mapping(self, node: Any, pointer: str, what: str) -> dict[str, Any]:
        if node is None:
            return {}
        if not isinstance(node, dict):
            raise self.error(f"{what} must be a mapping", pointer)
        return node

    def text(self, node: Mapping[str, Any], key: str, pointer: str) -> str | None:
        value = node.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(f"'{key}' must be a string", join_pointer(pointer, key))
        return value if value.strip() else None  # blank text is no text

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        return self.doc.resolve(node, pointer)
