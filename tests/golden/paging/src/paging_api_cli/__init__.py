"""The ``paging-api`` command line for the paging_api SDK.

Kept apart from ``paging_api`` so that ``--help`` and shell completion start
fast: the SDK, httpx and pydantic are only imported to run a command.
"""

from ._app import main

__all__ = ["main"]
