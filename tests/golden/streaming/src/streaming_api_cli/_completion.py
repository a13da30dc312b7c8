"""Shell completion, by argcomplete: answering the shell, and printing the script that asks."""

from __future__ import annotations

import sys

from ._errors import EXIT_ERROR, EXIT_OK
from ._parser import build_parser
from ._settings import DISTRIBUTION, PROG


def complete() -> int:
    """Answer the shell's completion request (argcomplete's protocol); argcomplete exits."""
    try:
        import argcomplete  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return EXIT_ERROR
    argcomplete.autocomplete(build_parser())
    return EXIT_ERROR  # not reached: autocomplete() exits after answering


def print_completion(shell: str) -> int:
    try:
        from argcomplete.shell_integration import shellcode  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        print(
            f"Error: completion needs argcomplete: pip install '{DISTRIBUTION}[cli]'",
            file=sys.stderr,
        )
        return EXIT_ERROR
    print(shellcode([PROG], shell=shell))
    return EXIT_OK
