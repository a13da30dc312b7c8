"""sdkgen run as a user runs it: a subprocess, its output captured."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.support.paths import BIN, ROOT


def sdkgen(*args: str, cwd: Path = ROOT, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """A command that hangs fails its test (after ``timeout`` seconds) instead of the suite."""
    return subprocess.run(
        [str(BIN / "sdkgen"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
