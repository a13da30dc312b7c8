"""Run the installed CLIs as subprocesses, the way users run them.

``llamacloud-prod`` is the entry point bootstrap installs from generated/; the
petstore CLI (tests/golden/petstore, not installed) runs as
``python -m petstore_cli`` with its sources on PYTHONPATH.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.support.fake_api import API_KEY, FakeAPI, make_jobs
from tests.support.paths import BIN, FIXTURES, GOLDEN
from tests.support.prism import prism_server

LLAMACLOUD = [str(BIN / "llamacloud-prod")]
PETSTORE = [sys.executable, "-m", "petstore_cli"]
PETSTORE_SRC = GOLDEN / "petstore" / "src"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without our settings, a fixed width for tables, and ``extra``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("LLAMA_CLOUD_", "PETSTORE_", "_ARGCOMPLETE", "COMP_"))
    }
    env["COLUMNS"] = "200"
    env.update(extra)
    return env


@dataclass
class Result:
    code: int
    out: str
    err: str


def run(
    command: list[str], *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> Result:
    done = subprocess.run(
        [*command, *args],
        check=False,
        capture_output=True,
        text=True,
        env=env or clean_env(),
        timeout=timeout,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def llamacloud(*args: str, **env: str) -> Result:
    return run(LLAMACLOUD, *args, env=clean_env(**env))


def petstore(*args: str, **env: str) -> Result:
    return run(PETSTORE, *args, env=clean_env(PYTHONPATH=str(PETSTORE_SRC), **env))


def assert_one_line_error(result: Result, code: int = 1) -> str:
    """A failure reported as exactly one line on stderr, never a traceback."""
    assert result.code == code, (result.code, result.out, result.err)
    assert "Traceback" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    return lines[0]


@pytest.fixture
def api() -> Iterator[FakeAPI]:
    """Our stateful server with 25 jobs, 10 to a page unless asked otherwise."""
    with FakeAPI(jobs=make_jobs(25)) as server:
        yield server


@pytest.fixture
def fake(api: FakeAPI) -> dict[str, str]:
    """Environment that points llamacloud-prod at the stateful server."""
    return {"LLAMA_CLOUD_BASE_URL": api.url, "LLAMA_CLOUD_API_KEY": API_KEY}


@pytest.fixture(scope="session")
def petstore_url() -> Iterator[str]:
    """Prism serving the petstore fixture spec."""
    with prism_server(FIXTURES / "petstore" / "spec.yaml") as url:
        yield url
