"""A generated file edited by hand is never overwritten or deleted without a word."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

import yaml

from generator.output.manifest import MANIFEST
from tests.support.paths import BIN, ROOT, SPEC

BASE: dict[str, Any] = yaml.safe_load(SPEC.read_text())
CLIENT = "src/llamacloud/_client.py"
PAGE = "docs/classifier/jobs/list.md"


def sdkgen(*args: str, spec: dict[str, Any], folder: Path) -> subprocess.CompletedProcess[str]:
    path = folder / "llamacloud.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return subprocess.run(
        [str(BIN / "sdkgen"), *args, "--config", str(ROOT / "pyproject.toml"), "--spec", str(path),
         "--output", str(folder / "sdk")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def snapshot(output: Path) -> dict[str, bytes]:
    return {
        p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()
    }


def changed_spec() -> dict[str, Any]:
    spec = copy.deepcopy(BASE)
    spec["components"]["schemas"]["ClassifyJob"]["properties"]["priority"] = {"type": "integer"}
    return spec


def test_the_manifest_records_what_sdkgen_wrote(tmp_path: Path) -> None:
    assert sdkgen("generate", spec=BASE, folder=tmp_path).returncode == 0
    files = json.loads((tmp_path / "sdk" / MANIFEST).read_text())["files"]
    assert isinstance(files, dict) and files[CLIENT].startswith("sha256:")


def test_generate_refuses_to_overwrite_a_hand_edited_file_and_writes_nothing(
    tmp_path: Path,
) -> None:
    assert sdkgen("generate", spec=BASE, folder=tmp_path).returncode == 0
    client = tmp_path / "sdk" / CLIENT
    client.write_text(client.read_text() + "\n# a local fix\n")
    page = tmp_path / "sdk" / PAGE
    page.write_text("my notes\n")
    before = snapshot(tmp_path / "sdk")

    result = sdkgen("generate", spec=changed_spec(), folder=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(
        "sdkgen: error: refusing to overwrite 2 generated files edited by hand"
    )
    assert lines[1:] == [f"  {tmp_path / 'sdk' / PAGE}", f"  {tmp_path / 'sdk' / CLIENT}"]
    assert snapshot(tmp_path / "sdk") == before  # nothing written

    forced = sdkgen("generate", "--force", spec=changed_spec(), folder=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert "# a local fix" not in client.read_text()
    assert sdkgen("check", spec=changed_spec(), folder=tmp_path).returncode == 0


def test_an_edited_file_the_spec_no_longer_makes_is_not_deleted(tmp_path: Path) -> None:
    spec = copy.deepcopy(BASE)
    spec["paths"]["/api/v1/extra"] = {
        "get": {"operationId": "extra", "responses": {"200": {"description": "OK"}}}
    }
    assert sdkgen("generate", spec=spec, folder=tmp_path).returncode == 0
    extra = tmp_path / "sdk" / "docs" / "extra" / "list.md"
    extra.write_text(extra.read_text() + "\nkept by hand\n")
    result = sdkgen("generate", spec=BASE, folder=tmp_path)
    assert result.returncode == 1 and str(extra) in result.stderr
    assert "kept by hand" in extra.read_text()


def test_check_reports_hand_edits(tmp_path: Path) -> None:
    assert sdkgen("generate", spec=BASE, folder=tmp_path).returncode == 0
    client = tmp_path / "sdk" / CLIENT
    client.write_text(client.read_text().replace("class", "klass", 1))
    result = sdkgen("check", spec=BASE, folder=tmp_path)
    assert result.returncode == 1
    assert f"sdkgen: {client} was edited by hand since sdkgen wrote it" in result.stderr


def test_unedited_files_regenerate_and_line_endings_do_not_count(tmp_path: Path) -> None:
    assert sdkgen("generate", spec=BASE, folder=tmp_path).returncode == 0
    client = tmp_path / "sdk" / CLIENT
    client.write_bytes(client.read_bytes().replace(b"\n", b"\r\n"))  # a checkout with autocrlf
    result = sdkgen("generate", spec=changed_spec(), folder=tmp_path)
    assert result.returncode == 0, result.stderr


def test_a_manifest_from_before_hashes_is_upgraded(tmp_path: Path) -> None:
    assert sdkgen("generate", spec=BASE, folder=tmp_path).returncode == 0
    manifest = tmp_path / "sdk" / MANIFEST
    data = json.loads(manifest.read_text())
    manifest.write_text(
        json.dumps({"generator": data["generator"], "files": sorted(data["files"])})
    )
    result = sdkgen("generate", spec=changed_spec(), folder=tmp_path)
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(manifest.read_text())["files"], dict)
