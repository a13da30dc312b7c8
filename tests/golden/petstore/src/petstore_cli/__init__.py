"""The ``petstore`` command line for the petstore SDK.

Kept apart from ``petstore`` so that ``--help`` and shell completion start
fast: the SDK, httpx and pydantic are only imported to run a command.
"""

from ._app import main

__all__ = ["main"]
