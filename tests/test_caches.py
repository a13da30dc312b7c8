"""The caches save time and never change a result: parsed YAML specs and compiled templates.

(The models cache has its own tests in test_model_parts.py.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.cache import ParsedYamlCache, open_cache
from generator.config import load_config
from generator.models import generate as models_generate
from generator.pipeline import generate_files
from generator.spec import loader
from tests.support.paths import ROOT, SPEC


def test_a_yaml_spec_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ParsedYamlCache(open_cache(tmp_path))
    first = loader.load_document(SPEC, cache=cache)
    assert len(list((tmp_path / "yaml").glob("*.json"))) == 1

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(loader, "parse_text", refuse)
    again = loader.load_document(SPEC, cache=cache)
    assert again.data == first.data
    assert list(again.data) == list(first.data)  # key order too: it decides the output's order


def test_a_changed_spec_is_parsed_again(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    cache = ParsedYamlCache(open_cache(tmp_path / "cache"))
    loader.load_document(spec, cache=cache)
    spec.write_text(
        SPEC.read_text(encoding="utf-8").replace("title: LlamaCloud API", "title: Changed API"),
        encoding="utf-8",
    )
    assert loader.load_document(spec, cache=cache).data["info"]["title"] == "Changed API"


def test_a_corrupt_or_unwritable_cache_only_costs_time(tmp_path: Path) -> None:
    cache = ParsedYamlCache(open_cache(tmp_path))
    expected = loader.load_document(SPEC).data
    loader.load_document(SPEC, cache=cache)
    (entry,) = (tmp_path / "yaml").glob("*.json")
    entry.write_text('{"openapi": "3.1.0", "trunc', encoding="utf-8")
    assert loader.load_document(SPEC, cache=cache).data == expected
    blocked = tmp_path / "file-in-the-way"
    blocked.write_text("", encoding="utf-8")
    assert loader.load_document(SPEC, cache=ParsedYamlCache(open_cache(blocked))).data == expected


def test_an_edited_user_template_is_used_although_its_old_version_is_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    overrides = tmp_path / "templates" / "docs"
    overrides.mkdir(parents=True)
    template = overrides / "index.md.jinja"
    config = load_config(ROOT / "pyproject.toml", {"templates": tmp_path / "templates"})
    template.write_text("first {{ api.title | md }}\n")
    assert generate_files(config).files["docs/index.md"] == "first LlamaCloud API\n"
    assert list((tmp_path / "cache" / "templates").rglob("*.cache"))
    template.write_text("second {{ api.title | md }}\n")
    assert generate_files(config).files["docs/index.md"] == "second LlamaCloud API\n"


def test_an_edit_no_model_reads_reuses_the_models_merged_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit to the API's description, servers or tags generates no model part again, and
    merging, tidying and naming the models (seconds on a large spec) is not done again."""
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "spec.yaml"
    text = SPEC.read_text(encoding="utf-8")
    spec.write_text(text, encoding="utf-8")
    config = load_config(ROOT / "pyproject.toml", {"spec": spec, "output": tmp_path / "out"})
    before = generate_files(config).files
    entries = sorted((tmp_path / "cache").glob("*/*.json"))
    edited = text.replace(
        "  description: |-\n    LlamaCloud is", "  description: |-\n    Now LlamaCloud is"
    )
    edited = edited.replace("description: Production", "description: Production, edited")
    assert edited.count("edited") == 1 and "Now LlamaCloud" in edited
    spec.write_text(edited, encoding="utf-8")

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("models made again although nothing they read changed")

    monkeypatch.setattr(models_generate, "_generate_parts", refuse)
    monkeypatch.setattr(models_generate, "tidy_models", refuse)
    after = generate_files(config).files
    assert [
        path for path in sorted((tmp_path / "cache").glob("*/*.json")) if "yaml" not in path.parts
    ] == [
        path for path in entries if "yaml" not in path.parts
    ]  # no part and no merged module made again (the edited spec is parsed again)
    changed = {name for name in after if after[name] != before.get(name)}
    assert "src/llamacloud/_client.py" in changed  # the client's docstring holds the description
    assert not any("/types/" in name for name in changed)
