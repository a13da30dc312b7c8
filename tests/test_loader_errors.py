"""Broken input is reported as one line naming the file and the place in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.loader import load_document
from tests.spec_builder import build, ok, openapi


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: 3.1.0\ninfo:\n  title: x\n  version: [1\npaths: {}\n")
    with pytest.raises(SpecError) as caught:
        load_document(spec)
    assert str(caught.value).startswith(f"{spec}:5: invalid YAML")


def test_dangling_ref_names_the_pointer(tmp_path: Path) -> None:
    document = openapi({"/x": {"get": {"responses": ok({"$ref": "#/components/schemas/Missing"})}}})
    with pytest.raises(SpecError) as caught:
        build(tmp_path, document)
    assert str(caught.value) == (
        f"{tmp_path / 'spec.json'}#/paths/~1x/get/responses/200/content/application~1json/schema/$ref: "
        "$ref '#/components/schemas/Missing' points to nothing"
    )


def test_not_openapi(tmp_path: Path) -> None:
    spec = tmp_path / "swagger.json"
    spec.write_text('{"swagger": "2.0"}')
    with pytest.raises(SpecError, match="Swagger 2.0 is not supported"):
        load_document(spec)
