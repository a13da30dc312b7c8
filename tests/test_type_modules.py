"""Models in modules a reader can find, loaded only when used.

A large API's models get a module per type (``types/pets_get_response.py``), a class inside a type
lives with it, and types that refer to each other in a cycle share a module; a small API keeps one
``types/schemas.py`` (``type_modules`` in the config chooses). ``types/__init__`` re-exports every
class, importing its module on first use, and the client imports each resource's module on first
use too: ``import <package>; Client(...)`` loads no model, and a call loads only what it needs.
The golden case ``schemas`` is generated a module per type.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import time
from pathlib import Path
from types import MappingProxyType

import pytest

from generator.config import load_config
from generator.errors import UsageError
from generator.models.model_set import ModelClass, ModelSet
from generator.models.modules import ONE_MODULE_UP_TO, type_modules
from tests.support.fake_api import FakeAPI, Reply
from tests.support.paths import FIXTURES, GENERATED, GOLDEN

SCHEMAS_SRC = GOLDEN / "schemas" / "src"
# No bytecode beside the golden files: they are compared file by file.
ENV = {"PYTHONPATH": str(SCHEMAS_SRC), "PYTHONDONTWRITEBYTECODE": "1"}
TYPES = SCHEMAS_SRC / "schemas_api" / "types"


def loaded(source: Path, code: str) -> dict[str, list[str]]:
    """Run ``code`` in a fresh interpreter; the package's modules it loaded, by kind."""
    package = code.split()[1]  # code starts with "import <package>"
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('{package}.'))))"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PYTHONPATH": str(source), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    modules = json.loads(done.stdout.splitlines()[-1])
    return {
        "types": [m.split(".types.")[1] for m in modules if ".types." in m],
        "resources": [m.split(".resources.")[1] for m in modules if ".resources." in m],
    }


def test_a_client_loads_no_model_and_a_call_only_what_it_needs() -> None:
    with FakeAPI() as server:
        server.script(Reply(200, {"kind": "account", "status": "active"}))
        setup = f"import schemas_api\nclient = schemas_api.SchemasAPI(base_url={server.url!r})\n"
        assert loaded(SCHEMAS_SRC, setup) == {"types": [], "resources": []}
        assert loaded(SCHEMAS_SRC, setup + "client.accounts") == {
            "types": [],
            "resources": ["accounts"],
        }
        # The call: the account's model and the models that one uses, no other.
        assert loaded(SCHEMAS_SRC, setup + "print(client.accounts.retrieve('a1'))") == {
            "types": ["account", "author", "status"],
            "resources": ["accounts"],
        }


def test_the_llamacloud_client_loads_no_model_until_a_resource_is_used() -> None:
    setup = "import llamacloud\nclient = llamacloud.LlamaCloud(api_key='k')\n"
    assert loaded(GENERATED / "src", setup) == {"types": [], "resources": []}
    assert loaded(GENERATED / "src", setup + "client.classifier.jobs")["types"] == []


def test_a_client_and_its_resources_load_no_model_machinery() -> None:
    """pydantic's model classes cost megabytes to load: a program pays for them at its first call."""
    probe = (
        "import sys, llamacloud\n"
        "llamacloud.LlamaCloud(api_key='k').classifier.jobs\n"
        "print(sorted(m for m in ('pydantic.main', 'llamacloud._models') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PYTHONPATH": str(GENERATED / "src"), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_a_module_per_type_with_its_inner_classes_and_cycles_together() -> None:
    modules = {path.stem: path for path in TYPES.glob("*.py") if not path.stem.startswith("_")}
    classes = {
        stem: [n.name for n in ast.parse(path.read_text()).body if isinstance(n, ast.ClassDef)]
        for stem, path in modules.items()
    }
    assert "schemas" not in classes
    assert classes["tree_node"] == ["TreeNode"]  # recursive on its own: one module
    assert classes["author"] == ["Author", "Book"]  # mutually recursive: one module
    for stem, names in classes.items():
        for name in names:  # and every module imports on its own, in a fresh interpreter
            assert f'"{name}": "{stem}"' in (TYPES / "_index.py").read_text()
    for stem in modules:
        done = subprocess.run(
            [sys.executable, "-c", f"import schemas_api.types.{stem}"],
            env=ENV,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, (stem, done.stderr)


def test_every_class_is_exported_and_type_checkers_see_them() -> None:
    sys.path.insert(0, str(SCHEMAS_SRC))
    try:
        import schemas_api.types as types
    finally:
        sys.path.remove(str(SCHEMAS_SRC))
    for name in types.__all__:
        assert getattr(types, name).__name__ == name
    assert set(types.__all__) <= set(dir(types))
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        types.Nope  # noqa: B018
    stub = ast.parse((TYPES / "__init__.pyi").read_text())
    imported = {
        a.name for node in stub.body if isinstance(node, ast.ImportFrom) for a in node.names
    }
    assert imported == set(types.__all__)
    # Importing one model's module reads no index: the package's own module is empty of names.
    done = subprocess.run(
        [sys.executable, "-c", "import sys, schemas_api.types.pet; print('schemas_api.types._index' in sys.modules)"],
        env=ENV, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.stdout.strip() == "False", done.stderr


def model_set(source: str, pointers: dict[str, str]) -> ModelSet:
    return ModelSet(
        source=source,
        classes=MappingProxyType({p: ModelClass(name, "model") for p, name in pointers.items()}),
    )


def test_the_layout_rule() -> None:
    source = "from pydantic import BaseModel\n\n\n" + "".join(
        f"class C{i}(BaseModel):\n    x: int\n\n\n" for i in range(ONE_MODULE_UP_TO + 1)
    )
    pointers = {f"/components/schemas/C{i}": f"C{i}" for i in range(ONE_MODULE_UP_TO + 1)}
    few = model_set(source.split(f"class C{ONE_MODULE_UP_TO}(")[0], pointers)
    assert list(type_modules(few).sources) == ["schemas"]
    many = type_modules(model_set(source, pointers))
    assert len(many.sources) == ONE_MODULE_UP_TO + 1 and many.modules["C7"] == "c7"
    assert list(type_modules(model_set(source, pointers), "one").sources) == ["schemas"]
    assert len(type_modules(few, "per-type").sources) == ONE_MODULE_UP_TO


def test_thousands_of_types_are_laid_out_in_linear_time() -> None:
    """10,000 types with a module each, and 5,000 classes without a schema that all go with the
    type that uses them, last (OpenAI's spec has 1,500 modules; this took 20 s while the work
    was quadratic)."""
    count = 10_000
    source = (
        "from pydantic import BaseModel\n\n\n"
        + "".join(f"class H{i}(BaseModel):\n    x: int\n\n\n" for i in range(count // 2))
        + "".join(f"class C{i}(BaseModel):\n    x: int\n\n\n" for i in range(count))
        + "class Last(BaseModel):\n"
        + "".join(f"    h{i}: H{i}\n" for i in range(count // 2))
    )
    pointers = {f"/components/schemas/C{i}": f"C{i}" for i in range(count)}
    started = time.perf_counter()
    modules = type_modules(model_set(source, pointers | {"/components/schemas/Last": "Last"}))
    assert time.perf_counter() - started < 8  # about half a second
    assert len(modules.sources) == count + 1
    assert modules.modules["H7"] == modules.modules["Last"] == "last"


def test_classes_go_with_the_type_that_holds_them() -> None:
    source = """from pydantic import BaseModel, RootModel


class JobOwner(BaseModel):
    name: str


class Job(BaseModel):
    owner: JobOwner
    tags: Tags


class Tags(RootModel[list[str]]):
    root: list[str]


class Helper(BaseModel):
    x: int


class PetsGetResponse(BaseModel):
    job: Job
    helper: Helper


Job.model_rebuild()
"""
    modules = type_modules(
        model_set(
            source,
            {
                "/components/schemas/Job": "Job",
                "/components/schemas/Job/properties/owner": "JobOwner",
                "/components/schemas/Tags": "Tags",
                "/paths/~1pets/get/responses/200/content/application~1json/schema": "PetsGetResponse",
            },
        ),
        "per-type",
    )
    assert modules.modules == {
        "JobOwner": "job",
        "Job": "job",
        "Tags": "tags",
        "Helper": "pets_get_response",  # no schema of its own: with its first user
        "PetsGetResponse": "pets_get_response",
    }
    job = modules.sources["job"]
    assert "from .tags import Tags" in job and job.rstrip().endswith("Job.model_rebuild()")
    assert "RootModel" not in job.split("class")[0]  # each module imports what it uses
    assert "from .job import Job" in modules.sources["pets_get_response"]


def test_the_setting_is_checked(tmp_path: Path) -> None:
    config = FIXTURES / "schemas" / "sdkgen.toml"
    assert load_config(config).type_modules == "per-type"
    (tmp_path / "pyproject.toml").write_text(
        '[tool.sdkgen]\nspec = "s.yaml"\noutput = "out"\ntype_modules = "folders"\n'
    )
    with pytest.raises(UsageError, match="type_modules must be one of 'auto', 'one', 'per-type'"):
        load_config(tmp_path / "pyproject.toml")


def test_a_forward_reference_in_quotes_is_a_dependency() -> None:
    """datamodel-code-generator quotes a class a root model's base names before it exists."""
    source = """from typing import Literal

from pydantic import BaseModel, RootModel


class A(RootModel[dict[str, "B"]]):
    root: dict[str, B]


class B(BaseModel):
    kind: Literal["A"]
    a: A | None = None
"""
    modules = type_modules(
        model_set(source, {"/components/schemas/A": "A", "/components/schemas/B": "B"}),
        "per-type",
    )
    # A needs B and B needs A: one module; the Literal's "A" is a value, not a reference.
    assert modules.modules == {"A": "a", "B": "a"}
    alone = type_modules(
        model_set(
            source.replace("a: A | None = None", "n: int = 0"),
            {"/components/schemas/A": "A", "/components/schemas/B": "B"},
        ),
        "per-type",
    )
    assert alone.modules == {"A": "a", "B": "b"} and "from .b import B" in alone.sources["a"]
