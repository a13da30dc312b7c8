"""Credentials kept to themselves: refused when a request cannot carry them, redacted wherever they show."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from urllib.parse import quote, quote_plus

from ._settings import SDKError


def check_api_key(
    api_key: str, source: str, *, what: str = "API key", encoded: bool = False
) -> None:
    """Refuse a key that no HTTP header can carry, saying where it came from but not what it is.

    Sent, such a key would fail every request with an error quoting the header, key and all.
    Whitespace around it is refused, not stripped: it is a mistake to mend where it is made.
    ``what`` names the credential; an ``encoded`` one (HTTP Basic's, sent in base64) may hold
    any character but a control one.
    """
    if api_key.endswith(("\n", "\r")):
        problem = "ends with a line break"
        advice = "strip the trailing newline (a key read from a file often keeps one)"
    elif api_key != api_key.strip(" "):
        problem, advice = "starts or ends with a space", "strip the spaces"
    else:
        # httpx sends header values as ASCII, and HTTP takes no control characters.
        found = next(
            (
                (at, char)
                for at, char in enumerate(api_key, start=1)
                if not " " <= char <= "~" and not (encoded and char > "\x9f")
            ),
            None,
        )
        if found is None:
            return
        position, char = found
        kind = "non-ASCII" if char > "\x9f" else "control"  # C0, DEL and C1 are controls
        problem = f"has a {kind} character (U+{ord(char):04X}) at position {position}"
        advice = "check the key"
    raise SDKError(f"The {what} from {source} {problem}, which no HTTP header can carry: {advice}")


def secret_pattern(secrets: Iterable[str]) -> re.Pattern[str] | None:
    """What finds ``secrets`` in a text, however it spells them; None when there are none."""
    spellings = {spelling for secret in secrets for spelling in _spellings(secret) if spelling}
    if not spellings:
        return None
    # The longest first, so that no longer spelling is left half-replaced.
    return re.compile(
        "|".join(re.escape(spelling) for spelling in sorted(spellings, key=len, reverse=True))
    )


def _spellings(secret: str) -> Iterator[str]:
    """``secret`` as it may show in a message: as is, or escaped by repr, JSON, a bytes repr or a URL."""
    for text in (secret, secret.strip()):
        yield text
        yield repr(text)[1:-1]
        yield ascii(text)[1:-1]
        yield json.dumps(text)[1:-1]
        yield json.dumps(text, ensure_ascii=False)[1:-1]
        for encoding in ("utf-8", "latin-1"):  # how httpx and h11 show a header value: b'...'
            try:
                yield repr(text.encode(encoding))[2:-1]
            except UnicodeEncodeError:
                pass
        for quoted in (
            quote(text, safe="", errors="replace"),
            quote(text, errors="replace"),  # a path keeps its slashes
            quote_plus(text, errors="replace"),
        ):
            yield quoted
            yield re.sub("%[0-9A-F]{2}", lambda escape: escape[0].lower(), quoted)


def redact(text: str, pattern: re.Pattern[str] | None, mask: str = "[redacted]") -> str:
    """``text`` with each secret ``pattern`` finds replaced by ``mask``."""
    return pattern.sub(lambda _: mask, text) if pattern is not None else text
