"""A run that finds everything the SDK is made from as the last run found it reuses that run's
files: nothing is loaded, rendered or formatted. Anything that changes the output is a miss.

sdkgen runs as a subprocess, as users and CI run it. That a run reused the output is seen from
outside: it leaves no models or parsed-YAML entries in a cache folder that lost them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.cache import OutputCache, open_cache
from tests.spec_builder import ok, openapi, write_spec
from tests.support.paths import BIN, FIXTURES

KEY = "k" * 64
MULTIFILE = FIXTURES / "multifile"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The multi-file fixture's spec and config, in a folder of their own."""
    shutil.copytree(MULTIFILE, tmp_path / "project")
    return tmp_path / "project"


def sdkgen(
    project: Path, *args: str, command: str = "generate"
) -> subprocess.CompletedProcess[str]:
    config = next(project.glob("*.toml"))
    return subprocess.run(
        [str(BIN / "sdkgen"), command, "--config", str(config), *args],
        capture_output=True,
        text=True,
        cwd=project,
        env={
            **os.environ,
            "SDKGEN_CACHE_DIR": str(project.parent / "cache"),
            "SDKGEN_CACHE_KEY": KEY,
        },
        check=False,
    )


def tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def forget_the_stages(project: Path) -> Path:
    """Empty the caches of the stages a reused run skips; the folder they were in."""
    cache = project.parent / "cache"
    for kind in ("models", "yaml"):
        shutil.rmtree(cache / kind, ignore_errors=True)
    return cache


def test_nothing_changed_reuses_the_files_and_warns_as_before(project: Path) -> None:
    first = sdkgen(project, "--output", str(project / "first"))
    assert first.returncode == 0, first.stderr
    cache = forget_the_stages(project)
    again = sdkgen(
        project, "--output", str(project / "again")
    )  # another folder: the files are the same
    assert again.returncode == 0, again.stderr
    assert not (cache / "models").exists() and not (cache / "yaml").exists()  # nothing ran
    assert tree(project / "again") == tree(project / "first")
    assert again.stderr == first.stderr  # the same warnings, and the same summary
    check = sdkgen(project, "--output", str(project / "again"), command="check")
    assert check.returncode == 0, check.stderr
    assert not (cache / "models").exists()


def test_a_reused_run_still_fails_on_its_warnings(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    schema = {"type": "object", "properties": {"a": {"type": "string", "not": {"const": ""}}}}
    write_spec(project, openapi({"/a": {"get": {"operationId": "getA", "responses": ok(schema)}}}))
    (project / "sdkgen.toml").write_text(
        '[tool.sdkgen]\nspec = "spec.json"\noutput = "out"\npackage = "warned"\n',
        encoding="utf-8",
    )
    first = sdkgen(project)
    assert first.returncode == 0, first.stderr
    assert "'not' is not supported yet" in first.stderr
    forget_the_stages(project)
    failed = sdkgen(project, "--fail-on-warning")
    assert not (tmp_path / "cache" / "models").exists()  # reused
    assert failed.returncode == 1
    assert "'not' is not supported yet" in failed.stderr
    assert "--fail-on-warning: 1 warning fails this run" in failed.stderr


@pytest.mark.parametrize(
    "change",
    ["the main spec file", "a file the spec refers to", "a user template", "a setting"],
)
def test_a_change_to_what_the_sdk_is_made_from_runs_again(project: Path, change: str) -> None:
    assert sdkgen(project, "--output", str(project / "out")).returncode == 0
    before = tree(project / "out")
    if change == "the main spec file":
        edit(project / "spec.yaml", "title:", "title: Edited")
    elif change == "a file the spec refers to":
        other = next(path for path in project.rglob("*.yaml") if path.name != "spec.yaml")
        edit(other, "description:", "description: Edited and")
    elif change == "a user template":
        templates = project / "templates" / "docs"
        templates.mkdir(parents=True)
        (templates / "index.md.jinja").write_text("# Edited index\n", encoding="utf-8")
        config = next(project.glob("*.toml"))
        config.write_text(
            config.read_text(encoding="utf-8").replace(
                "[tool.sdkgen]\n", '[tool.sdkgen]\ntemplates = "templates"\n'
            ),
            encoding="utf-8",
        )
    else:
        config = next(project.glob("*.toml"))
        config.write_text(
            config.read_text(encoding="utf-8").replace(
                "[tool.sdkgen]\n", '[tool.sdkgen]\nsdk_version = "9.9.9"\n'
            ),
            encoding="utf-8",
        )
    cache = forget_the_stages(project)
    result = sdkgen(project, "--output", str(project / "out"))
    assert result.returncode == 0, result.stderr
    assert (cache / "yaml").exists()  # the spec was read again
    assert tree(project / "out") != before


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path} has no {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_only_the_last_runs_are_kept(tmp_path: Path) -> None:
    outputs = OutputCache(open_cache(tmp_path))
    for number in range(OutputCache.KEEP + 3):
        outputs.put(f"{number:02}", {"a.py": str(number)}, [], [])
    assert len(list((tmp_path / "output").iterdir())) == OutputCache.KEEP
    assert outputs.get("00") is None
    assert outputs.get(f"{OutputCache.KEEP + 2:02}") == ({"a.py": str(OutputCache.KEEP + 2)}, [])


def test_a_config_elsewhere_reuses_the_files_of_the_same_spec_not_of_a_copy(
    project: Path,
) -> None:
    """Where the config file is does not matter; which spec files it names does: a copy of the
    spec in another folder, whose referenced file differs, is another spec."""
    assert sdkgen(project, "--output", str(project / "out")).returncode == 0
    elsewhere = project.parent / "elsewhere"
    elsewhere.mkdir()
    config = next(project.glob("*.toml"))
    (elsewhere / config.name).write_text(
        config.read_text(encoding="utf-8").replace(
            'spec = "spec.yaml"', f"spec = {str(project / 'spec.yaml')!r}"
        ),
        encoding="utf-8",
    )
    cache = forget_the_stages(project)
    assert sdkgen(elsewhere, "--output", str(elsewhere / "out")).returncode == 0
    assert not (cache / "yaml").exists()  # reused
    assert tree(elsewhere / "out") == tree(project / "out")

    copy = project.parent / "copy"
    shutil.copytree(MULTIFILE, copy)
    other = next(path for path in copy.rglob("*.yaml") if path.name != "spec.yaml")
    edit(other, "description:", "description: Edited and")
    result = sdkgen(copy, "--output", str(copy / "out"))
    assert result.returncode == 0, result.stderr
    assert (cache / "yaml").exists()  # read, not reused
    assert tree(copy / "out") != tree(project / "out")
