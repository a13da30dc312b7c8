"""The sdkgen command: generate, check, configuration, and one-line errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.commands import sdkgen
from tests.support.paths import GENERATED, SPEC


@pytest.fixture
def copy_of_generated(tmp_path: Path) -> Path:
    target = tmp_path / "generated"
    shutil.copytree(
        GENERATED, target, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__", ".mypy_cache")
    )
    return target


def test_check_passes_on_the_committed_sdk() -> None:
    result = sdkgen("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("is up to date")


def test_python_dash_m_generator_is_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("sdkgen ")


def test_check_reports_a_changed_file_with_a_diff(copy_of_generated: Path) -> None:
    client = copy_of_generated / "src" / "llamacloud" / "_client.py"
    client.write_text(client.read_text().replace("DEFAULT_BASE_URL =", "DEFAULT_BASE_URL  ="))
    result = sdkgen("check", "--output", str(copy_of_generated))
    assert result.returncode == 1
    assert "--- a/src/llamacloud/_client.py" in result.stdout
    assert "+++ b/src/llamacloud/_client.py" in result.stdout
    assert "-DEFAULT_BASE_URL  =" in result.stdout
    assert "stale" in result.stderr


def test_check_reports_missing_and_extra_generated_files(copy_of_generated: Path) -> None:
    (copy_of_generated / "docs" / "index.md").unlink()
    result = sdkgen("check", "--output", str(copy_of_generated))
    assert result.returncode == 1
    assert "--- /dev/null" in result.stdout and "+++ b/docs/index.md" in result.stdout


def test_generate_into_a_new_folder_then_check(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    assert sdkgen("generate", "--output", str(output)).returncode == 0
    assert (output / "src" / "llamacloud" / "py.typed").exists()
    assert sdkgen("check", "--output", str(output)).returncode == 0
    second = sdkgen("generate", "--output", str(output))
    assert "0 written, 0 deleted" in second.stdout


def test_generate_and_check_with_explicit_spec(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    assert sdkgen("generate", "-q", "--spec", str(SPEC), "--output", str(output)).returncode == 0
    assert sdkgen("check", "-q", "--spec", str(SPEC), "--output", str(output)).returncode == 0


def test_defaults_come_from_tool_sdkgen(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.sdkgen]\nspec = "{SPEC}"\noutput = "out"\npackage = "acme"\nclient_class = "Acme"\n'
        'cli_name = "acme"\nenv_prefix = "ACME"\ndistribution = "acme-sdk"\n'
    )
    result = sdkgen("generate", "-q", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    client = (tmp_path / "out" / "src" / "acme" / "_client.py").read_text()
    assert "class Acme(SyncAPIClient):" in client and '"ACME_API_KEY"' in client
    assert 'acme = "acme_cli:main"' in (tmp_path / "out" / "pyproject.toml").read_text()


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('package = "not-a-package"', "is not a valid Python package name"),
        ('colour = "blue"', "unknown setting 'colour'"),
        ('env_prefix = "lower"', "must be UPPER_SNAKE_CASE"),
    ],
)
def test_bad_configuration_is_a_usage_error(tmp_path: Path, setting: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.sdkgen]\nspec = "{SPEC}"\noutput = "out"\n{setting}\n'
    )
    result = sdkgen("generate", cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and "pyproject.toml" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_unknown_command_is_a_usage_error() -> None:
    result = sdkgen("frobnicate")
    assert result.returncode == 2 and "Traceback" not in result.stderr
