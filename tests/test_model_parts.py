"""Large specs' models are generated in independent parts, in parallel, and cached part by part."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.cache import ModelCache, open_cache
from generator.config import Config
from generator.errors import Diagnostics
from generator.models import ModelClass, ModelSet
from generator.models import generate as models
from generator.models.parts import merge, parse_module, rename_identifiers, split
from generator.pipeline import generate_files
from generator.spec.loader import load_document
from generator.spec.pointers import iter_refs
from tests.spec_builder import ok, openapi, write_spec
from tests.support.paths import FIXTURES, SHARED_SPECS, SPEC, missing

LLAMACLOUD = SHARED_SPECS / "llamacloud.yaml"


@pytest.fixture(scope="module")
def published_spec() -> dict[str, Any]:
    """LlamaCloud's spec as published: 386 schemas, enough to split in parts."""
    if not LLAMACLOUD.is_file():
        pytest.skip(missing(LLAMACLOUD))
    return load_document(LLAMACLOUD).data


def schema_names(part: Any) -> set[str]:
    return set((part.get("components") or {}).get("schemas") or {})


def test_parts_are_disjoint_cover_everything_and_reference_only_themselves(
    published_spec: dict[str, Any],
) -> None:
    parts = split(published_spec, 2)
    assert len(parts) == 2
    names = [schema_names(part) for part in parts]
    assert not names[0] & names[1]
    assert names[0] | names[1] == set(published_spec["components"]["schemas"])
    for part, own in zip(parts, names, strict=True):
        for _, ref in iter_refs({"s": part["components"]["schemas"], "p": part["paths"]}):
            if ref.startswith("#/components/schemas/"):
                assert ref.split("/")[3] in own, ref
    assert split(published_spec, 2) == parts  # deterministic


def test_split_generation_gives_the_same_classes_as_one_run(
    published_spec: dict[str, Any], tmp_path: Path
) -> None:
    def generate(jobs: int) -> ModelSet:
        return models.generate_models(
            published_spec, package="sdk", template_dir=None, spec_file="spec.yaml", jobs=jobs
        )

    def chunks(source: str) -> list[str]:
        return sorted(text for _, text in parse_module(source).chunks)

    single, parallel = generate(1), generate(2)
    assert chunks(single.source) == chunks(parallel.source)
    assert single.classes == parallel.classes


def test_merge_keeps_shared_classes_once_and_renames_clashes() -> None:
    first = '# header\n\nfrom x import A\n\n\nclass Shared(BaseModel):\n    a: int\n\n\nclass Owner(BaseModel):\n    """Owner of a pet."""\n    name: str\n'
    second = (
        "# header\n\nfrom x import B\n\n\nclass Shared(BaseModel):\n    a: int\n\n\n"
        'class Owner(BaseModel):\n    """An Owner, not the other Owner."""\n    id: int\n\n\n'
        "class Pet(BaseModel):\n    owner: Owner\n\n\nPet.model_rebuild()\n"
    )
    source, metadata = merge(
        [first, second],
        [
            [{"class_name": "Owner", "source_ref": "#/a"}],
            [{"class_name": "Owner", "source_ref": "#/b"}],
        ],
        {"a": {}, "b": {}},
    )
    module = parse_module(source)
    # Classes with a schema in its order, then the others by their text.
    assert [name for name, _ in module.chunks] == ["Owner", "Owner2", "Pet", "Shared"]
    assert module.imports == ["from x import A, B"]
    assert module.rebuilds == []  # Owner2 is defined above Pet: nothing to resolve later
    assert "    owner: Owner2\n" in source
    assert '"""An Owner, not the other Owner."""' in source  # text is never renamed
    assert metadata == [
        {"class_name": "Owner", "source_ref": "#/a"},
        {"class_name": "Owner2", "source_ref": "#/b"},
    ]


def test_rename_leaves_strings_and_comments() -> None:
    code = 'x: Owner = Field(alias="Owner")  # Owner\ny = Owners\n'
    assert (
        rename_identifiers(code, {"Owner": "Owner2"})
        == 'x: Owner2 = Field(alias="Owner")  # Owner\ny = Owners\n'
    )


def test_a_cache_hit_skips_generation_and_gives_the_same_models(
    published_spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ModelCache(open_cache(tmp_path))
    kwargs: dict[str, Any] = {
        "package": "sdk",
        "template_dir": None,
        "spec_file": "spec.yaml",
        "jobs": 2,
    }
    first = models.generate_models(published_spec, cache=cache, **kwargs)
    assert len(list((tmp_path / "models").glob("*.json"))) == 2

    def refuse(*args: object) -> object:
        raise AssertionError("generated although cached")

    monkeypatch.setattr(models, "_generate_part", refuse)
    again = models.generate_models(published_spec, cache=cache, **kwargs)
    assert (again.source, again.classes) == (first.source, first.classes)


def test_a_changed_schema_regenerates_only_its_part(
    published_spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ModelCache(open_cache(tmp_path))
    kwargs: dict[str, Any] = {
        "package": "sdk",
        "template_dir": None,
        "spec_file": "spec.yaml",
        "jobs": 2,
    }
    models.generate_models(published_spec, cache=cache, **kwargs)
    changed = dict(published_spec)
    schemas = dict(changed["components"]["schemas"])
    schemas["ClassifyJob"] = {
        **schemas["ClassifyJob"],
        "description": "A classify job, described anew.",
    }
    changed["components"] = {**changed["components"], "schemas": schemas}
    calls: list[int] = []
    real = models._generate_part

    def counting(part: Any, options: Any) -> Any:
        calls.append(len(schema_names(part)))
        return real(part, options)

    monkeypatch.setattr(models, "_generate_part", counting)
    monkeypatch.setattr(
        models,
        "_generate_parts",
        lambda parts, options, jobs, finished, workers: [counting(p, options) for p in parts],
    )
    result = models.generate_models(changed, cache=cache, **kwargs)
    assert len(calls) == 1
    assert "A classify job, described anew." in result.source


def _large_spec() -> dict[str, Any]:
    """Enough schemas to be split, in interleaved groups (so the split could reorder classes),
    and an operation whose query parameters share one ``$ref`` beside an inline enum."""
    schemas: dict[str, Any] = {"Cursor": {"type": "string"}}
    for index in range(SPLIT_SCHEMAS):
        properties: dict[str, Any] = {"name": {"type": "string"}}
        if index >= 3:  # three interleaved chains: S0 <- S3 <- S6 ..., S1 <- S4 ..., S2 <- S5 ...
            properties["previous"] = {"$ref": f"#/components/schemas/S{index - 3}"}
        schemas[f"S{index}"] = {"type": "object", "properties": properties}
    cursor = {"$ref": "#/components/schemas/Cursor"}
    parameters = [
        {"name": "before", "in": "query", "schema": cursor},
        {"name": "after", "in": "query", "schema": cursor},
        {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
    ]
    item = {"$ref": "#/components/schemas/S0"}
    return openapi(
        {
            "/channels/{channel_id}/messages": {
                "parameters": [
                    {"name": "channel_id", "in": "path", "required": True, "schema": cursor}
                ],
                "get": {
                    "operationId": "listMessages",
                    "parameters": parameters,
                    "responses": ok({"type": "array", "items": item}),
                },
            }
        },
        schemas,
    )


SPLIT_SCHEMAS = models.SPLIT_FROM_SCHEMAS + 3


def test_parameters_that_share_a_reference_generate_in_parts(tmp_path: Path) -> None:
    spec = _large_spec()
    parts = split(spec, 2)
    assert len(parts) == 2
    for part in parts:
        for item in part["paths"].values():
            for operation in (item.get("get"),):
                if operation is None:
                    continue
                listed = [*item.get("parameters", []), *operation.get("parameters", [])]
                names = [parameter["name"] for parameter in listed]
                assert len(names) == len(set(names)), names
    result = models.generate_models(
        spec, package="sdk", template_dir=None, spec_file="spec.json", jobs=2
    )
    enum = result.for_pointer("/paths/~1channels~1{channel_id}~1messages/get/parameters/2/schema")
    assert enum is not None and enum.kind == "enum"


def _generated_with_cpus(
    directory: Path, spec: dict[str, Any], cpus: int, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    monkeypatch.setattr(os, "cpu_count", lambda: cpus)
    config = Config(
        spec=write_spec(directory, spec), output=directory / "out", package="sdk", cache=False
    )
    return generate_files(config, Diagnostics(quiet=True)).files


def test_the_sdk_does_not_depend_on_the_cpu_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = _large_spec()
    outputs = [_generated_with_cpus(tmp_path, spec, cpus, monkeypatch) for cpus in (1, 2, 4)]
    assert outputs[0] == outputs[1] == outputs[2]


@pytest.mark.parametrize(
    "spec",
    [
        SPEC,
        *(FIXTURES / case / "spec.yaml" for case in ("operations", "realworld", "schemas")),
        # Cycles through root models, and schemas datamodel-code-generator leaves out.
        SHARED_SPECS / "opc-e2e-baseline-3.0.json",
        SHARED_SPECS / "opc-e2e-baseline-3.1.yaml",
    ],
    ids=lambda spec: spec.name if spec.parent == SHARED_SPECS else spec.parent.name,
)
def test_the_sdk_does_not_depend_on_the_number_of_parts(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Forced into 1, 2 or 4 parts, a spec gives the same bytes: the merged module orders its
    classes and imports canonically, not by part."""
    if not spec.is_file():
        pytest.skip(missing(spec))
    outputs = []
    for parts in (1, 2, 4):
        monkeypatch.setattr(models, "part_count", lambda schemas, parts=parts: parts)
        config = Config(
            spec=spec, output=tmp_path / "out", package="sdk", cache=False, lenient=True
        )
        outputs.append(generate_files(config, Diagnostics(quiet=True)).files)
    assert outputs[0] == outputs[1] == outputs[2]


@pytest.mark.skipif(
    not (SHARED_SPECS / "openai.yaml").is_file(),
    reason=missing(SHARED_SPECS / "openai.yaml"),
)
def _cycles_spec() -> dict[str, Any]:
    """Schemas that refer to themselves or to each other, directly and through the items of
    arrays (the patterns of openapi-python-client's end-to-end spec)."""

    def ref(name: str) -> dict[str, str]:
        return {"$ref": f"#/components/schemas/{name}"}

    def items(properties: dict[str, Any]) -> dict[str, Any]:
        return {"type": "array", "items": {"type": "object", "properties": properties}}

    schemas: dict[str, Any] = {
        "Node": {"type": "object", "properties": {"next": ref("Node")}},
        "PingA": {"type": "object", "properties": {"b": ref("PingB")}},
        "PingB": {"type": "object", "properties": {"a": ref("PingA")}},
        "Nested": items({"nested": ref("Nested")}),
        "ListA": items({"circular": ref("ListB")}),
        "ListB": items({"circular": ref("ListA")}),
        "MapA": {"type": "array", "items": {"type": "object", "additionalProperties": ref("MapB")}},
        "MapB": {"type": "array", "items": {"type": "object", "additionalProperties": ref("MapA")}},
    }
    paths = {
        f"/{name.lower()}": {"get": {"operationId": f"get{name}", "responses": ok(ref(name))}}
        for name in schemas
    }
    return openapi(paths, schemas)


def test_cycles_are_spelled_by_the_merged_order_not_by_a_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A part quotes the forward references in a root model's bases (``RootModel[list["Item"]]``)
    and calls ``model_rebuild()`` by its own order of a cycle's classes. The merged module
    spells both from its own order, so 1, 2 and 4 parts give the same bytes, and the module
    imports and validates a recursive value."""
    spec = write_spec(tmp_path, _cycles_spec())
    outputs = []
    for parts in (1, 2, 4):
        monkeypatch.setattr(models, "part_count", lambda schemas, parts=parts: parts)
        config = Config(spec=spec, output=tmp_path / "out", package="sdk", cache=False)
        outputs.append(generate_files(config, Diagnostics(quiet=True)).files)
    assert outputs[0] == outputs[1] == outputs[2]
    for path, text in outputs[0].items():
        (tmp_path / "sdk" / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "sdk" / path).write_text(text)
    check = (
        "from sdk.types import ListA, Node\n"
        "a = ListA.model_validate([{'circular': [{'circular': []}]}])\n"
        "assert a.root[0].circular.root[0].circular.root == []\n"
        "assert Node.model_validate({'next': {'next': None}}).next.next is None\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", check],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "sdk" / "src")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr


def test_openai_models_do_not_depend_on_the_number_of_processes() -> None:
    spec = load_document(SHARED_SPECS / "openai.yaml").data
    results = [
        models.generate_models(
            spec, package="sdk", template_dir=None, spec_file="openai.yaml", jobs=jobs
        )
        for jobs in (1, 4)
    ]
    assert results[0].source == results[1].source
    assert results[0].classes == results[1].classes


@pytest.mark.parametrize(
    ("schemas", "parts"), [(1, 1), (149, 1), (150, 2), (1_422, 2), (3_000, 5), (100_000, 8)]
)
def test_the_number_of_parts_follows_the_spec_alone(schemas: int, parts: int) -> None:
    assert models.part_count(schemas) == parts


def test_a_referenced_media_type_beside_an_inline_one_makes_no_placeholder() -> None:
    """A multipart body that refers to a component beside an inline text type (OpenAI's
    ``POST /realtime/calls``): in a part without that component it became a second class of the
    same name, ``Any`` inside, which the pointer then named (``RealtimeCallCreateRequest2``)."""
    schemas: dict[str, Any] = {
        f"S{index}": {"type": "object", "properties": {"a": {"type": "string"}}}
        for index in range(SPLIT_SCHEMAS)
    }
    schemas["Call"] = {
        "type": "object",
        "required": ["sdp"],
        "properties": {"sdp": {"type": "string"}},
    }
    body = {"content": {
        "multipart/form-data": {"schema": {"$ref": "#/components/schemas/Call"}},
        "application/sdp": {"schema": {"type": "string"}},
    }}  # fmt: skip
    spec = openapi(
        {
            "/calls": {
                "post": {
                    "requestBody": body,
                    "responses": ok({"type": "object", "properties": {"id": {"type": "string"}}}),
                }
            }
        },
        schemas,
    )
    result = models.generate_models(
        spec, package="sdk", template_dir=None, spec_file="spec.json", jobs=2
    )
    assert result.for_pointer("/components/schemas/Call") == ModelClass("Call", "model")
    assert "class Call2" not in result.source


def test_a_renamed_class_is_renamed_in_quoted_references_too() -> None:
    """A part's forward reference is a string (``RootModel[list["Owner"]]``): when the merge
    renames that part's ``Owner`` (another part has an ``Owner`` of its own), the reference
    follows."""
    first = "from x import A\n\n\nclass Owner(BaseModel):\n    name: str\n"
    second = (
        "from x import A\n\n\nclass Owners(RootModel[list['Owner']]):\n"
        "    root: list[Owner]\n\n\nclass Owner(BaseModel):\n    id: int\n"
    )
    source, _ = merge(
        [first, second],
        [
            [{"class_name": "Owner", "source_ref": "#/a"}],
            [
                {"class_name": "Owners", "source_ref": "#/b"},
                {"class_name": "Owner", "source_ref": "#/c"},
            ],
        ],
        {"a": {}, "b": {}, "c": {}},
    )
    assert "class Owners(RootModel[list[Owner2]]):" in source
    assert "    root: list[Owner2]\n" in source
