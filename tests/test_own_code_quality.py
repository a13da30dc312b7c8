"""sdkgen's own code passes the checks it holds generated code to: scripts/lint (ruff check,
ruff format --check, mypy --strict) exits 0."""

from __future__ import annotations

import os
import subprocess

from tests.support.paths import ROOT


def test_scripts_lint_passes() -> None:
    result = subprocess.run(
        [str(ROOT / "scripts" / "lint")],
        cwd=ROOT,
        env={**os.environ, "SDKGEN_NO_BOOTSTRAP": "1"},  # the suite runs in the set-up .venv
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"scripts/lint:\n{result.stdout}{result.stderr}"
