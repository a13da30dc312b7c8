"""The ``hostile`` command line for the hostile SDK.

Kept apart from ``hostile`` so that ``--help`` and shell completion start
fast: the SDK, httpx and pydantic are only imported to run a command.
"""

from ._app import main

__all__ = ["main"]
