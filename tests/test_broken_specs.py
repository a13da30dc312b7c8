"""Broken specs fail cleanly: exit 1 (2 for usage errors), one line naming the file and the place,
no traceback unless --debug, and the output folder exactly as it was.

Each fixture in tests/fixtures/broken/ is one kind of breakage, run through the real
``sdkgen generate`` into a folder that already holds an SDK (the petstore one).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.support.commands import sdkgen
from tests.support.paths import FIXTURES

BROKEN = FIXTURES / "broken"
CONFIG = FIXTURES / "petstore" / "sdkgen.toml"

# fixture -> (the place named after the file name, what the message says)
CASES = {
    "invalid_yaml.yaml": (
        ":8",
        "invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping that starts on line 7)",
    ),
    "invalid_json.json": (":4", "invalid JSON: Expecting property name enclosed in double quotes"),
    "not_openapi.yaml": ("", "not an OpenAPI document: no 'openapi' version field"),
    "dangling_ref.yaml": (
        "#/paths/~1pets/get/responses/200/content/application~1json/schema/$ref",
        "$ref '#/components/schemas/Pet' points to nothing",
    ),
    "ref_cycle.yaml": (
        "#/components/schemas/Animal/$ref",
        "$ref loop with no schema in it: /components/schemas/Pet -> /components/schemas/Animal -> /components/schemas/Pet",
    ),
    "allof_cycle.yaml": (
        "#/components/schemas/Pet/allOf/0/$ref",
        (
            "allOf cycle: a schema cannot extend itself: "
            "/components/schemas/Pet -> /components/schemas/Animal -> /components/schemas/Pet"
        ),
    ),
    "unknown_type.yaml": ("#/components/schemas/Pet/properties/age/type", "unknown type 'int'"),
    "recursive_alias.yaml": (
        ":14",
        "YAML alias *pet is inside the node it refers to, so it never ends",
    ),
    "billion_laughs.yaml": (
        ":11",
        (
            "YAML aliases expand the document to over 1,000,000 nodes (here at *f); "
            "sdkgen expands a document to 10 times its nodes or 1,000,000 nodes at most"
        ),
    ),
    "duplicate_operation_id.yaml": (
        "#/paths/~1cats/get/operationId",
        (
            "duplicate operationId 'listPets' (also at /paths/~1pets/get); the generated code does not depend on it: "
            "set lenient = true in [tool.sdkgen] to make this a warning"
        ),
    ),
    "method_name_collision.yaml": (
        "#/paths/~1pets~1find/post",
        (
            "two operations map to the method pets.search(): GET /pets and POST /pets/find; "
            "set x-sdkgen-method on one of them"
        ),
    ),
    "undeclared_path_parameter.yaml": (
        "#/paths/~1pets~1{petId}/get",
        "path parameter {petId} in '/pets/{petId}' is not declared",
    ),
    "header_name.yaml": (
        "#/paths/~1pets/get/parameters/0/name",
        "'X-Trace\\r\\nX-Injected: yes' is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)",
    ),
    "dot_segments.yaml": ("#/paths/~1pets~1..~1admin", "a path must not have '.' or '..' segments"),
    "long_name.yaml": (
        f"#/paths/~1{'a' * 300}/get",
        (
            f"the name {'a' * 40}... is longer than 100 characters; name the operation with x-sdkgen-resource "
            "and x-sdkgen-method"
        ),
    ),
}


def snapshot(folder: Path) -> dict[str, tuple[bytes, int] | None]:
    """Every file's bytes and modification time, and every folder."""
    return {
        path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        if path.is_file()
        else None
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="module")
def previous_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the SDK of an earlier, good run."""
    work = tmp_path_factory.mktemp("broken")
    result = sdkgen(
        "generate", "-q", "--config", str(CONFIG), "--output", str(work / "sdk"), cwd=work
    )
    assert result.returncode == 0, result.stderr
    return work / "sdk"


def test_every_fixture_is_covered() -> None:
    assert sorted(path.name for path in BROKEN.iterdir()) == sorted(CASES)


@pytest.mark.parametrize("fixture", sorted(CASES))
def test_a_broken_spec_is_one_line_naming_the_place_and_the_output_is_untouched(
    fixture: str, previous_sdk: Path, tmp_path: Path
) -> None:
    spec = tmp_path / fixture  # a copy: the message must name the file it was given
    shutil.copyfile(BROKEN / fixture, spec)
    before = snapshot(previous_sdk)
    place, message = CASES[fixture]
    result = sdkgen(
        "generate",
        "--config",
        str(CONFIG),
        "--spec",
        fixture,
        "--output",
        str(previous_sdk),
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"sdkgen: error: {fixture}{place}: {message}"]
    assert snapshot(previous_sdk) == before
    # `check` reports the same, and --debug adds the traceback.
    checked = sdkgen(
        "check",
        "--config",
        str(CONFIG),
        "--spec",
        fixture,
        "--output",
        str(previous_sdk),
        cwd=tmp_path,
    )
    assert (checked.returncode, checked.stderr) == (1, result.stderr)
    debug = sdkgen(
        "generate",
        "--debug",
        "--config",
        str(CONFIG),
        "--spec",
        fixture,
        "--output",
        str(previous_sdk),
        cwd=tmp_path,
    )
    assert debug.returncode == 1
    assert debug.stderr.startswith("Traceback (most recent call last):")
    assert debug.stderr.splitlines()[-1] == result.stderr.strip()
    assert snapshot(previous_sdk) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["generate", "--no-such-flag"], "sdkgen: error: unrecognized arguments: --no-such-flag"),
        (["generate", "--spec"], "sdkgen: error: argument --spec: expected one argument"),
        (
            ["frobnicate"],
            "sdkgen: error: argument COMMAND: invalid choice: 'frobnicate' (choose from ",
        ),
    ],
)
def test_usage_errors_exit_2(
    args: list[str], message: str, previous_sdk: Path, tmp_path: Path
) -> None:
    before = snapshot(previous_sdk)
    result = sdkgen(*args, "--config", str(CONFIG), "--output", str(previous_sdk), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith(message)
    assert "Traceback" not in result.stderr
    assert snapshot(previous_sdk) == before


def test_a_broken_config_is_a_usage_error(previous_sdk: Path, tmp_path: Path) -> None:
    config = tmp_path / "sdkgen.toml"
    config.write_text('[tool.sdkgen]\nspec = "spec.yaml"\npackage = "not a package"\n')
    before = snapshot(previous_sdk)
    result = sdkgen(
        "generate", "--config", str(config), "--output", str(previous_sdk), cwd=tmp_path
    )
    assert (result.returncode, result.stderr.splitlines()) == (
        2,
        [
            f"sdkgen: error: {config}#/tool/sdkgen: package 'not a package' is not a valid Python package name"
        ],
    )
    assert snapshot(previous_sdk) == before


def test_a_missing_spec_file(previous_sdk: Path, tmp_path: Path) -> None:
    result = sdkgen(
        "generate",
        "--config",
        str(CONFIG),
        "--spec",
        "nowhere.yaml",
        "--output",
        str(previous_sdk),
        cwd=tmp_path,
    )
    assert (result.returncode, result.stderr) == (
        1,
        "sdkgen: error: nowhere.yaml: spec file not found\n",
    )


def test_a_file_in_the_way_is_refused_before_anything_is_written(
    previous_sdk: Path, tmp_path: Path
) -> None:
    """A file sdkgen did not write stands where it would write one: nothing at all is written."""
    output = tmp_path / "sdk"
    shutil.copytree(previous_sdk, output)
    (output / "README.md").write_text("mine\n")
    (output / "src" / "petstore" / "_client.py").unlink()  # would be written back...
    manifest = output / ".sdkgen-manifest.json"
    recorded = json.loads(manifest.read_text())
    del recorded["files"]["README.md"]  # ...but README.md is not sdkgen's now
    manifest.write_text(json.dumps(recorded))
    before = snapshot(output)
    result = sdkgen("generate", "--config", str(CONFIG), "--output", str(output), cwd=tmp_path)
    assert result.returncode == 1
    assert (
        result.stderr
        == f"sdkgen: error: refusing to overwrite {output / 'README.md'}: sdkgen did not generate it (move it away first)\n"
    )
    assert snapshot(output) == before


def test_a_symbolic_link_out_of_the_output_folder_is_refused(
    previous_sdk: Path, tmp_path: Path
) -> None:
    output = tmp_path / "sdk"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    shutil.copytree(previous_sdk, output)
    shutil.rmtree(output / "docs")
    (output / "docs").symlink_to(outside, target_is_directory=True)
    result = sdkgen("generate", "--config", str(CONFIG), "--output", str(output), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith(f"sdkgen: error: refusing to write {output / 'docs'}/")
    assert result.stderr.endswith(": a symbolic link leads it outside the output folder\n")
    assert list(outside.iterdir()) == []


def test_an_odd_but_harmless_header_name_is_a_warning(tmp_path: Path) -> None:
    """A space cannot split a request (a line break can: header_name.yaml); generation goes on."""
    spec = tmp_path / "spec.yaml"
    text = (
        (BROKEN / "header_name.yaml").read_text().replace("X-Trace\\r\\nX-Injected: yes", "X Trace")
    )
    # (A model, too: without one, datamodel-code-generator fails; see tests/test_property_based.py.)
    spec.write_text(
        text + "components: {schemas: {Pet: {type: object, properties: {id: {type: string}}}}}\n"
    )
    result = sdkgen(
        "generate", "--config", str(CONFIG), "--spec", "spec.yaml", "--output", "out", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        (
            "warning: spec.yaml#/paths/~1pets/get/parameters/0/name: 'X Trace' is not a valid header name "
            "(letters, digits and !#$%&'*+-.^_`|~ only); HTTP clients refuse to send it"
        ),
        "1 warning: 1 odd header name",
    ]


SEVERAL_ERRORS = """\
openapi: 3.1.0
info: {title: Broken, version: "1"}
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: body, schema: {type: integer}}
        - {name: kind, in: query, schema: {type: str}}
      requestBody:
        content: {"application json": {schema: {type: object}}}
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}
        "600": {description: Odd}
  /pets/{petId}:
    get:
      responses: {"200": {description: OK}}
  /owners:
    get:
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Owner"}}}}
components:
  schemas:
    Pet:
      type: object
      properties: {age: {type: int}}
    Owner:
      type: object
      properties: {pets: {type: array, items: {$ref: "#/components/schemas/Pett"}}}
    Cat: {$ref: "#/components/schemas/Feline"}
    Feline: {$ref: "#/components/schemas/Cat"}
"""


def test_every_error_in_the_spec_is_reported_in_one_run(previous_sdk: Path, tmp_path: Path) -> None:
    """Schemas, parameters, request bodies, responses and operations in error are each reported
    once (a schema that several places use, a $ref loop however it is entered), each on its line."""
    (tmp_path / "spec.yaml").write_text(SEVERAL_ERRORS)
    before = snapshot(previous_sdk)
    args = ("--config", str(CONFIG), "--spec", "spec.yaml", "--output", str(previous_sdk))
    result = sdkgen("generate", *args, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        f"sdkgen: error: spec.yaml#{place}: {message}"
        for place, message in [
            ("/components/schemas/Pet/properties/age/type", "unknown type 'int'"),
            (
                "/components/schemas/Owner/properties/pets/items/$ref",
                "$ref '#/components/schemas/Pett' points to nothing",
            ),
            (
                "/components/schemas/Feline/$ref",
                "$ref loop with no schema in it: "
                "/components/schemas/Cat -> /components/schemas/Feline -> /components/schemas/Cat",
            ),
            ("/paths/~1pets/get/parameters/0/in", "parameter 'limit' has an invalid 'in': 'body'"),
            ("/paths/~1pets/get/parameters/1/schema/type", "unknown type 'str'"),
            (
                "/paths/~1pets/get/requestBody/content/application json",
                "'application json' is not a valid media type",
            ),
            ("/paths/~1pets/get/responses/600", "invalid response status '600'"),
            (
                "/paths/~1pets~1{petId}/get",
                "path parameter {petId} in '/pets/{petId}' is not declared",
            ),
        ]
    ]
    assert snapshot(previous_sdk) == before
    checked = sdkgen("check", *args, cwd=tmp_path)
    assert (checked.returncode, checked.stderr) == (1, result.stderr)


def test_past_twenty_errors_the_rest_are_counted(previous_sdk: Path, tmp_path: Path) -> None:
    schemas = "".join(f"    S{index:02}: {{type: int{index:02}}}\n" for index in range(25))
    spec = f'openapi: 3.1.0\ninfo: {{title: T, version: "1"}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}'
    (tmp_path / "spec.yaml").write_text(spec)
    result = sdkgen(
        "generate", "--config", str(CONFIG), "--spec", "spec.yaml", "--output", str(previous_sdk),
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        *(
            f"sdkgen: error: spec.yaml#/components/schemas/S{index:02}/type: unknown type 'int{index:02}'"
            for index in range(20)
        ),
        "sdkgen: error: … and 5 more",
    ]
