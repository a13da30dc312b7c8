"""The caches save time and never change a result: parsed YAML specs, compiled templates and
what ruff made of each file.

(The models cache has its own tests in test_model_parts.py.)
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.cache import FormatCache, ParsedYamlCache, open_cache
from generator.config import Config, load_config
from generator.errors import SpecError
from generator.models import generate as models_generate
from generator.models import modules
from generator.output import formatting
from generator.pipeline import generate_files
from generator.spec import loader, parse
from tests.support.paths import FIXTURES, ROOT, SHARED_SPECS, SPEC


def test_a_yaml_spec_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ParsedYamlCache(open_cache(tmp_path))
    first = loader.load_document(SPEC, cache=cache)
    keys = len(parse.top_level_blocks(SPEC.read_bytes()))
    assert len(list((tmp_path / "yaml").glob("*.json"))) == keys == len(first.data)  # one each

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


def test_an_edit_parses_the_top_level_key_that_holds_it_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec.yaml"
    text = SPEC.read_text(encoding="utf-8")
    spec.write_text(text, encoding="utf-8")
    cache = ParsedYamlCache(open_cache(tmp_path / "cache"))
    loader.load_document(spec, cache=cache)
    spec.write_text(text.replace("title: LlamaCloud API", "title: Changed API"), encoding="utf-8")
    parsed: list[bytes] = []
    parse_text = parse.parse_text

    def recording(raw: bytes, display: str, **kwargs: Any) -> Any:
        parsed.append(raw)
        return parse_text(raw, display, **kwargs)

    monkeypatch.setattr(loader, "parse_text", recording)
    data = loader.load_document(spec, cache=cache).data
    assert [raw.partition(b":")[0] for raw in parsed] == [b"info"]
    assert json.dumps(data) == json.dumps(loader.load_document(spec).data)  # in order too


TRICKY = {
    "a key in a quoted value": 'a: "one\nb: two"\nc: 3\n',
    "a key in a flow value": "a: [1,\nb: 2]\nc: 3\n",
    "an alias to another key": "a: &x {k: 1}\nb: *x\n",
    "a key written twice": "a: 1\nb: 2\na: 3\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "an error in a later key": "a: 1\nb: [\nc: 3\n",
    "comments, Windows line ends": "# head\r\n\r\na: 1\r\nb:\r\n  - 2\r\n",
    "a block scalar": "a: |\n  x\n\n  b: y\nc: 1\n",
    "a complex key": "a: 1\n? b\n: 2\n",
}
SPECS = sorted(
    [SPEC, *FIXTURES.rglob("*.yaml"), *SHARED_SPECS.glob("*.yaml")], key=lambda path: path.name
)


@pytest.mark.parametrize(
    "text",
    [*TRICKY.values(), *(path.read_text(encoding="utf-8") for path in SPECS)],
    ids=[*TRICKY, *(path.name for path in SPECS)],
)
def test_a_spec_parsed_by_its_top_level_keys_is_the_spec_parsed_whole(
    tmp_path: Path, text: str
) -> None:
    def parsed(cache: ParsedYamlCache | None) -> str:
        try:
            return json.dumps(loader._parse_cached(text.encode(), Path("s.yaml"), "s.yaml", cache))
        except SpecError as error:
            return str(error)

    whole = parsed(None)
    cache = ParsedYamlCache(open_cache(tmp_path))
    assert parsed(cache) == whole  # parsed key by key
    assert parsed(cache) == whole  # read from the cache


def test_a_corrupt_or_unwritable_cache_only_costs_time(tmp_path: Path) -> None:
    cache = ParsedYamlCache(open_cache(tmp_path))
    expected = loader.load_document(SPEC).data
    loader.load_document(SPEC, cache=cache)
    for entry in (tmp_path / "yaml").glob("*.json"):
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


@pytest.fixture
def generated_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Config, dict[str, str]]:
    """A copy of the project's spec, the project's settings pointed at it (with a cache of
    the test's own), and the files they generate."""
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    config = load_config(ROOT / "pyproject.toml", {"spec": spec, "output": tmp_path / "out"})
    return spec, config, generate_files(config).files


def test_an_edit_no_model_reads_reuses_the_models_merged_and_named(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    generated_copy: tuple[Path, Config, dict[str, str]],
) -> None:
    """An edit to the API's description, servers or tags generates no model part again, and
    merging, tidying and naming the models (seconds on a large spec), or laying them out in
    modules, is not done again."""
    spec, config, before = generated_copy
    text = spec.read_text(encoding="utf-8")
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
    monkeypatch.setattr(modules, "_lay_out", refuse)
    after = generate_files(config).files
    assert [
        path for path in sorted((tmp_path / "cache").glob("*/*.json")) if "yaml" not in path.parts
    ] == [
        path for path in entries if "yaml" not in path.parts
    ]  # no part and no merged module made again (the edited spec is parsed again)
    changed = {name for name in after if after[name] != before.get(name)}
    assert "src/llamacloud/_client.py" in changed  # the client's docstring holds the description
    assert not any("/types/" in name for name in changed)


@pytest.fixture
def ruff_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The files each ruff run fixes and formats."""
    runs: list[list[str]] = []
    ruff = formatting._ruff

    def counting(files: dict[str, str], python: list[str], paths: list[str]) -> dict[str, str]:
        runs.append(paths)
        return ruff(files, python, paths)

    monkeypatch.setattr(formatting, "_ruff", counting)
    return runs


RUFF_SETTINGS = """[project]
name = "pkg"
requires-python = ">=3.11"

[tool.ruff]
line-length = 60

[tool.ruff.lint]
select = ["I", "F401"]
"""


def test_ruff_runs_on_the_new_files_alone_in_the_tree_of_them_all(
    tmp_path: Path, ruff_runs: list[list[str]]
) -> None:
    """Which imports are the SDK's own, ruff tells by the modules around a file: the files
    it does not format are there too, or ``pkg`` would sort with ``httpx`` below."""
    cache = FormatCache(open_cache(tmp_path))
    files = {
        "pyproject.toml": RUFF_SETTINGS,
        "pkg.py": "import os\nx   =  1\n",
        "tests/test_a.py": "import pkg\nimport httpx\n\nprint(httpx, pkg)\n",
    }
    first = formatting.format_files(files, cache)
    assert first["pkg.py"] == "x = 1\n"
    assert ruff_runs == [["pkg.py", "tests/test_a.py"]]
    edited = {**files, "tests/test_a.py": "import pkg\nimport httpx\nprint(httpx, pkg)\n"}
    again = formatting.format_files(edited, cache)
    assert ruff_runs[1] == ["tests/test_a.py"]
    assert again == formatting.format_files(edited)  # as a run without the cache makes it
    assert again["tests/test_a.py"] == "import httpx\n\nimport pkg\n\nprint(httpx, pkg)\n"


def test_other_ruff_settings_format_every_file_again(
    tmp_path: Path, ruff_runs: list[list[str]]
) -> None:
    cache = FormatCache(open_cache(tmp_path))
    call = "print(aaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccc)\n"
    files = {"pyproject.toml": RUFF_SETTINGS, "a.py": call, "b.py": "x = 1\n"}
    formatting.format_files(files, cache)
    # The rest of pyproject.toml (the spec's title and version) is not ruff's business...
    renamed = {**files, "pyproject.toml": "# from API 2.0\n" + RUFF_SETTINGS}
    assert formatting.format_files(renamed, cache) == formatting.format_files(renamed)
    assert len(ruff_runs) == 2  # (and the run without the cache)
    # ...its settings are.
    wider = {**files, "pyproject.toml": RUFF_SETTINGS.replace("= 60", "= 100")}
    assert formatting.format_files(wider, cache)["a.py"] == call
    assert ruff_runs[2] == ["a.py", "b.py"]


def test_a_spec_edit_formats_the_files_it_changes_alone(
    ruff_runs: list[list[str]], generated_copy: tuple[Path, Config, dict[str, str]]
) -> None:  # (ruff_runs first: it counts the first run's ruff too)
    spec, config, before = generated_copy
    text = spec.read_text(encoding="utf-8")
    # A new version, in the header of pyproject.toml, and a new description of the API.
    edited = text.replace("version: 0.1.0", "version: 0.2.0", 1).replace(
        "  description: |-\n    LlamaCloud is", "  description: |-\n    Now LlamaCloud is"
    )
    spec.write_text(edited, encoding="utf-8")
    after = generate_files(config).files
    changed = sorted(path for path in after if path.endswith(".py") and after[path] != before[path])
    assert "src/llamacloud/_client.py" in changed
    assert ruff_runs[1] == changed
    assert after == generate_files(replace(config, cache=False)).files
