"""A spec split across files: references to other local files are followed at load, once each.

tests/fixtures/multifile/ refers from YAML to JSON and back, nested and in a loop
(``Pet.owner`` is an ``Owner`` in another file, whose ``pets`` are ``Pet``s), to a whole
file, to a path item, and from another file back into the main one. Its golden output is
tests/golden/multifile/; Prism serves it in tests/test_constructs_against_prism.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.config import load_config
from generator.errors import Diagnostics, SpecError
from generator.ir.builder import build_api
from generator.pipeline import generate_files
from generator.spec.loader import load_document
from generator.spec.pointers import iter_refs
from tests.support.commands import sdkgen
from tests.support.paths import BIN, FIXTURES

FIXTURE = FIXTURES / "multifile"


@pytest.fixture
def spec_folder(tmp_path: Path) -> Path:
    """A copy of the multifile fixture's spec files, to change."""
    folder = tmp_path / "api"
    shutil.copytree(FIXTURE, folder, ignore=shutil.ignore_patterns("sdkgen.toml"))
    return folder


def write(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data) if path.suffix == ".json" else _yaml(data))
    return path


def _yaml(data: Any) -> str:
    return json.dumps(data)  # JSON is YAML; the loader reads a .yaml file as YAML


def main_spec(folder: Path, schema_ref: str) -> Path:
    """A spec whose one operation answers with the schema at ``schema_ref``."""
    return write(
        folder / "spec.yaml",
        {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/pets": {
                    "get": {
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"schema": {"$ref": schema_ref}}},
                            }
                        }
                    }
                }
            },
        },
    )


SITE = "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref"


def load_error(spec: Path, **options: Any) -> str:
    with pytest.raises(SpecError) as caught:
        load_document(spec, **options)
    return str(caught.value)


def test_every_reference_is_local_and_each_schema_keeps_its_name() -> None:
    document = load_document(FIXTURE / "spec.yaml")
    refs = {ref for _, ref in iter_refs(document.data)}
    assert all(ref.startswith("#/") for ref in refs), refs
    schemas = document.data["components"]["schemas"]
    assert list(schemas) == ["Error", "Pet", "Owner", "Tag", "Address"]
    # the loop across files: Pet.owner -> Owner (owner.json), Owner.pets -> Pet (pet.yaml)
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}
    assert schemas["Owner"]["properties"]["pets"]["items"] == {"$ref": "#/components/schemas/Pet"}
    # a path item taken from its file in its own place; a response that refers back to spec.yaml
    assert document.data["paths"]["/pets/{petId}"]["get"]["operationId"] == "getPet"
    problem = document.data["components"]["responses"]["Problem"]
    assert problem["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"
    }
    assert sorted(Path(file).relative_to(FIXTURE).as_posix() for file in document.files) == [
        "common.yaml",
        "paths/pet.json",
        "schemas/error.json",
        "schemas/owner.json",
        "schemas/pet.yaml",
        "spec.yaml",
    ]


def test_model_classes_are_named_as_in_their_files() -> None:
    files = generate_files(load_config(FIXTURE / "sdkgen.toml")).files
    models = files["src/multifile_api/types/schemas.py"]
    for name in ("Pet", "Owner", "Tag", "Address", "Error"):
        assert f"\nclass {name}(BaseModel):" in models


def test_a_clash_of_names_is_settled_by_the_file_path(tmp_path: Path) -> None:
    write(tmp_path / "cats" / "pet.yaml", {"Pet": {"type": "object", "properties": {"purrs": {}}}})
    write(tmp_path / "dogs" / "pet.yaml", {"Pet": {"type": "object", "properties": {"barks": {}}}})
    spec = main_spec(tmp_path, "./cats/pet.yaml#/Pet")
    data = json.loads(spec.read_text())
    schema = data["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]
    schema["schema"] = {"anyOf": [{"$ref": "./cats/pet.yaml#/Pet"}, {"$ref": "dogs/pet.yaml#/Pet"}]}
    write(spec, data)
    schemas = load_document(spec).data["components"]["schemas"]
    assert list(schemas) == ["Pet", "dogs_Pet"]
    assert "barks" in schemas["dogs_Pet"]["properties"]


def test_an_error_inside_another_file_names_that_file_and_pointer(spec_folder: Path) -> None:
    pet = spec_folder / "schemas" / "pet.yaml"
    pet.write_text(
        pet.read_text().replace("    name:\n      type: string", "    name:\n      type: 5")
    )
    config = load_config(None, {"spec": spec_folder / "spec.yaml", "output": spec_folder / "out"})
    with pytest.raises(SpecError) as caught:
        build_api(load_document(config.spec), config, Diagnostics(quiet=True))
    assert str(caught.value).startswith(f"{pet}#/Pet/properties/name/type: ")


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("./missing.yaml#/Pet", "$ref './missing.yaml#/Pet': no such file {folder}/missing.yaml"),
        (
            "./pet.yaml#/Pett",
            "$ref './pet.yaml#/Pett' points to nothing: {folder}/pet.yaml has no #/Pett",
        ),
        (
            "../outside.yaml#/Pet",
            "$ref '../outside.yaml#/Pet' reads {parent}/outside.yaml, outside the spec's folder "
            "{folder}; add its folder to spec_roots in [tool.sdkgen] to allow it",
        ),
        (
            "https://example.com/pet.yaml#/Pet",
            "$ref 'https://example.com/pet.yaml#/Pet' is a URL, which sdkgen never fetches: "
            "save the document beside the spec and refer to it by a relative path",
        ),
        (
            "./pet.yaml#Pet",
            "$ref './pet.yaml#Pet': what follows '#' must be a JSON pointer (starting with '/')",
        ),
    ],
    ids=["missing-file", "missing-pointer", "outside-the-root", "url", "not-a-pointer"],
)
def test_a_bad_reference_is_one_line_naming_the_file_and_pointer(
    tmp_path: Path, ref: str, message: str
) -> None:
    folder = tmp_path / "api"
    write(folder / "pet.yaml", {"Pet": {"type": "object"}})
    write(tmp_path / "outside.yaml", {"Pet": {"type": "object"}})
    spec = main_spec(folder, ref)
    expected = message.format(folder=folder, parent=tmp_path)
    assert load_error(spec) == f"{spec}#{SITE}: {expected}"


def test_a_bad_reference_in_a_file_referred_to_names_that_file(tmp_path: Path) -> None:
    pet = write(tmp_path / "schemas" / "pet.yaml", {"Pet": {"$ref": "./owner.yaml#/Owner"}})
    spec = main_spec(tmp_path, "schemas/pet.yaml#/Pet")
    assert load_error(spec) == (
        f"{pet}#/Pet/$ref: $ref './owner.yaml#/Owner': no such file {tmp_path}/schemas/owner.yaml"
    )


def test_a_symbolic_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "api"
    write(tmp_path / "secret" / "pet.yaml", {"Pet": {"type": "object"}})
    folder.mkdir()
    (folder / "linked").symlink_to(tmp_path / "secret")
    spec = main_spec(folder, "./linked/pet.yaml#/Pet")
    assert "outside the spec's folder" in load_error(spec)


def test_spec_roots_lets_a_folder_outside_be_read(tmp_path: Path) -> None:
    shared = write(tmp_path / "shared" / "pet.yaml", {"Pet": {"type": "object"}})
    (tmp_path / "api").mkdir()
    spec = main_spec(tmp_path / "api", "../shared/pet.yaml#/Pet")
    (tmp_path / "api" / "pyproject.toml").write_text(
        '[tool.sdkgen]\nspec = "spec.yaml"\noutput = "out"\nspec_roots = ["../shared"]\n'
    )
    config = load_config(tmp_path / "api" / "pyproject.toml")
    assert config.spec_roots == (tmp_path / "api" / "../shared",)
    document = load_document(spec, roots=config.spec_roots)
    assert document.data["components"]["schemas"]["Pet"] == {"type": "object"}
    assert str(shared) in {str(Path(file).resolve()) for file in document.files}


def test_the_limits_hold_for_every_file_read(tmp_path: Path) -> None:
    bomb = tmp_path / "pet.yaml"
    bomb.write_text(
        "Pet: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"L{n}: &{chr(98 + n)} [*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, "
            f"*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, "
            f"*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}]\n"
            for n in range(7)
        )
    )
    spec = main_spec(tmp_path, "./pet.yaml#/Pet")
    error = load_error(spec)
    assert error.startswith(f"{bomb}:") and "YAML aliases expand the document" in error


def test_sdkgen_prints_a_bad_reference_as_one_line(tmp_path: Path) -> None:
    spec = main_spec(tmp_path, "http://example.com/pet.yaml")
    result = sdkgen("generate", "--spec", str(spec), "--output", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"sdkgen: error: {spec}#{SITE}: $ref 'http://example.com/pet.yaml' is a URL, which sdkgen "
        "never fetches: save the document beside the spec and refer to it by a relative path"
    ]
    assert not (tmp_path / "out").exists()


def test_a_change_in_a_file_referred_to_is_seen_by_the_cache_and_check(
    spec_folder: Path, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "SDKGEN_CACHE_DIR": str(tmp_path / "cache"),
        "SDKGEN_CACHE_KEY": "k" * 64,
    }
    command = [str(BIN / "sdkgen"), "--spec", str(spec_folder / "spec.yaml")]
    output = ["--output", str(tmp_path / "out"), "-q"]

    def run(action: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [command[0], action, *command[1:], *output],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,  # no pyproject.toml: the names come from the spec's title
            check=False,
        )

    assert run("generate").returncode == 0
    assert run("check").returncode == 0
    owner = spec_folder / "schemas" / "owner.json"
    data = json.loads(owner.read_text())
    data["Owner"]["properties"]["nickname"] = {"type": "string"}
    owner.write_text(json.dumps(data))
    stale = run("check")
    assert stale.returncode == 1 and "+    nickname: str | None = None" in stale.stdout
    assert run("generate").returncode == 0
    models = (tmp_path / "out" / "src" / "multifile" / "types" / "schemas.py").read_text()
    assert "nickname: str | None = None" in models


def test_diff_compares_specs_split_across_files(spec_folder: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    shutil.copytree(spec_folder, old)
    pet = spec_folder / "schemas" / "pet.yaml"
    pet.write_text(pet.read_text().replace("  required: [id, name]", "  required: [id]"))
    result = sdkgen(
        "diff",
        str(old / "spec.yaml"),
        str(spec_folder / "spec.yaml"),
        "--no-models",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    [change] = json.loads(result.stdout)["changes"]
    assert (change["subject"], change["detail"], change["breaking"]) == (
        "schema Pet.name",
        "field became optional",
        True,
    )
