"""Model class names come from the spec and stay put when the spec changes elsewhere.

A union branch is named by its title, its tag or its kind, never by its place in the list; a
class inside a schema by its owner and the way there; numbers only where two classes share every
name sdkgen could give them, with a warning; the user's pins win. On OpenAI's spec, across 18 real
consecutive changes, a class keeps its name unless its own schema changed, and a name never moves
to another schema.
"""

from __future__ import annotations

import ast
import copy
import functools
import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from generator.cache import ModelCache, open_cache
from generator.errors import Diagnostics, UsageError
from generator.models import ModelSet, build_models
from generator.spec.loader import load_document
from generator.spec.pointers import node_at

EVENT = {"type": "string", "description": "The event's type."}


def models(
    spec: Mapping[str, Any],
    pins: Mapping[str, str] | None = None,
    warnings: list[str] | None = None,
    cache: ModelCache | None = None,
) -> ModelSet:
    return build_models(
        spec,
        package="sdk",
        template_dir=None,
        spec_file="spec.yaml",
        reserved=("Client", "AsyncClient"),
        cache=cache,
        pins=pins,
        warn=lambda message, pointer: (warnings if warnings is not None else []).append(message),
    )


def class_names(model_set: ModelSet) -> list[str]:
    return [
        node.name for node in ast.parse(model_set.source).body if isinstance(node, ast.ClassDef)
    ]


def event(tag: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {**EVENT, "enum": [tag]}, **extra},
    }


def spec_with(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Events", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def stream(*tags: str) -> dict[str, Any]:
    return {
        "oneOf": [event(tag, data={"type": "string"}) for tag in tags],
        "discriminator": {"propertyName": "type"},
    }


def test_union_branches_are_named_by_their_tag_and_removing_one_renames_nothing() -> None:
    before = models(
        spec_with({"ServerEvent": stream("response.created", "error", "response.done")})
    )
    after = models(spec_with({"ServerEvent": stream("response.created", "response.done")}))
    assert set(class_names(before)) == {
        "ServerEvent",
        *("ServerEventResponseCreated", "ServerEventResponseCreatedType"),
        *("ServerEventError", "ServerEventErrorType"),
        *("ServerEventResponseDone", "ServerEventResponseDoneType"),
    }
    assert set(class_names(after)) == set(class_names(before)) - {
        "ServerEventError",
        "ServerEventErrorType",
    }
    # Each name still means the same event.
    done = "/components/schemas/ServerEvent/oneOf/2"
    assert (
        before.classes[done].name == after.classes["/components/schemas/ServerEvent/oneOf/1"].name
    )


def test_titles_name_branches_on_their_own_unless_two_share_one() -> None:
    titled = {
        "anyOf": [
            {**event("a"), "title": "PCM audio format"},
            {**event("b"), "title": "G.711 mu-law"},
        ]
    }
    alone = class_names(models(spec_with({"Formats": titled})))
    assert {"PcmAudioFormat", "G711MuLaw"} <= set(alone)
    both = class_names(models(spec_with({"Formats": titled, "BetaFormats": copy.deepcopy(titled)})))
    assert {"FormatsPcmAudioFormat", "BetaFormatsPcmAudioFormat"} <= set(both)
    assert "PcmAudioFormat" not in both


def test_branches_without_title_or_tag_are_named_by_kind_or_by_what_only_they_have() -> None:
    schemas = {
        "Input": {
            "oneOf": [
                {"type": "object", "properties": {"file_id": {"type": "string"}}},
                {"type": "object", "properties": {"image_url": {"type": "string"}}},
                {"type": "string", "enum": ["auto", "none"]},
            ]
        }
    }
    names = set(class_names(models(spec_with(schemas))))
    assert {"InputFileId", "InputImageUrl", "InputEnum"} <= names


def test_no_doubled_words_and_arrays_name_their_items_in_the_singular() -> None:
    body = {
        "oneOf": [
            {"type": "object", "properties": {"pet": {"type": "string"}}, "title": "PetsPostRequest"},
            {"type": "object", "properties": {"pets": {"type": "array", "items": {
                "type": "object", "properties": {"name": {"type": "string"}}}}}},
        ]
    }  # fmt: skip
    paths = {
        "/pets": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": body}}},
                "responses": {"204": {"description": "done"}},
            }
        }
    }
    schemas = {"NewPet": {"type": "object", "properties": {"pet_type": {"enum": ["cat", "dog"]}}}}
    names = class_names(models(spec_with(schemas, paths)))
    assert "NewPetType" in names and "PetsPostRequestPetsPet" in names
    for name in names:
        words = re.findall(r"[A-Z][a-z0-9]*", name)
        doubled = [w for i, w in enumerate(words[1:]) if words[i] == w]
        assert not doubled, name
        assert not re.search(r"[A-Za-z]\d+$", name), name


def test_paths_name_their_classes_without_date_versions_or_format_suffixes() -> None:
    """Twilio's paths start with a date and end in ``.json``: neither is a word of a class name,
    and no class name starts with a digit."""
    answer = {"type": "object", "properties": {"sid": {"type": "string"}}}
    paths = {
        "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json": {
            "get": {"responses": {"200": {"description": "OK", "content": {
                "application/json": {"schema": answer}}}}}
        },
        "/3d/models": {
            "get": {"responses": {"200": {"description": "OK", "content": {
                "application/json": {"schema": answer}}}}}
        },
    }  # fmt: skip
    names = class_names(models(spec_with({"Unused": {"type": "string"}}, paths)))
    assert "AccountsAccountSidMessagesSidGetResponse" in names
    assert "Path3dModelsGetResponse" in names


def test_classes_that_share_every_name_are_numbered_with_a_warning() -> None:
    schemas = {
        "Mode": {"anyOf": [{"type": "string", "enum": ["a", "b"]}, {"type": "null"}]},
        "ModeEnum": {"type": "string", "enum": ["x"]},
    }
    warnings: list[str] = []
    names = class_names(models(spec_with(schemas), warnings=warnings))
    assert {"Mode", "ModeEnum", "ModeEnum1"} <= set(names)
    assert len(warnings) == 1 and "#/components/schemas/Mode/anyOf/0" in warnings[0]


def test_pins_rename_a_class_by_pointer_or_by_name_and_an_unknown_one_is_an_error() -> None:
    spec = spec_with({"ServerEvent": stream("response.created", "error")})
    pinned = models(
        spec,
        pins={
            "#/components/schemas/ServerEvent/oneOf/1": "ErrorEvent",
            "ServerEventResponseCreated": "CreatedEvent",
        },
    )
    assert {"ServerEvent", "ErrorEvent", "CreatedEvent"} <= set(class_names(pinned))
    assert not {"ServerEventError", "ServerEventResponseCreated"} & set(class_names(pinned))
    assert pinned.classes["/components/schemas/ServerEvent/oneOf/1"].name == "ErrorEvent"
    with pytest.raises(
        UsageError,
        match="names.classes.ServerEventEror matches no model class; did you mean 'ServerEventError'",
    ):
        models(spec, pins={"ServerEventEror": "X"})


# OpenAI's spec and 18 real changes (tests/fixtures/openai-history): each version after the first
# regenerates only the model part the change touches, about 8 s a version on two cores.


def _roots(pointer: str) -> str:
    """The component or operation a class's schema belongs to."""
    parts = pointer.split("/")
    return "/".join(parts[:4]) if parts[1] == "components" else "/".join(parts[:4])


Version = tuple[dict[str, Any], ModelSet]


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Version]:
    """The spec and its models after a number of patches (0: the base), each built once."""
    from tests.test_spec_history import versions

    folder = tmp_path_factory.mktemp("history")
    cache = ModelCache(open_cache(folder / "cache"))

    @functools.cache
    def build(step: int) -> Version:
        path = folder / f"{step:02d}.yaml"
        path.write_text(versions()[step], encoding="utf-8")
        spec = load_document(path, Diagnostics(quiet=True)).data
        return spec, models(spec, cache=cache)

    return build


def _class_texts(model_set: ModelSet) -> dict[str, str]:
    lines = model_set.source.splitlines(keepends=True)  # ast.get_source_segment splits per call
    return {
        node.name: "".join(lines[node.lineno - 1 : node.end_lineno])
        for node in ast.parse(model_set.source).body
        if isinstance(node, ast.ClassDef)
    }


@pytest.mark.parametrize("step", range(1, 19))
def test_openai_history_renames_nothing_the_change_does_not_touch(
    history: Callable[[int], Version], step: int
) -> None:
    (old_spec, old), (new_spec, new) = history(step - 1), history(step)
    renamed = {}
    for pointer in old.classes.keys() & new.classes.keys():
        if old.classes[pointer].name != new.classes[pointer].name:
            root = _roots(pointer)
            try:
                same = json.dumps(node_at(old_spec, root), sort_keys=True) == json.dumps(
                    node_at(new_spec, root), sort_keys=True
                )
            except KeyError:
                same = False
            if same:
                renamed[pointer] = (old.classes[pointer].name, new.classes[pointer].name)
    assert not renamed, f"step {step} renamed classes of unchanged schemas: {renamed}"
    # A name that stays never moves to another schema.
    old_by_name = {model.name: pointer for pointer, model in old.classes.items()}
    moved = {
        model.name: (old_by_name[model.name], pointer)
        for pointer, model in new.classes.items()
        if model.name in old_by_name and old_by_name[model.name] != pointer
    }
    assert not moved, f"step {step} gave names to other schemas: {moved}"
    # A class whose text changed belongs to a schema the change touched, or refers to one.
    old_texts, new_texts = _class_texts(old), _class_texts(new)
    touched = {
        model.name
        for pointer, model in new.classes.items()
        if pointer not in old.classes or _changed(old_spec, new_spec, _roots(pointer))
    } | (old_texts.keys() ^ new_texts.keys())
    unexplained = [
        name
        for name in old_texts.keys() & new_texts.keys()
        if old_texts[name] != new_texts[name]
        and name not in touched
        and not touched & set(re.findall(r"\w+", new_texts[name] + old_texts[name]))
    ]
    assert not unexplained, f"step {step} changed classes it does not touch: {unexplained}"


def _changed(old_spec: Any, new_spec: Any, root: str) -> bool:
    try:
        return json.dumps(node_at(old_spec, root), sort_keys=True) != json.dumps(
            node_at(new_spec, root), sort_keys=True
        )
    except KeyError:
        return True


# Numbered classes, spec by spec: a name that is another class's name plus a number that its
# schema's own name does not end with. The floor for every spec sdkgen is tested on.
SHARED_SPECS = Path(__file__).resolve().parents[2] / "shared" / "specs"
NUMBERED_FLOOR = {
    "llamacloud.yaml": 0,
    "openai.yaml": 6,
    "opc-e2e-3.1-specific.yaml": 0,
    "opc-e2e-baseline-3.0.json": 0,
    "opc-e2e-baseline-3.1.yaml": 0,
    "petstore-3.0.yaml": 0,
    "petstore-3.1.yaml": 0,
    "stripe-2022-04.json": 0,
    "temporal.yaml": 0,
}


def numbered(model_set: ModelSet) -> list[str]:
    names = set(class_names(model_set))
    own_numbers = {  # a schema named with a number (not a place in a list: anyOf/1)
        model.name
        for pointer, model in model_set.classes.items()
        if re.search(r"\d+$", last := pointer.rsplit("/", 1)[-1].replace("_", ""))
        and not last.isdigit()
    }
    return sorted(
        name
        for name in names
        if (found := re.fullmatch(r"(.*?[A-Za-z])(\d+)", name))
        and found[1] in names
        and name not in own_numbers
    )


@pytest.mark.parametrize("name", sorted(NUMBERED_FLOOR))
def test_numbered_classes_stay_at_their_floor(name: str, tmp_path: Path) -> None:
    path = SHARED_SPECS / name
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared specs sit beside the repository)")
    spec = load_document(path, Diagnostics(quiet=True)).data
    found = numbered(models(spec, cache=ModelCache(open_cache(tmp_path))))
    assert len(found) <= NUMBERED_FLOOR[name], found
