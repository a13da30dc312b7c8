"""``--fail-on-warning``: a run that warns exits 1 and says how many warnings failed it (for CI);
``generate`` then writes nothing. sdkgen runs as a subprocess, as in CI."""

from __future__ import annotations

from pathlib import Path

from tests.spec_builder import ok, openapi, write_spec
from tests.support.commands import sdkgen

PATHS = {"/pets": {"get": {"responses": ok({"type": "string"})}}}
# A webhook that sends no JSON is not parsed: one warning, and the rest is generated.
TEXT = {"content": {"text/plain": {"schema": {"type": "string"}}}}
WEBHOOKS = {"newPet": {"post": {"requestBody": TEXT, "responses": ok()}}}
WARNING = "webhook 'newPet' sends no JSON payload; the SDK does not parse it"


def spec(folder: Path, *, warns: bool, name: str = "spec.json", more: bool = False) -> Path:
    """A spec that warns or not; ``more`` adds an operation."""
    extra = {"webhooks": WEBHOOKS} if warns else {}
    paths = {**PATHS, "/owners": {"get": {"responses": ok()}}} if more else PATHS
    return write_spec(folder, openapi(paths, **extra), name)


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_generate_writes_nothing_when_a_warning_fails_it(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    first = sdkgen("generate", "--spec", str(spec(tmp_path, warns=True)), "--output", str(output))
    assert first.returncode == 0, first.stderr
    assert WARNING in first.stderr
    before = files(output)
    changed = spec(tmp_path, warns=True, more=True)
    result = sdkgen(
        "generate", "--spec", str(changed), "--output", str(output), "--fail-on-warning", "-q"
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    # -q hides warnings, but not those that fail the run.
    assert lines == [
        f"warning: {changed}#/webhooks/newPet/post: {WARNING}",
        "sdkgen: error: --fail-on-warning: 1 warning fails this run; nothing was written",
    ]
    assert files(output) == before


def test_generate_into_a_new_folder_leaves_no_folder(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    result = sdkgen(
        "generate", "--spec", str(spec(tmp_path, warns=True)), "--output", str(output),
        "--fail-on-warning",
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].endswith("1 warning fails this run; nothing was written")
    assert not output.exists()


def test_check_fails_on_a_warning_only_when_asked(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    source = spec(tmp_path, warns=True)
    assert sdkgen("generate", "-q", "--spec", str(source), "--output", str(output)).returncode == 0
    assert sdkgen("check", "-q", "--spec", str(source), "--output", str(output)).returncode == 0
    result = sdkgen("check", "--spec", str(source), "--output", str(output), "--fail-on-warning")
    assert result.returncode == 1
    assert (
        result.stderr.splitlines()[-1]
        == "sdkgen: error: --fail-on-warning: 1 warning fails this run"
    )


def test_diff_reports_then_fails_on_warnings_only_when_asked(tmp_path: Path) -> None:
    old = spec(tmp_path, warns=True)
    new = spec(tmp_path, warns=True, name="new.json", more=True)
    plain = sdkgen("diff", str(old), str(new), "--no-models")
    assert (plain.returncode, plain.stderr) == (0, "")
    result = sdkgen("diff", str(old), str(new), "--no-models", "--fail-on-warning")
    assert result.returncode == 1
    assert result.stdout == plain.stdout  # the report first
    assert result.stderr.splitlines() == [
        f"warning: {old}#/webhooks/newPet/post: {WARNING}",
        f"warning: {new}#/webhooks/newPet/post: {WARNING}",
        "sdkgen: error: --fail-on-warning: 2 warnings fail this run",
    ]


def test_a_run_without_warnings_passes(tmp_path: Path) -> None:
    source = spec(tmp_path, warns=False)
    output = tmp_path / "sdk"
    common = ("--spec", str(source), "--output", str(output), "--fail-on-warning")
    assert sdkgen("generate", "-q", *common).returncode == 0
    assert sdkgen("check", "-q", *common).returncode == 0
    result = sdkgen("diff", str(source), str(source), "--no-models", "--fail-on-warning")
    assert (result.returncode, result.stdout, result.stderr) == (0, "No API changes.\n", "")
