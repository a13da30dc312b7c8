"""The ``twilio-style`` command line for the twilio_style SDK.

Kept apart from ``twilio_style`` so that ``--help`` and shell completion start
fast: the SDK, httpx and pydantic are only imported to run a command.
"""

from ._app import main

__all__ = ["main"]
