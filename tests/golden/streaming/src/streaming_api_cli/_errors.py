"""Exit codes, the error reported as one line on stderr, and credentials kept out of what is shown.

Exit status: 0 on success, 1 when the API or the network fails, 2 for usage
errors (bad or missing flags, no credentials or one no HTTP request can carry),
130 when interrupted.
"""

from __future__ import annotations

import functools

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class CliError(Exception):
    """An error to report as one line on stderr."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` without the secrets, however they are spelt there (escaped as in a JSON body, a
    URL...)."""
    if not secrets:
        return text
    from ._sdk import redact as redact_secrets

    return redact_secrets(text, _pattern(secrets), "<redacted>")


@functools.lru_cache(maxsize=1)
def _pattern(secrets: tuple[str, ...]) -> re.Pattern[str] | None:
    from ._sdk import secret_pattern

    return secret_pattern(secrets)
