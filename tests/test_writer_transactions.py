"""`sdkgen generate` updates the output folder all or nothing.

Each test runs the real command as a subprocess on a folder holding an earlier SDK
(every file of it out of date, so the update rewrites them all, deletes some and
adds some in new folders), makes it fail, interrupts it or kills it at a known point,
and compares the whole folder, hidden files included, with what it was before or,
after a run that finished, with a clean generation. ``SDKGEN_TEST_PAUSE_AT=<stage>``
makes sdkgen stop at a stage of the update and say so on stderr; the test then
sends the signal.
"""

from __future__ import annotations

import copy
import json
import os
import select
import shutil
import signal
import stat
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.output.manifest import MANIFEST, content_hash
from generator.output.writer import JOURNAL, LOCK, STAGING
from tests.support.commands import sdkgen
from tests.support.paths import BIN, SPEC

BASE: dict[str, Any] = yaml.safe_load(SPEC.read_text())
LIST = "/api/v1/classifier/jobs"
# The stages SDKGEN_TEST_PAUSE_AT can stop at, in the order a run reaches them.
STAGES = ["locked", "staging", "journal", "writing", "deleting", "committed"]


def with_resource(document: dict[str, Any], path: str, summary: str) -> None:
    """Add a list operation on ``path`` (a resource of its own: new files in new folders)."""
    operation = copy.deepcopy(document["paths"][LIST]["get"])
    operation["operationId"] = "list_" + path.rsplit("/", 2)[-2] + "_" + path.rsplit("/", 1)[-1]
    operation["summary"] = summary
    document["paths"][path] = {"get": operation}


def old_spec() -> dict[str, Any]:
    """The earlier spec: two resources the new one does not have (their files are deleted)."""
    document = copy.deepcopy(BASE)
    with_resource(document, "/api/v1/extract/runs", "List Extract Runs")
    with_resource(document, "/api/v1/files/items", "List File Items")
    return document


def new_spec(summary: str = "List Parsing Jobs") -> dict[str, Any]:
    """The new spec: a resource the earlier one did not have."""
    document = copy.deepcopy(BASE)
    with_resource(document, "/api/v1/parsing/jobs", summary)
    return document


def tree(folder: Path) -> dict[str, tuple[bytes, int, int] | None]:
    """Every file's bytes, mode and modification time, and every folder, hidden ones included."""
    return {
        path.relative_to(folder).as_posix(): (
            (path.read_bytes(), path.stat().st_mode, path.stat().st_mtime_ns)
            if path.is_file()
            else None
        )
        for path in sorted(folder.rglob("*"))
    }


def contents(folder: Path) -> dict[str, bytes | None]:
    """The file set and bytes (for comparing with a generation in another folder)."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() if path.is_file() else None
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="module")
def specs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("specs")
    documents = {
        "old": old_spec(),
        "new": new_spec(),
        "newer": new_spec("List Parsing Jobs, newest first"),
    }
    paths = {}
    for name, document in documents.items():
        paths[name] = folder / f"{name}.yaml"
        paths[name].write_text(yaml.safe_dump(document, sort_keys=False))
    return paths


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory, specs: dict[str, Path]) -> dict[str, Path]:
    """Each spec generated into a folder of its own."""
    folder = tmp_path_factory.mktemp("clean")
    for name, spec in specs.items():
        result = sdkgen("generate", "-q", "--spec", str(spec), "--output", str(folder / name))
        assert result.returncode == 0, result.stderr
    return {name: folder / name for name in specs}


@pytest.fixture
def output(tmp_path: Path, clean: dict[str, Path]) -> Path:
    """The earlier SDK with every generated file changed (as an older sdkgen would have written
    it, so the manifest records the change): an update rewrites them all."""
    folder = tmp_path / "sdk"
    shutil.copytree(clean["old"], folder)
    manifest = json.loads((folder / MANIFEST).read_text())
    for path in folder.rglob("*"):
        if path.is_file() and path.name != MANIFEST:
            path.write_bytes(path.read_bytes() + b"\n# edited\n")
            manifest["files"][path.relative_to(folder).as_posix()] = content_hash(path.read_bytes())
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return folder


def start(*args: str, pause_at: str) -> tuple[subprocess.Popen[bytes], bytes]:
    """Start sdkgen and wait until it has stopped at ``pause_at``; the stderr so far."""
    process = subprocess.Popen(
        [str(BIN / "sdkgen"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "SDKGEN_TEST_PAUSE_AT": pause_at},
    )
    assert process.stderr is not None
    marker = f"sdkgen: paused at {pause_at}\n".encode()
    seen = b""
    deadline = time.monotonic() + 120
    while marker not in seen:
        ready, _, _ = select.select([process.stderr], [], [], max(deadline - time.monotonic(), 0))
        chunk = os.read(process.stderr.fileno(), 65536) if ready else b""
        if not chunk:
            process.kill()
            process.wait()
            pytest.fail(f"sdkgen did not stop at {pause_at}: {seen.decode()}")
        seen += chunk
    return process, seen


def leftovers(folder: Path) -> list[str]:
    return [name for name in (JOURNAL, STAGING, LOCK) if os.path.lexists(folder / name)] + [
        path.name for path in folder.rglob("*.tmp")
    ]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("stage", STAGES)
def test_a_signal_at_any_stage_leaves_the_folder_as_it_was(
    stage: str,
    signum: signal.Signals,
    output: Path,
    specs: dict[str, Path],
    clean: dict[str, Path],
) -> None:
    before = tree(output)
    process, _ = start(
        "generate", "--spec", str(specs["new"]), "--output", str(output), pause_at=stage
    )
    process.send_signal(signum)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signum
    assert stdout == b""
    if stage == "committed":  # too late to go back: the update is finished, then the run stops
        assert stderr.decode().splitlines() == [
            f"sdkgen: interrupted by {signum.name}; {output} was updated"
        ]
        assert contents(output) == contents(clean["new"])
    else:
        assert stderr.decode().splitlines() == [
            f"sdkgen: interrupted by {signum.name}; {output} was left as it was"
        ]
        assert tree(output) == before
    assert leftovers(output) == []


def test_sighup_too(output: Path, specs: dict[str, Path]) -> None:
    before = tree(output)
    process, _ = start(
        "generate", "--spec", str(specs["new"]), "--output", str(output), pause_at="writing"
    )
    process.send_signal(signal.SIGHUP)
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr.decode()) == (
        129,
        f"sdkgen: interrupted by SIGHUP; {output} was left as it was\n",
    )
    assert tree(output) == before


@pytest.mark.parametrize("stage", STAGES)
def test_a_run_killed_at_any_stage_is_rolled_back_by_the_next(
    stage: str, output: Path, specs: dict[str, Path], clean: dict[str, Path]
) -> None:
    """SIGKILL (or a power cut) leaves the update half done; `check` says so, and the next
    run, with yet another spec, rolls it back first and never mistakes sdkgen's files for foreign ones."""
    process, _ = start(
        "generate", "--spec", str(specs["new"]), "--output", str(output), pause_at=stage
    )
    process.kill()
    process.wait(timeout=60)
    if stage == "writing":  # half of the new files are in place, the manifest is still the old one
        assert (output / "docs" / "parsing" / "jobs" / "list.md").exists()
    if stage == "deleting":  # the new manifest is in place, old files are still there
        assert "parsing" in (output / MANIFEST).read_text()
        assert (output / "docs" / "files" / "items" / "list.md").exists()

    checked = sdkgen("check", "--spec", str(specs["new"]), "--output", str(output))
    assert checked.returncode == 1
    if stage in ("journal", "writing", "deleting"):
        assert checked.stderr.splitlines() == [
            f"sdkgen: {output} holds an unfinished update ({JOURNAL}); run sdkgen generate to roll it back"
        ]
    elif stage in ("staging", "committed"):
        assert checked.stderr.splitlines() == [
            f"sdkgen: {output} holds the leftovers of an interrupted update ({STAGING}); "
            "run sdkgen generate to remove them"
        ]

    rerun = sdkgen("generate", "--spec", str(specs["newer"]), "--output", str(output))
    assert rerun.returncode == 0, rerun.stderr
    healed = {
        "journal": "rolled back",
        "writing": "rolled back",
        "deleting": "rolled back",
        "staging": "removed the leftovers of",
        "committed": "removed the leftovers of",
    }
    if stage in healed:
        assert rerun.stderr == f"sdkgen: {healed[stage]} an interrupted update of {output}\n"
    else:  # killed while generating: nothing to undo (the lock file it left does not stop a run)
        assert rerun.stderr == ""
    assert contents(output) == contents(clean["newer"])
    assert sdkgen("check", "--spec", str(specs["newer"]), "--output", str(output)).returncode == 0


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Nothing in ``path`` (a folder) or ``path`` itself (a file) can be renamed or replaced."""
    if os.geteuid() == 0:  # root ignores permissions, not the immutable attribute
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr")
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("this file system has no immutable attribute")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        if path.is_file():
            pytest.skip("only root can make a file that a rename cannot replace")
        path.chmod(0o555)
        try:
            yield
        finally:
            path.chmod(0o755)


@pytest.mark.parametrize(
    ("in_the_way", "failing"),
    [
        ("src/llamacloud/resources/classifier", "src/llamacloud/resources/classifier/__init__.py"),
        ("src/llamacloud/types/schemas.py", "src/llamacloud/types/schemas.py"),
    ],
    ids=["read-only-folder", "immutable-file"],
)
def test_a_write_error_midway_leaves_the_folder_as_it_was(
    in_the_way: str, failing: str, output: Path, specs: dict[str, Path]
) -> None:
    before = tree(output)
    with read_only(output / in_the_way):
        result = sdkgen("generate", "--spec", str(specs["new"]), "--output", str(output))
        after = tree(output)
    reason = "Operation not permitted" if os.geteuid() == 0 else "Permission denied"
    assert result.returncode == 1
    assert (
        result.stderr
        == f"sdkgen: error: cannot write {output / failing}: {reason}; nothing was changed\n"
    )
    assert after == before
    assert leftovers(output) == []


def test_a_folder_in_the_way_of_a_file_leaves_the_folder_as_it_was(
    output: Path, specs: dict[str, Path]
) -> None:
    """A failure any user can cause, root or not; files before and after it in the write order change."""
    (output / "src" / "llamacloud_cli" / "_app.py").unlink()
    (output / "src" / "llamacloud_cli" / "_app.py").mkdir()
    before = tree(output)
    result = sdkgen("generate", "--spec", str(specs["new"]), "--output", str(output))
    assert (result.returncode, result.stderr) == (
        1,
        f"sdkgen: error: cannot write {output / 'src/llamacloud_cli/_app.py'}: Is a directory; "
        "nothing was changed\n",
    )
    assert tree(output) == before
    assert leftovers(output) == []


def test_a_second_run_into_the_same_folder_is_refused(output: Path, specs: dict[str, Path]) -> None:
    before = tree(output)
    first, _ = start(
        "generate", "--spec", str(specs["new"]), "--output", str(output), pause_at="locked"
    )
    try:
        second = sdkgen("generate", "--spec", str(specs["new"]), "--output", str(output))
        assert (second.returncode, second.stderr) == (
            1,
            f"sdkgen: error: {output} is being updated by another sdkgen run (pid {first.pid}); "
            "try again when it has finished\n",
        )
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=60)
    assert first.returncode == 143
    assert tree(output) == before
    assert (
        sdkgen("generate", "-q", "--spec", str(specs["new"]), "--output", str(output)).returncode
        == 0
    )
    assert leftovers(output) == []


def test_a_failed_run_into_a_new_folder_leaves_no_folder(
    tmp_path: Path, specs: dict[str, Path]
) -> None:
    output = tmp_path / "new" / "sdk"
    process, _ = start(
        "generate", "--spec", str(specs["new"]), "--output", str(output), pause_at="writing"
    )
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=60)
    assert process.returncode == 143
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_files_get_the_mode_the_umask_gives(
    umask: int, mode: int, output: Path, specs: dict[str, Path]
) -> None:
    """New and rewritten files alike, as a plain open() would create them."""
    result = subprocess.run(
        [
            str(BIN / "sdkgen"),
            "generate",
            "-q",
            "--spec",
            str(specs["new"]),
            "--output",
            str(output),
        ],
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(umask),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    modes = {stat.S_IMODE(path.stat().st_mode) for path in output.rglob("*") if path.is_file()}
    assert modes == {mode}
