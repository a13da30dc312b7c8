"""The ``streaming-api`` command line for the streaming_api SDK.

Kept apart from ``streaming_api`` so that ``--help`` and shell completion start
fast: the SDK, httpx and pydantic are only imported to run a command.
"""

from ._app import main

__all__ = ["main"]
