"""What every part of the IR builder shares: the document, the settings and error reporting."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..config import Config
from ..errors import Diagnostics, SpecError
from ..spec.loader import Document
from ..spec.pointers import join_pointer

_HTTP_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_MEDIA_TYPE = re.compile(r"[\x21-\x7e]+(?:[ \t]*;[\x20-\x7e\t]*)?")


class Context:
    """The document being read, the settings, and where problems are reported: shared by every part of the builder."""

    def __init__(self, document: Document, config: Config, diagnostics: Diagnostics) -> None:
        self.doc = document
        self.config = config
        self.diagnostics = diagnostics

    def error(self, message: str, pointer: str) -> SpecError:
        return SpecError(message, self.doc.location(pointer))

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
