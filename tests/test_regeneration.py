"""Regenerating after a spec change: minimal diffs, stale files removed, foreign files untouched,
and a breaking-change report that says what breaks SDK users."""

from __future__ import annotations

import copy
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import load_config
from generator.errors import SdkgenError
from generator.output.manifest import MANIFEST
from generator.output.plan import plan_changes
from generator.output.writer import apply_plan
from generator.pipeline import generate_files
from tests.support.paths import BIN, ROOT, SPEC

BASE: dict[str, Any] = yaml.safe_load(SPEC.read_text())
JOBS = "/api/v1/classifier/jobs"


def write_spec(directory: Path, document: dict[str, Any]) -> Path:
    """The spec as ``directory/llamacloud.yaml``: one file name, so only contents differ between versions."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "llamacloud.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def generate(spec: Path, output: Path) -> dict[str, str]:
    files = generate_files(
        load_config(ROOT / "pyproject.toml", {"spec": spec, "output": output})
    ).files
    apply_plan(output, plan_changes(output, files))
    return files


def snapshot(output: Path) -> dict[str, bytes]:
    return {
        p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()
    }


def add_field(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["ClassifyJob"]["properties"]["priority"] = {
        "type": "integer",
        "description": "Higher runs first.",
    }


def add_enum_value(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["StatusEnum"]["enum"].append("RUNNING")


def add_operation(spec: dict[str, Any]) -> None:
    spec["paths"][JOBS + "/{job_id}"] = {
        "get": {
            "summary": "Get Classify Job",
            "operationId": "get_classify_job",
            "parameters": [
                {"name": "job_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "Successful Response",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/ClassifyJob"}}
                    },
                }
            },
        }
    }


def remove_parameter(spec: dict[str, Any]) -> None:
    parameters = spec["paths"][JOBS]["get"]["parameters"]
    parameters[:] = [p for p in parameters if p["name"] != "organization_id"]


JOB_MODULE = "src/llamacloud/resources/classifier/jobs.py"
SCHEMAS = "src/llamacloud/types/schemas.py"
TYPES_INIT = "src/llamacloud/types/__init__.py"
PAGE = "docs/classifier/jobs/list.md"
COMMANDS = "src/llamacloud_cli/_commands.py"
SDK_TESTS = "tests/test_classifier_jobs.py"

CASES: list[tuple[Callable[[dict[str, Any]], None], set[str], set[str], list[str]]] = [
    # change, files rewritten (the manifest too: it holds each file's hash), files added, report lines
    (
        add_field,
        {SCHEMAS, PAGE, MANIFEST},
        set(),
        ["schema ClassifyJob.priority: optional field added [response]"],
    ),
    (
        add_enum_value,
        {SCHEMAS, PAGE, MANIFEST},
        set(),
        ["schema StatusEnum: enum value 'RUNNING' added [response]"],
    ),
    (
        add_operation,
        # the README's error example fetches one job now: it shows NotFoundError
        {JOB_MODULE, COMMANDS, SDK_TESTS, "docs/index.md", "README.md", MANIFEST},
        {"docs/classifier/jobs/retrieve.md"},
        [f"GET {JOBS}/{{job_id}}: operation added (method classifier.jobs.retrieve()) [sdk]"],
    ),
    (
        remove_parameter,
        {JOB_MODULE, COMMANDS, PAGE, MANIFEST},
        set(),
        [f"GET {JOBS} query parameter 'organization_id': removed [request] [breaking]"],
    ),
]


@pytest.mark.parametrize(
    ("change", "rewritten", "added", "report"), CASES, ids=[c[0].__name__ for c in CASES]
)
def test_spec_change_gives_a_minimal_diff_and_a_true_report(
    tmp_path: Path,
    change: Callable[[dict[str, Any]], None],
    rewritten: set[str],
    added: set[str],
    report: list[str],
) -> None:
    output = tmp_path / "sdk"
    old_spec = write_spec(tmp_path / "old", BASE)
    generate(old_spec, output)
    before = snapshot(output)

    document = copy.deepcopy(BASE)
    change(document)
    new_spec = write_spec(tmp_path / "new", document)
    generate(new_spec, output)
    after = snapshot(output)

    assert {p for p in before.keys() & after.keys() if before[p] != after[p]} == rewritten
    assert after.keys() - before.keys() == added
    assert before.keys() - after.keys() == set()

    diff = subprocess.run(
        [str(BIN / "sdkgen"), "diff", str(old_spec), str(new_spec), "--fail-on-breaking"],
        capture_output=True,
        text=True,
    )
    breaking = any(line.endswith("[breaking]") for line in report)
    assert diff.returncode == (1 if breaking else 0), diff.stdout + diff.stderr
    listed = [
        line.strip().removeprefix("- ")
        for line in diff.stdout.splitlines()
        if line.startswith("  - ")
    ]
    assert listed == report


def test_removing_an_operation_deletes_its_files_and_is_breaking(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    with_two = copy.deepcopy(BASE)
    add_operation(with_two)
    generate(write_spec(tmp_path / "two", with_two), output)
    retrieve_page = output / "docs" / "classifier" / "jobs" / "retrieve.md"
    assert retrieve_page.exists()
    (output / "NOTES.md").write_text("ours, not generated\n")
    generate(write_spec(tmp_path / "one", BASE), output)
    assert not retrieve_page.exists()
    assert (output / "NOTES.md").read_text() == "ours, not generated\n"
    diff = subprocess.run(
        [
            str(BIN / "sdkgen"),
            "diff",
            str(tmp_path / "two" / "llamacloud.yaml"),
            str(tmp_path / "one" / "llamacloud.yaml"),
        ],
        capture_output=True,
        text=True,
    )
    assert (
        f"GET {JOBS}/{{job_id}}: operation removed (method classifier.jobs.retrieve()) [sdk] [breaking]"
        in diff.stdout
    )
    assert diff.returncode == 0  # only --fail-on-breaking turns it into a failure


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    generate(SPEC, output)
    stamps = {p: p.stat().st_mtime_ns for p in output.rglob("*") if p.is_file()}
    files = generate_files(load_config(ROOT / "pyproject.toml", {"output": output})).files
    plan = plan_changes(output, files)
    assert plan.empty and plan.unchanged == len(files)
    apply_plan(output, plan)
    assert stamps == {p: p.stat().st_mtime_ns for p in output.rglob("*") if p.is_file()}


def test_a_foreign_file_in_the_way_stops_generation_before_anything_is_written(
    tmp_path: Path,
) -> None:
    output = tmp_path / "sdk"
    (output / "docs").mkdir(parents=True)
    (output / "docs" / "index.md").write_text("a page the user wrote\n")
    files = generate_files(load_config(ROOT / "pyproject.toml", {"output": output})).files
    with pytest.raises(SdkgenError, match="sdkgen did not generate it"):
        plan_changes(output, files)
    assert snapshot(output) == {"docs/index.md": b"a page the user wrote\n"}


def test_check_lists_deleted_files(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    with_two = copy.deepcopy(BASE)
    add_operation(with_two)
    generate(write_spec(tmp_path / "two", with_two), output)
    result = subprocess.run(
        [str(BIN / "sdkgen"), "check", "--spec", str(SPEC), "--output", str(output)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "--- a/docs/classifier/jobs/retrieve.md\n+++ /dev/null" in result.stdout


def test_planning_resolves_each_folder_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether a symbolic link leads a file out of the output folder is a question about its
    folder: OpenAI's SDK has 2,000 files in 30 folders, and resolving each file's cost 0.1 s."""
    output = tmp_path / "sdk"
    generate(SPEC, output)
    files = {path.relative_to(output).as_posix(): "new" for path in output.rglob("*.*")}
    folders = {path.rpartition("/")[0] for path in files}
    assert len(files) > 5 * len(folders)
    resolved: list[str] = []
    realpath = os.path.realpath

    def counting(path: Any, **kwargs: Any) -> Any:
        resolved.append(str(path))
        return realpath(path, **kwargs)

    monkeypatch.setattr(os.path, "realpath", counting)
    plan = plan_changes(output, files, force=True)
    assert len(plan.write) == len(files)
    assert len(resolved) <= 2 * (len(folders) + 1)  # planning, and reading the manifest
