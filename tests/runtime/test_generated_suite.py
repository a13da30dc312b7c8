"""The test suite the generator ships with each SDK passes against Prism.

Each SDK is copied out of the repository first, so that it runs as its users
would run it: with its own src/ and tests/, and none of our configuration.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import GENERATED, GOLDEN


def copy_sdk(sdk: Path, target: Path) -> Path:
    ignore = shutil.ignore_patterns("*.egg-info", "__pycache__", ".mypy_cache", ".pytest_cache")
    shutil.copytree(sdk, target, ignore=ignore)
    return target


def run_suite(sdk: Path, base_url: str, *options: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TEST_API_BASE_URL": base_url, "PYTHONPATH": str(sdk / "src")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, "tests"],
        check=False,
        cwd=sdk,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def emitted_tests(sdk: Path) -> int:
    return sum(
        len(re.findall(r"^    (?:async )?def test_", path.read_text(), re.MULTILINE))
        for path in (sdk / "tests").glob("test_*.py")
    )


def passed(result: subprocess.CompletedProcess[str]) -> int:
    match = re.search(r"(\d+) passed", result.stdout)
    return int(match.group(1)) if match else 0


def test_llamacloud_sdk_suite_passes_against_prism(prism_url: str, tmp_path: Path) -> None:
    sdk = copy_sdk(GENERATED, tmp_path / "llamacloud")
    result = run_suite(sdk, prism_url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert passed(result) == emitted_tests(sdk) >= 4


def test_petstore_sdk_suite_passes_against_prism(petstore_prism_url: str, tmp_path: Path) -> None:
    sdk = copy_sdk(GOLDEN / "petstore", tmp_path / "petstore")
    result = run_suite(sdk, petstore_prism_url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert passed(result) == emitted_tests(sdk) >= 20


@pytest.mark.parametrize("sdk", [GENERATED, GOLDEN / "petstore"], ids=["llamacloud", "petstore"])
def test_the_suite_fails_without_a_server(sdk: Path, tmp_path: Path) -> None:
    copy = copy_sdk(sdk, tmp_path / sdk.name)
    result = run_suite(copy, "http://127.0.0.1:9", "-x")  # the first failure is enough
    assert result.returncode == 1
    assert passed(result) == 0
    assert "APIConnectionError" in result.stdout
