"""The ``llamacloud-prod`` command line for the llamacloud SDK.

Kept apart from ``llamacloud`` so that ``--help`` and shell completion start
fast: the SDK, httpx and pydantic are only imported to run a command.
"""

from ._app import main

__all__ = ["main"]
