"""Broken input is reported as one line naming the file and the place in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import Diagnostics, SpecError
from generator.spec.loader import load_document
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


def test_a_null_ref_is_dropped_with_a_warning_and_an_id_ref_becomes_local(tmp_path: Path) -> None:
    """petstore-3.1.yaml has `$ref: #/...` unquoted (a YAML comment: null) and a 3.1 `$id#anchor` reference."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Pet:\n      type: object\n      properties:\n"
        "        details:\n          $ref: #/components/schemas/Details\n"
        "        detailsId:\n          $ref: /schemas/details#details_id\n"
        "    Details:\n      $id: /schemas/details\n      type: object\n      properties:\n"
        "        id: {type: integer, $anchor: details_id}\n"
    )
    diagnostics = Diagnostics(quiet=True)
    document = load_document(spec, diagnostics)
    properties = document.data["components"]["schemas"]["Pet"]["properties"]
    assert properties["details"] == {}
    assert properties["detailsId"] == {"$ref": "#/components/schemas/Details/properties/id"}
    assert diagnostics.warnings == [
        (
            f"{spec}#/components/schemas/Pet/properties/details/$ref: $ref must be a string, not null; "
            "the reference is ignored and the schema accepts any value"
        )
    ]
