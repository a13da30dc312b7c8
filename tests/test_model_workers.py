"""On a cold cache, a large spec's model workers start before the spec is read."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.config import Config
from generator.errors import Diagnostics
from generator.models import generate as models
from generator.spec.loader import load_document
from tests.spec_builder import ok, openapi, write_spec


def _large_spec() -> dict[str, Any]:
    """A spec the size of one with a few hundred schemas: 200 schemas in 4 chains, padded
    with prose to the size such a spec has."""
    schemas: dict[str, Any] = {}
    for index in range(200):
        properties: dict[str, Any] = {"name": {"type": "string", "description": "x" * 2000}}
        if index >= 4:
            properties["previous"] = {"$ref": f"#/components/schemas/S{index - 4}"}
        schemas[f"S{index}"] = {"type": "object", "properties": properties}
    paths = {
        f"/s{index}": {
            "get": {
                "operationId": f"getS{index}",
                "responses": ok({"$ref": f"#/components/schemas/S{index}"}),
            }
        }
        for index in range(0, 200, 4)
    }
    return openapi(paths, schemas)


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What happened, in order: workers started early, the spec read, parts generated."""
    happened: list[str] = []
    real_init, real_parts = models.ModelWorkers.__init__, models._generate_parts

    def init(self: models.ModelWorkers, jobs: int, options: dict[str, Any]) -> None:
        happened.append(f"workers started: {jobs}")
        real_init(self, jobs, options)

    def load(*args: Any, **kwargs: Any) -> Any:
        happened.append("spec read")
        return load_document(*args, **kwargs)

    def parts(
        parts: Any, options: Any, jobs: Any, finished: Any, workers: models.ModelWorkers | None
    ) -> Any:
        happened.append(f"{len(parts)} parts generated {'early' if workers else 'late'}")
        return real_parts(parts, options, jobs, finished, workers)

    monkeypatch.setattr(models.ModelWorkers, "__init__", init)
    monkeypatch.setattr(pipeline, "load_document", load)
    monkeypatch.setattr(models, "_generate_parts", parts)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    return happened


def _generate(spec: Path, output: Path) -> dict[str, str]:
    config = Config(spec=spec, output=output, package="sdk")
    return pipeline.generate_files(config, Diagnostics(quiet=True)).files


@pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(),
    reason="no fork on this platform",
)
def test_workers_start_before_the_spec_is_read_only_when_every_part_will_be_generated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, events: list[str]
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    spec = write_spec(tmp_path, _large_spec())
    assert spec.stat().st_size // models.BYTES_PER_SCHEMA >= models.SPLIT_FROM_SCHEMAS

    cold = _generate(spec, tmp_path / "out")
    assert events == ["workers started: 2", "spec read", "2 parts generated early"]

    # A part's models are cached now: a run that may find them all waits until it knows.
    events.clear()
    edited = _large_spec()
    edited["components"]["schemas"]["S0"]["properties"]["name"]["type"] = "integer"
    changed = write_spec(tmp_path, edited, "edited.json")
    _generate(changed, tmp_path / "out")
    assert events == ["spec read", "1 parts generated late"]

    # The same bytes as workers forked once the parts are known, on no cache at all.
    monkeypatch.setattr(models, "early_workers", lambda *args: None)
    monkeypatch.setattr(pipeline, "early_workers", lambda *args: None)
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "other-cache"))
    events.clear()
    assert _generate(spec, tmp_path / "out") == cold
    assert events == ["spec read", "2 parts generated late"]


def test_a_small_spec_starts_no_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, events: list[str]
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    spec = write_spec(
        tmp_path,
        openapi(
            {
                "/a": {
                    "get": {
                        "operationId": "a",
                        "responses": ok(
                            {"type": "object", "properties": {"a": {"type": "string"}}}
                        ),
                    }
                }
            }
        ),
    )
    _generate(spec, tmp_path / "out")
    assert events == ["spec read", "1 parts generated late"]


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in text.split()]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux's /proc")
@pytest.mark.parametrize(
    ("signum", "to_all"),
    [(signal.SIGINT, True), (signal.SIGTERM, False)],
    ids=["Ctrl-C to every process", "kill of the main process"],
)
def test_a_signal_stops_the_workers_quietly(tmp_path: Path, signum: int, to_all: bool) -> None:
    """Ctrl-C reaches every process of the run, ``kill`` the main one alone: either way the
    workers end without a traceback, the run reports the interruption in one line, and no
    process is left behind."""
    spec = write_spec(tmp_path, _large_spec())
    run = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--output",
         str(tmp_path / "out")],
        env={**os.environ, "SDKGEN_CACHE_DIR": str(tmp_path / "cache"), "PYTHONDONTWRITEBYTECODE": "1"},
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while len(workers := _children(run.pid)) < 2 and run.poll() is None:
        assert time.monotonic() < deadline, "the workers never started"
        time.sleep(0.01)
    assert run.poll() is None, run.communicate()[1]
    (os.killpg if to_all else os.kill)(run.pid, signum)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 128 + signum, stderr
    assert "Traceback" not in stderr
    name = signal.Signals(signum).name
    assert stderr.strip().splitlines()[-1].startswith(f"sdkgen: interrupted by {name}")
    time.sleep(0.2)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
