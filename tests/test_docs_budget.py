"""Reference pages stay readable on richly nested specs: once a field tree has laid out
FIELD_BUDGET fields, nested schemas show their type only."""

from __future__ import annotations

import json
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from generator.config import Config
from generator.errors import Diagnostics
from generator.ir.builder import build_api
from generator.models import ModelSet
from generator.render import docs
from generator.render.docs import DocBuilder, DocField
from generator.render.pytypes import TypeMapper
from generator.render.views import Views
from generator.spec.loader import load_document


def nested_spec() -> dict[str, Any]:
    """A response of 30 objects of 30 objects of 5 strings: 30 + 900 + 4,500 fields."""
    leaf = {"type": "object", "properties": {f"s{i}": {"type": "string"} for i in range(5)}}
    middle = {"type": "object", "properties": {f"m{i}": leaf for i in range(30)}}
    top = {"type": "object", "properties": {f"t{i:02}": middle for i in range(30)}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Nested", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        }
                    }
                }
            }
        },
        "components": {"schemas": {"Thing": top}},
    }  # fmt: skip


def count(field: DocField) -> int:
    return 1 + sum(count(child) for child in field.children)


def returns_tree(tmp_path: Path) -> DocField:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(nested_spec()), encoding="utf-8")
    api = build_api(
        load_document(spec), Config(spec=spec, output=tmp_path), Diagnostics(quiet=True)
    )
    operation = api.operations[0]
    views = Views(api, TypeMapper(api, ModelSet("", MappingProxyType({}))), ())
    page = DocBuilder(api, "nested").page(operation, views.method(operation))
    assert page.returns is not None
    return page.returns


def test_a_deep_tree_is_cut_at_the_budget_and_keeps_every_top_level_field(tmp_path: Path) -> None:
    tree = returns_tree(tmp_path)
    # The objects being laid out when the budget runs out still list their own fields.
    assert count(tree) <= 1 + docs.FIELD_BUDGET + 30 + 30 + 5
    assert [child.name for child in tree.children] == [f"t{i:02}" for i in range(30)]
    assert tree.children[0].children, "the first fields are laid out in full"
    assert tree.children[-1].summary.startswith("optional object {"), "the last ones by type"


def test_without_the_budget_the_tree_would_be_far_larger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docs, "FIELD_BUDGET", 10**6)
    assert count(returns_tree(tmp_path)) == 1 + 30 + 900 + 4500
