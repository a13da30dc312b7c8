"""The models stage edits datamodel-code-generator's module at the places ast reports."""

from __future__ import annotations

import time
from types import MappingProxyType

import pytest

from generator.models import ModelClass, ModelSet
from generator.models.hardening import harden_models
from generator.models.parts import parse_module
from generator.models.tidy import tidy_models

HEAD = "from __future__ import annotations\n\nfrom pydantic import RootModel\n\nfrom sdk._models import BaseModel\n\n\n"


@pytest.mark.parametrize(
    ("body", "expected", "kinds"),
    [
        (
            "class Color(StrEnum):\n    RED = 'red'\n",
            "class Color(OpenStrEnum):",
            {"Color": "enum"},
        ),
        ("class Level(IntEnum):\n    ONE = 1\n", "class Level(OpenIntEnum):", {"Level": "enum"}),
        (
            "class Repo(BaseModel):\n    language: Annotated[str | None, Field(...)]\n",
            "    language: str | None\n",
            {"Repo": "model"},
        ),
        (
            "class Repo(BaseModel):\n    name: str = None\n",
            "    name: str | None = None\n",
            {"Repo": "model"},
        ),
        (
            "class Repo(BaseModel):\n    name: Annotated[str, Field(alias='Name')] = None\n",
            "    name: Annotated[str | None, Field(alias='Name')] = None\n",
            {"Repo": "model"},
        ),
        (
            "class Repo(BaseModel):\n    tags: list = None\n",
            "    tags: list[Any] | None = None\n",
            {"Repo": "model"},
        ),
        (
            "class Ids(RootModel[list[str]]):\n    root: list[str]\n",
            "class Ids(RootModel[list[str]]):",
            {"Ids": "root"},
        ),
    ],
)
def test_tidy_edits_and_kinds(body: str, expected: str, kinds: dict[str, str]) -> None:
    source, found = tidy_models(HEAD + body)
    assert expected in source
    assert found == kinds
    if "list[Any]" in expected:
        assert "from typing import Any\n" in source


def test_a_class_whose_base_must_stay_a_union_is_marked_for_ruff() -> None:
    source = (
        HEAD
        + "class Json(RootModel[Union[list[Json], dict[str, Json]]]):\n    root: Union[list[Json], dict[str, Json]]\n"
    )
    hardened = harden_models(ModelSet(source, MappingProxyType({"/x": ModelClass("Json", "root")})))
    assert (
        "class Json(RootModel[Union[list[Json], dict[str, Json]]]):  # noqa: UP007"
        in hardened.source
    )
    assert hardened.source.count("# noqa: UP007") == 1


def test_a_module_is_cut_at_its_statements_with_comments_going_below() -> None:
    module = parse_module(
        "# generated\n\nfrom __future__ import annotations\nimport x\n\n\n"
        "# about A\nclass A(BaseModel):\n    a: int\n\n\nB = A\n\n\nA.model_rebuild()\n"
    )
    assert module.header == ["# generated"]
    assert module.imports == ["from __future__ import annotations", "import x"]
    assert module.chunks == [("A", "# about A\nclass A(BaseModel):\n    a: int"), (None, "B = A")]
    assert module.rebuilds == ["A.model_rebuild()"]


def test_names_are_read_as_written_not_as_python_normalises_them() -> None:
    source, kinds = tidy_models(HEAD + "class ºK(BaseModel):\n    a: int\n")
    assert kinds == {"ºK": "model"}
    assert parse_module(source).chunks[0][0] == "ºK"


def test_tidying_grows_linearly_with_the_module() -> None:
    """GitHub's spec has hundreds of required-and-nullable fields; each edit must not re-read
    the whole module (it made that spec take over ten minutes)."""
    body = "".join(
        f"class M{i}(BaseModel):\n    a: Annotated[str | None, Field(...)]\n    b: int = None\n\n\n"
        for i in range(4000)
    )
    started = time.perf_counter()
    source, kinds = tidy_models(HEAD + body)
    assert time.perf_counter() - started < 20  # about 1 s; quadratic work took minutes
    assert source.count("    a: str | None\n") == 4000 and len(kinds) == 4000
