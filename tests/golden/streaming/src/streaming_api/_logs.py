"""The SDK's log, printed to stderr when the environment asks for it.

``<PREFIX>_LOG=debug`` (or ``info``) sets the SDK's logger, httpx's and httpcore's to that
level, each with a handler that prints to stderr; it is read once, when the first client is
made. Unset, logging is left as the program configured it. What these handlers print has every
client's credentials redacted: httpx logs each URL, which may hold an API key in its query.
"""

from __future__ import annotations

import logging
import os
import re
import sys

from ._secrets import redact
from ._settings import LOG_ENV

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
LOGGERS = (__package__ or __name__, "httpx", "httpcore")
FORMAT = "[%(asctime)s %(name)s %(levelname)s] %(message)s"

_configured = False
_secret_patterns: set[re.Pattern[str]] = set()


class _Redacting(logging.Filter):
    """Takes out of each record the credentials of every client made (see ``hide``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern in list(_secret_patterns):
            message = redact(message, pattern)
        record.msg, record.args = message, None
        return True


def hide(pattern: re.Pattern[str] | None) -> None:
    """Redact what ``pattern`` finds (a client's credentials) from the lines printed here."""
    if pattern is not None:
        _secret_patterns.add(pattern)


def setup_logging() -> None:
    """Configure the loggers as ``<PREFIX>_LOG`` says, the first time only."""
    global _configured
    if _configured:
        return
    _configured = True
    level = LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(_Redacting())
    for name in LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.addHandler(handler)
        # Printed here, not again by a handler the program gave the root logger.
        logger.propagate = False
