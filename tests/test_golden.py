"""generated/ and tests/golden/<case>/ are exactly what the generator produces now.

Refresh them after a deliberate change with scripts/update-goldens.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import load_config
from generator.output.manifest import MANIFEST, read_manifest
from generator.output.plan import unified_diff
from generator.pipeline import generate_files
from tests.support.paths import FIXTURES, GENERATED, ROOT, SEED_PAGE, golden_cases

HINT = "regenerate with scripts/update-goldens and review the diff"


def stale_diff(config_file: Path) -> str:
    config = load_config(config_file)
    files = generate_files(config).files
    return "".join(unified_diff(config.output, files))


def test_generated_sdk_is_up_to_date() -> None:
    diff = stale_diff(ROOT / "pyproject.toml")
    assert not diff, f"generated/ is stale; {HINT}:\n{diff[:5000]}"


@pytest.mark.parametrize("case", golden_cases())
def test_golden_case_is_up_to_date(case: str) -> None:
    diff = stale_diff(FIXTURES / case / "sdkgen.toml")
    assert not diff, f"tests/golden/{case} is stale; {HINT}:\n{diff[:5000]}"


def test_reference_page_is_the_seed_page_byte_for_byte() -> None:
    page = GENERATED / "docs" / "classifier" / "jobs" / "list.md"
    assert page.read_bytes() == SEED_PAGE.read_bytes()


def test_generation_is_deterministic(tmp_path: Path) -> None:
    """Two runs in fresh processes, with different hash seeds, write identical bytes."""
    outputs = []
    for seed in ("1", "2"):
        output = tmp_path / f"run{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "generator", "generate", "-q", "--output", str(output)],
            cwd=ROOT,
            env=env,
            check=True,
        )
        outputs.append(
            {
                p.relative_to(output): p.read_bytes()
                for p in sorted(output.rglob("*"))
                if p.is_file()
            }
        )
    assert outputs[0] == outputs[1]
    committed = {Path(name) for name in read_manifest(GENERATED)}
    assert set(outputs[0]) == committed | {Path(MANIFEST)}
    assert all(outputs[0][name] == (GENERATED / name).read_bytes() for name in outputs[0])
