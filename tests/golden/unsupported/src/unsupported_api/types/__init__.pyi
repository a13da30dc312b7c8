# What ``types/__init__.py`` exports, for type checkers and IDEs: it imports each on first use.
from .schemas import Report as Report

__all__ = [
    "Report",
]
