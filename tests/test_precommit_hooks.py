"""The pre-commit hooks we offer run sdkgen as pre-commit would."""

from __future__ import annotations

import shlex
import subprocess

import yaml

from tests.support.paths import BIN, ROOT


def test_hooks_run_sdkgen() -> None:
    hooks = {
        hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    }
    assert set(hooks) == {"sdkgen-check", "sdkgen-generate"}
    for hook in hooks.values():
        assert hook["language"] == "python" and hook["pass_filenames"] is False
        # Any staged change runs them: a hand edit to a generated .py file is one.
        assert "files" not in hook and "types" not in hook
    program, *args = shlex.split(hooks["sdkgen-check"]["entry"])
    result = subprocess.run([str(BIN / program), *args], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
