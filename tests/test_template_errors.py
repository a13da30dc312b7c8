"""A mistake in a user's templates names the file and line, and never goes unnoticed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.support.commands import sdkgen
from tests.support.paths import FIXTURES, GOLDEN
from tests.support.sdk_files import models_source


def generate_with(templates: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return sdkgen("generate", "-q", "--templates", str(templates), "--output", str(output))


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_a_misspelt_block_names_the_file_line_and_closest_block(tmp_path: Path) -> None:
    template = write(
        tmp_path / "t",
        "sdk/package/resources/resource.py.jinja",
        '{% extends "builtin/sdk/package/resources/resource.py.jinja" %}\n\n'
        "{% block metod %}{{ super() }}{% endblock %}\n",
    )
    result = generate_with(tmp_path / "t", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"sdkgen: error: template {template}:3: builtin/sdk/package/resources/resource.py.jinja "
        "has no block 'metod' (did you mean 'method'?)"
    )
    assert not (tmp_path / "out").exists()


def test_a_file_that_overrides_nothing_names_the_closest_template(tmp_path: Path) -> None:
    template = write(tmp_path / "t", "sdk/package/_clinet.py.jinja", "x = 1\n")
    result = generate_with(tmp_path / "t", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr == (
        f"sdkgen: error: template {template}: 'sdk/package/_clinet.py.jinja' is not a built-in "
        "template, so it would override nothing; did you mean 'sdk/package/_client.py.jinja'?\n"
    )


def test_a_helper_file_an_override_includes_is_fine(tmp_path: Path) -> None:
    write(
        tmp_path / "t",
        "macros/notes.jinja",
        "{% macro note() %}Support: help@example.com{% endmacro %}\n",
    )
    write(
        tmp_path / "t",
        "docs/index.md.jinja",
        '{% from "macros/notes.jinja" import note %}# {{ api.title | md_inline }}\n\n{{ note() }}\n',
    )
    result = generate_with(tmp_path / "t", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "Support: help@example.com" in (tmp_path / "out" / "docs" / "index.md").read_text()


def test_invalid_python_names_the_generated_line_and_the_template(tmp_path: Path) -> None:
    template = write(
        tmp_path / "t",
        "sdk/package/_client.py.jinja",
        '{% extends "builtin/sdk/package/_client.py.jinja" %}\n'
        "{% block client_docstring %}    def broken(:\n{% endblock %}\n",
    )
    result = generate_with(tmp_path / "t", tmp_path / "out")
    assert result.returncode == 2
    line = result.stderr.strip()
    assert line.startswith("sdkgen: error: src/llamacloud/_client.py:")
    assert line.endswith(
        f"rendered by your template {template} (overriding sdk/package/_client.py.jinja)"
    )
    assert "ruff" not in line


def test_a_model_template_that_is_not_one_names_the_closest(tmp_path: Path) -> None:
    template = write(tmp_path / "t", "models/pydantic_v2/BaseModle.jinja2", "x\n")
    result = generate_with(tmp_path / "t", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr == (
        f"sdkgen: error: template {template}: 'pydantic_v2/BaseModle.jinja2' is not a "
        "datamodel-code-generator template, so it would override nothing; did you mean "
        "'pydantic_v2/BaseModel.jinja2'?\n"
    )


def test_exported_model_templates_generate_the_built_in_models_until_edited(tmp_path: Path) -> None:
    exported = tmp_path / "exported"
    assert sdkgen("templates", "export", str(exported)).returncode == 0
    folder = tmp_path / "t"
    shutil.copytree(exported / "models", folder / "models")  # as docs/templates.md says
    config = FIXTURES / "schemas" / "sdkgen.toml"
    output = tmp_path / "out"
    result = sdkgen(
        "generate",
        "-q",
        "--no-cache",
        "--config",
        str(config),
        "--templates",
        str(folder),
        "--output",
        str(output),
    )
    assert result.returncode == 0, result.stderr
    golden = GOLDEN / "schemas"
    for path in golden.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:  # bytecode of tests that import it
            assert (output / path.relative_to(golden)).read_bytes() == path.read_bytes(), path

    base_model = folder / "models" / "pydantic_v2" / "BaseModel.jinja2"
    base_model.write_text(
        base_model.read_text().replace("):{% if comment", "):  # ours{% if comment", 1)
    )
    result = sdkgen(
        "generate",
        "-q",
        "--no-cache",
        "--config",
        str(config),
        "--templates",
        str(folder),
        "--output",
        str(output),
        "--force",
    )
    assert result.returncode == 0, result.stderr
    assert "(BaseModel):  # ours" in models_source(output / "src" / "schemas_api")


def test_a_model_template_that_breaks_python_says_so(tmp_path: Path) -> None:
    exported = tmp_path / "exported"
    assert sdkgen("templates", "export", str(exported)).returncode == 0
    base_model = exported / "models" / "pydantic_v2" / "BaseModel.jinja2"
    base_model.write_text(
        base_model.read_text().replace("class {{ class_name }}(", "class {{ class_name }}((", 1)
    )
    folder = tmp_path / "t"
    shutil.copytree(exported / "models", folder / "models")
    result = generate_with(folder, tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"sdkgen: error: model generation with your model templates ({folder / 'models'}) failed:"
    )
    assert "internal error" not in result.stderr
