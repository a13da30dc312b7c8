"""The CI recipes of docs/ci.md work as written: the GitHub Actions workflow's commands and the
pre-commit configuration, run for real in a throwaway repository against sdkgen installed from
git (this checkout's HEAD)."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.paths import BIN, FIXTURES, ROOT

EXAMPLES = ROOT / "docs" / "examples"
SPEC: dict[str, Any] = yaml.safe_load((FIXTURES / "petstore" / "spec.yaml").read_text())
PYPROJECT = """[tool.sdkgen]
spec = "spec/api.yaml"
output = "sdk"
package = "petapi"
client_class = "PetAPI"
cli_name = "petapi"
env_prefix = "PETAPI"
"""


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
        env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
             "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"},
    ).stdout.strip()  # fmt: skip


def head() -> str:
    if not (ROOT / ".git").exists():
        pytest.skip(f"{ROOT} is not a git checkout: the recipes install sdkgen from git")
    return git("rev-parse", "HEAD", cwd=ROOT)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with sdkgen installed the way the recipes say: from git, at a commit."""
    venv = tmp_path_factory.mktemp("ci-venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    source = f"git+file://{ROOT}@{head()}"
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check", source],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return venv / "bin"


def write_project(folder: Path, spec: dict[str, Any]) -> None:
    (folder / "spec").mkdir(parents=True, exist_ok=True)
    (folder / "spec" / "api.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    (folder / "pyproject.toml").write_text(PYPROJECT)


def regenerate(folder: Path) -> None:
    result = subprocess.run(
        [str(BIN / "sdkgen"), "generate", "-q"], cwd=folder, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def repository(tmp_path: Path) -> Iterator[Path]:
    """A project on main with its SDK, pushed to an origin, and a pull-request branch checked out."""
    origin, project = tmp_path / "origin.git", tmp_path / "project"
    project.mkdir()
    git("init", "-q", "-b", "main", cwd=project)
    write_project(project, SPEC)
    regenerate(project)
    git("add", "-A", cwd=project)
    git("commit", "-q", "-m", "SDK", cwd=project)
    git("clone", "-q", "--bare", str(project), str(origin), cwd=tmp_path)
    git("remote", "add", "origin", str(origin), cwd=project)
    git("fetch", "-q", "origin", cwd=project)
    git("checkout", "-q", "-b", "change", cwd=project)
    yield project


def run_workflow(project: Path, installed: Path, tmp_path: Path) -> list[tuple[str, int, str]]:
    """Each `run:` step of the example workflow, in order, as GitHub Actions runs it (bash -e)."""
    workflow = yaml.safe_load((EXAMPLES / "github-actions.yml").read_text())
    env = {
        **os.environ,
        **workflow["env"],
        "SDKGEN": f"git+file://{ROOT}@{head()}",  # the workflow's own line, pointed at this checkout
        "PATH": f"{installed}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_BASE_REF": "main",
        "RUNNER_TEMP": str(tmp_path),
    }
    env.pop("VIRTUAL_ENV", None)
    outcomes = []
    for step in workflow["jobs"]["sdk"]["steps"]:
        if "run" not in step:
            continue  # actions/checkout and actions/setup-python: the fixture did their work
        result = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", step["run"]], cwd=project, env=env,
            capture_output=True, text=True,
        )  # fmt: skip
        outcomes.append((step["name"], result.returncode, result.stdout + result.stderr))
        if result.returncode:
            break
    return outcomes


def commit_change(project: Path, spec: dict[str, Any], *, regenerate_sdk: bool) -> None:
    write_project(project, spec)
    if regenerate_sdk:
        regenerate(project)
    git("add", "-A", cwd=project)
    git("commit", "-q", "-m", "change", cwd=project)


def test_the_workflow_passes_a_compatible_change(
    repository: Path, installed: Path, tmp_path: Path
) -> None:
    spec = copy.deepcopy(SPEC)
    spec["info"]["description"] = "Pets, now described."
    commit_change(repository, spec, regenerate_sdk=True)
    outcomes = run_workflow(repository, installed, tmp_path)
    assert [code for _, code, _ in outcomes] == [0, 0, 0], outcomes


def test_the_workflow_fails_a_stale_sdk(repository: Path, installed: Path, tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    spec["info"]["description"] = "Pets, now described."
    commit_change(repository, spec, regenerate_sdk=False)
    name, code, output = run_workflow(repository, installed, tmp_path)[-1]
    assert (name, code) == ("The committed SDK matches the spec, and nobody edited it by hand", 1)
    assert "is stale" in output


def test_the_workflow_fails_a_breaking_change(
    repository: Path, installed: Path, tmp_path: Path
) -> None:
    spec = copy.deepcopy(SPEC)
    first_path = next(iter(spec["paths"]))
    del spec["paths"][first_path]
    commit_change(repository, spec, regenerate_sdk=True)
    name, code, output = run_workflow(repository, installed, tmp_path)[-1]
    assert (name, code) == ("No unannounced breaking change", 1)
    assert "breaking" in output


def test_the_workflow_fails_a_spec_that_warns(
    repository: Path, installed: Path, tmp_path: Path
) -> None:
    spec = copy.deepcopy(SPEC)
    text = {"content": {"text/plain": {"schema": {"type": "string"}}}}
    ping = {"requestBody": text, "responses": {"200": {"description": "OK"}}}
    spec["webhooks"] = {"newPet": {"post": ping}}
    commit_change(repository, spec, regenerate_sdk=True)
    name, code, output = run_workflow(repository, installed, tmp_path)[-1]
    assert (name, code) == ("The committed SDK matches the spec, and nobody edited it by hand", 1)
    assert "webhook 'newPet' sends no JSON payload" in output
    assert output.splitlines()[-1] == "sdkgen: error: --fail-on-warning: 1 warning fails this run"


def test_the_pre_commit_configuration(repository: Path, tmp_path: Path) -> None:
    pre_commit = BIN / "pre-commit"
    config = (EXAMPLES / "pre-commit-config.yaml").read_text()
    config = config.replace("https://github.com/your-org/sdkgen", str(ROOT))
    config = config.replace("0123456789abcdef0123456789abcdef01234567", head())
    (repository / ".pre-commit-config.yaml").write_text(config)
    git("add", ".pre-commit-config.yaml", cwd=repository)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env.pop("VIRTUAL_ENV", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(pre_commit), "run", *args], cwd=repository, env=env, capture_output=True, text=True
        )

    clean = run("--all-files")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    client = repository / "sdk" / "src" / "petapi" / "_client.py"
    client.write_text(client.read_text() + "\n# a quick fix\n")
    git("add", "-A", cwd=repository)
    edited = run()
    assert edited.returncode == 1
    assert "edited by hand" in edited.stdout + edited.stderr
    shutil.rmtree(tmp_path / "pre-commit-home", ignore_errors=True)
