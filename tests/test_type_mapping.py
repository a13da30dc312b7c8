"""The Python annotation each schema gets in method signatures, as output and as input.

Each row's schema is a component of one small spec; the model classes datamodel-code-generator
would make are given by hand (Pet and NullablePet are models, Color an enum, Day a root
model, which signatures spell out), so the table needs no model generation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.ir.model import Schema
from generator.models import ModelClass, ModelSet
from generator.render.pytypes import (
    ANY,
    NONE,
    PyType,
    TypeMapper,
    generic,
    literal,
    named,
    union,
    union_of,
)
from tests.spec_builder import build, openapi


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SUPPORT: dict[str, Any] = {
    "Pet": {"type": "object", "properties": {"id": {"type": "integer"}}},
    "NullablePet": {"type": "object", "nullable": True, "properties": {"id": {"type": "integer"}}},
    "Color": {"type": "string", "enum": ["red", "green"]},
    "Day": {"type": "string", "format": "date"},
    "MaybeText": {"type": "string", "nullable": True},
    "PetAlias": ref("Pet"),
}
MODELS = ModelSet(
    "",
    {
        "/components/schemas/Pet": ModelClass("Pet", "model"),
        "/components/schemas/NullablePet": ModelClass("NullablePet", "model"),
        "/components/schemas/Color": ModelClass("Color", "enum"),
        "/components/schemas/Day": ModelClass("Day", "root"),
    },
)

# (id, schema, annotation as output, annotation as input: None when the same)
ROWS: list[tuple[str, dict[str, Any], str, str | None]] = [
    # scalars and formats
    ("string", {"type": "string"}, "str", None),
    ("integer", {"type": "integer"}, "int", None),
    ("number", {"type": "number"}, "float", None),
    ("boolean", {"type": "boolean"}, "bool", None),
    ("null", {"type": "null"}, "None", None),
    ("no-type", {}, "Any", None),
    ("description-only", {"description": "anything"}, "Any", None),
    ("date-time", {"type": "string", "format": "date-time"}, "datetime", None),
    ("date", {"type": "string", "format": "date"}, "date", None),
    ("uuid-is-text", {"type": "string", "format": "uuid"}, "str", None),
    ("unknown-format", {"type": "string", "format": "color-hex"}, "str", None),
    ("int64", {"type": "integer", "format": "int64"}, "int", None),
    ("binary", {"type": "string", "format": "binary"}, "bytes", "FileTypes"),
    ("byte-stream", {"type": "string", "format": "byte-stream"}, "bytes", "FileTypes"),
    # nullable, in every spelling
    ("type-list-null", {"type": ["string", "null"]}, "str | None", None),
    ("nullable-3.0", {"type": "string", "nullable": True}, "str | None", None),
    ("anyof-null", {"anyOf": [{"type": "string"}, {"type": "null"}]}, "str | None", None),
    ("oneof-null", {"oneOf": [{"type": "integer"}, {"type": "null"}]}, "int | None", None),
    ("null-first", {"anyOf": [{"type": "null"}, {"type": "boolean"}]}, "bool | None", None),
    ("ref-or-null", {"anyOf": [ref("Pet"), {"type": "null"}]}, "Pet | None", None),
    ("nullable-ref-3.0", ref("MaybeText"), "str | None", None),
    ("nullable-model", ref("NullablePet"), "NullablePet | None", None),
    ("nullable-any", {"nullable": True}, "Any", None),
    ("null-in-type-list", {"type": ["null", "integer", "string"]}, "int | str | None", None),
    # unions
    ("type-list", {"type": ["string", "integer"]}, "str | int", None),
    ("anyof", {"anyOf": [{"type": "string"}, {"type": "integer"}]}, "str | int", None),
    ("oneof-ref", {"oneOf": [ref("Pet"), {"type": "integer"}]}, "Pet | int", None),
    (
        "union-dedup",
        {"anyOf": [{"type": "string"}, {"type": "string", "format": "uuid"}]},
        "str",
        None,
    ),
    ("union-with-any", {"anyOf": [{"type": "string"}, {}]}, "Any", None),
    (
        "union-of-unions",
        {"anyOf": [{"type": ["string", "integer"]}, {"type": ["integer", "boolean"]}]},
        "str | int | bool",
        None,
    ),
    ("single-branch", {"anyOf": [{"type": "integer"}]}, "int", None),
    ("single-branch-ref", {"oneOf": [ref("Pet")]}, "Pet", None),
    (
        "union-binary",
        {"oneOf": [{"type": "string", "format": "binary"}, {"type": "string"}]},
        "bytes | str",
        "FileTypes | str",
    ),
    # enums and const
    ("enum-str", {"type": "string", "enum": ["a", "b"]}, "Literal['a', 'b']", None),
    ("enum-int", {"type": "integer", "enum": [1, 2]}, "Literal[1, 2]", None),
    ("enum-mixed", {"enum": ["a", 1]}, "Literal['a', 1]", None),
    ("enum-with-null", {"enum": ["a", None]}, "Literal['a'] | None", None),
    ("enum-quotes", {"enum": ["it's", 'say "hi"']}, 'Literal["it\'s", \'say "hi"\']', None),
    ("enum-bool", {"type": "boolean", "enum": [True, False]}, "Any", None),
    ("enum-float", {"type": "number", "enum": [1.5, 2.5]}, "Any", None),
    (
        "enum-nullable-3.0",
        {"type": "integer", "enum": [1], "nullable": True},
        "Literal[1] | None",
        None,
    ),
    ("enum-model", ref("Color"), "Color", None),
    ("const-str", {"const": "dog"}, "Literal['dog']", None),
    ("const-int", {"const": 3}, "Literal[3]", None),
    ("const-bool", {"const": True}, "Literal[True]", None),
    ("const-with-type", {"type": "string", "const": "cat"}, "Literal['cat']", None),
    ("const-object", {"type": "object", "const": {"a": 1}}, "dict[str, Any]", "Mapping[str, Any]"),
    # arrays
    ("array", {"type": "array", "items": {"type": "string"}}, "list[str]", "Sequence[str]"),
    ("array-untyped", {"type": "array"}, "list[Any]", "Sequence[Any]"),
    ("array-of-models", {"type": "array", "items": ref("Pet")}, "list[Pet]", "Sequence[Pet]"),
    (
        "array-of-arrays",
        {"type": "array", "items": {"type": "array", "items": {"type": ["integer", "null"]}}},
        "list[list[int | None]]",
        "Sequence[Sequence[int | None]]",
    ),
    (
        "array-of-files",
        {"type": "array", "items": {"type": "string", "format": "binary"}},
        "list[bytes]",
        "Sequence[FileTypes]",
    ),
    (
        "nullable-array",
        {"type": ["array", "null"], "items": {"type": "integer"}},
        "list[int] | None",
        "Sequence[int] | None",
    ),
    (
        "array-of-union",
        {"type": "array", "items": {"anyOf": [ref("Pet"), {"type": "string"}]}},
        "list[Pet | str]",
        "Sequence[Pet | str]",
    ),
    # maps and objects
    ("object", {"type": "object"}, "dict[str, Any]", "Mapping[str, Any]"),
    (
        "map-of-int",
        {"type": "object", "additionalProperties": {"type": "integer"}},
        "dict[str, int]",
        "Mapping[str, int]",
    ),
    (
        "map-of-models",
        {"type": "object", "additionalProperties": ref("Pet")},
        "dict[str, Pet]",
        "Mapping[str, Pet]",
    ),
    (
        "map-of-arrays",
        {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
        "dict[str, list[str]]",
        "Mapping[str, Sequence[str]]",
    ),
    (
        "map-true",
        {"type": "object", "additionalProperties": True},
        "dict[str, Any]",
        "Mapping[str, Any]",
    ),
    (
        "inline-object-with-properties",
        {
            "type": "object",
            "properties": {"a": {"type": "string"}},
            "additionalProperties": {"type": "integer"},
        },
        "dict[str, Any]",
        "Mapping[str, Any]",
    ),
    (
        "properties-without-type",
        {"properties": {"a": {"type": "string"}}},
        "dict[str, Any]",
        "Mapping[str, Any]",
    ),
    # references
    ("ref-model", ref("Pet"), "Pet", None),
    ("ref-root-model-is-spelled-out", ref("Day"), "date", None),
    ("ref-to-ref", ref("PetAlias"), "Pet", None),
    ("allof-one-ref", {"allOf": [ref("Pet")]}, "Pet", None),
    ("allof-one-ref-described", {"allOf": [ref("Pet")], "description": "the pet"}, "Pet", None),
    (
        "allof-two",
        {"allOf": [ref("Pet"), {"properties": {"x": {"type": "integer"}}}]},
        "dict[str, Any]",
        "Mapping[str, Any]",
    ),
]


@pytest.fixture(scope="module")
def mapper(tmp_path_factory: pytest.TempPathFactory) -> TypeMapper:
    schemas = {**SUPPORT, **{f"Row{index}": row[1] for index, row in enumerate(ROWS)}}
    api, _ = build(tmp_path_factory.mktemp("types"), openapi(schemas=schemas))
    return TypeMapper(api, MODELS)


def row_schema(mapper: TypeMapper, id_: str) -> Schema:
    index = next(index for index, row in enumerate(ROWS) if row[0] == id_)
    return mapper.api.schemas[f"/components/schemas/Row{index}"]


@pytest.mark.parametrize(
    ("id_", "out", "in_"),
    [pytest.param(id_, out, in_ or out, id=id_) for id_, _, out, in_ in ROWS],
)
def test_annotation(mapper: TypeMapper, id_: str, out: str, in_: str) -> None:
    schema = row_schema(mapper, id_)
    assert mapper.annotation(schema, "out").text == out
    assert mapper.annotation(schema, "in").text == in_


# What the annotation needs imported: model classes, and names from typing and others.
@pytest.mark.parametrize(
    ("id_", "direction", "models", "names"),
    [
        ("string", "out", set(), set()),
        ("no-type", "out", set(), {"Any"}),
        ("date-time", "out", set(), {"datetime"}),
        ("binary", "in", set(), {"FileTypes"}),
        ("binary", "out", set(), set()),
        ("enum-str", "out", set(), {"Literal"}),
        ("ref-model", "out", {"Pet"}, set()),
        ("array-of-models", "in", {"Pet"}, {"Sequence"}),
        ("array-of-models", "out", {"Pet"}, set()),
        ("map-of-models", "in", {"Pet"}, {"Mapping"}),
        ("array-of-union", "out", {"Pet"}, set()),
        ("oneof-ref", "out", {"Pet"}, set()),
        ("union-with-any", "out", set(), {"Any"}),
        ("ref-root-model-is-spelled-out", "out", set(), {"date"}),
    ],
)
def test_what_the_annotation_imports(
    mapper: TypeMapper, id_: str, direction: str, models: set[str], names: set[str]
) -> None:
    result = mapper.annotation(row_schema(mapper, id_), "in" if direction == "in" else "out")
    assert (set(result.models), set(result.names)) == (models, names)


@pytest.mark.parametrize(
    ("id_", "nullable", "expected"),
    [
        ("string", True, "str | None"),
        ("string", False, "str"),
        ("type-list-null", False, "str"),
        ("nullable-model", False, "NullablePet"),
        ("nullable-ref-3.0", False, "str"),
        ("ref-or-null", False, "Pet"),
        ("no-type", True, "Any"),
        ("null", True, "None"),
    ],
)
def test_the_caller_can_say_whether_null_is_allowed(
    mapper: TypeMapper, id_: str, nullable: bool, expected: str
) -> None:
    assert mapper.annotation(row_schema(mapper, id_), nullable=nullable).text == expected


def test_a_deeply_nested_schema_ends_in_any(tmp_path: Path) -> None:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(20):
        schema = {"type": "array", "items": schema}
    api, _ = build(tmp_path, openapi(schemas={"Deep": schema}))
    text = TypeMapper(api, MODELS).annotation(api.schemas["/components/schemas/Deep"]).text
    assert text.endswith("[Any" + "]" * text.count("[")) and "str" not in text


JOB = named("Job", models=frozenset({"Job"}))


@pytest.mark.parametrize(
    ("annotation", "hidden", "expected"),
    [
        (generic("list", JOB), {"list"}, "builtins.list[Job]"),
        (generic("list", JOB), set(), "list[Job]"),
        (generic("list", JOB), {"dict"}, "list[Job]"),
        (
            generic("dict", named("str"), generic("list", named("int"))),
            {"list", "dict"},
            "builtins.dict[str, builtins.list[int]]",
        ),
        (union_of([named("str"), NONE]), {"str"}, "builtins.str | None"),
        (literal(["list", "str"]), {"list", "str"}, "Literal['list', 'str']"),
        (generic("list", literal(["list"])), {"list"}, "builtins.list[Literal['list']]"),
        (named("blacklist"), {"list"}, "blacklist"),
        (
            generic("Sequence", named("bytes"), names={"Sequence"}),
            {"bytes"},
            "Sequence[builtins.bytes]",
        ),
    ],
)
def test_annotations_in_a_class_that_hides_builtins(
    annotation: PyType, hidden: set[str], expected: str
) -> None:
    assert annotation.render(frozenset(hidden)) == expected


@pytest.mark.parametrize(
    ("annotation", "is_class", "widened", "identifiers"),
    [
        (JOB, True, "Job", {"Job"}),
        (generic("list", JOB), True, "list[Job]", {"list", "Job"}),
        (named("AnyOf"), True, "AnyOf", {"AnyOf"}),  # a model whose name starts like Any
        (ANY, False, "Any", {"Any"}),
        (union_of([JOB, NONE]), False, "Job | None", {"Job", "None"}),
        (literal(["a", "b"]), False, "str", {"Literal"}),
        (
            union_of([literal([1, True]), named("str")]),
            False,
            "int | bool | str",
            {"Literal", "str"},
        ),
        (generic("list", literal(["a"])), True, "list[Literal['a']]", {"list", "Literal"}),
    ],
)
def test_what_a_return_type_needs(
    annotation: PyType, is_class: bool, widened: str, identifiers: set[str]
) -> None:
    assert annotation.is_class is is_class
    assert annotation.widened().text == widened
    assert annotation.identifiers() == identifiers


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([named("str"), named("str")], "str"),
        ([union_of([named("str"), NONE]), NONE], "str | None"),
        ([named("str"), ANY], "Any"),
        ([JOB, generic("list", JOB)], "Job | list[Job]"),
    ],
)
def test_unions_keep_each_member_once_and_any_absorbs(parts: list[PyType], expected: str) -> None:
    combined = union(parts)
    assert combined.text == expected
    assert combined.models <= {"Job"}
