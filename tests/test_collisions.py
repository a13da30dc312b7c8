"""Names that could collide stay apart (tests/fixtures/collisions, golden in tests/golden/collisions).

- Resources nested under their own name (``files.files``, ``a.a.b``) or named alike once the
  dot is an underscore (``a.b`` and ``a_b``) each get a module, a class, a test module, CLI
  commands and reference pages of their own; the render stage refuses to write two outputs
  to one file (or one module) rather than let one silently replace the other.
- Properties named like what the SDK's models define (``to_dict``, ``model_dump``, ``copy``...)
  get a Python name with a trailing underscore and keep their wire name, so the models'
  methods still work, in the client and in the CLI.

That the golden SDK passes ``mypy --strict`` is checked with the others in
tests/test_generated_quality.py; here it is imported and called over loopback.
"""

from __future__ import annotations

import ast
import functools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from generator.config import Config, load_config
from generator.errors import SdkgenError
from generator.ir.model import Resource
from generator.names.identifiers import MODEL_ATTRIBUTES
from generator.pipeline import generate_files
from generator.render import render
from tests.cli.conftest import Result, clean_env, run
from tests.runtime.test_generated_suite import copy_sdk, emitted_tests, passed, run_suite
from tests.spec_builder import ok, openapi, write_spec
from tests.support.fake_api import FakeAPI, Reply
from tests.support.paths import FIXTURES, GENERATED, GOLDEN
from tests.support.prism import prism_server

GOLDEN_SDK = GOLDEN / "collisions"
SRC = GOLDEN_SDK / "src"
CLI = [sys.executable, "-m", "collisions_api_cli"]
INNER = {"toJson": "inner json", "validate": True}
THING = {
    "id": "t1",
    "to_dict": "d",
    "to_json": "j",
    "model_dump": "m",
    "model_config": "c",
    "copy": "copy",
    "json": "json",
    "schema": "s",
    "inner": INNER,
}
# Each resource's one method, as the client calls it, and the request it must send.
CALLS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "files.list": (lambda c: c.files.list(), "/files"),
    "files.retrieve": (lambda c: c.files.retrieve("f1"), "/files/f1"),
    "files.files.retrieve": (lambda c: c.files.files.retrieve("f2"), "/files/files/f2"),
    "a.retrieve": (lambda c: c.a.retrieve(), "/a"),
    "a.b.retrieve": (lambda c: c.a.b.retrieve(), "/a/b"),
    "a.a.retrieve": (lambda c: c.a.a.retrieve(), "/a/a"),
    "a.a.b.retrieve": (lambda c: c.a.a.b.retrieve(), "/a/a/b"),
    "a_b.retrieve": (lambda c: c.a_b.retrieve(), "/a_b"),
}


@pytest.fixture(scope="module")
def sdk() -> ModuleType:
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))
    return __import__("collisions_api")


@pytest.fixture(scope="module")
def recording_server() -> Iterator[FakeAPI]:
    with FakeAPI() as api:
        yield api


@pytest.fixture
def server(recording_server: FakeAPI) -> FakeAPI:
    recording_server.requests.clear()
    return recording_server


def client(sdk: ModuleType, server: FakeAPI) -> Any:
    return sdk.CollisionsAPI(base_url=server.url, max_retries=0)


def cli(server: FakeAPI, *args: str) -> Result:
    return run(CLI, *args, env=clean_env(PYTHONPATH=str(SRC), COLLISIONS_API_BASE_URL=server.url))


# What every client and resource has besides its resources: its methods again, by another view.
RESPONSE_VIEWS = ("with_raw_response", "with_streaming_response")


def resources(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every resource object reachable from the client, with its attribute path."""
    for name, attribute in sorted(vars(type(node)).items()):
        if isinstance(attribute, functools.cached_property) and name not in RESPONSE_VIEWS:
            child = getattr(node, name)
            yield (*path, name), child
            yield from resources(child, (*path, name))


# -- layout -------------------------------------------------------------------------------


def test_every_resource_is_reached_and_calls_its_own_path(sdk: ModuleType, server: FakeAPI) -> None:
    server.script(*(Reply(200, THING) for _ in CALLS))
    with client(sdk, server) as api:
        for call, _ in CALLS.values():
            assert call(api).id == "t1"
    assert [request.path for request in server.requests] == [path for _, path in CALLS.values()]


@pytest.mark.anyio
async def test_the_async_client_reaches_the_nested_resources(
    sdk: ModuleType, server: FakeAPI
) -> None:
    server.script(Reply(200, THING), Reply(200, THING))
    async with sdk.AsyncCollisionsAPI(base_url=server.url, max_retries=0) as api:
        await api.files.files.retrieve("f2")
        await api.a.a.b.retrieve()
    assert [request.path for request in server.requests] == ["/files/files/f2", "/a/a/b"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_each_resource_has_a_class_and_a_module_of_its_own(sdk: ModuleType) -> None:
    found = dict(resources(sdk.CollisionsAPI(base_url="http://127.0.0.1:9")))
    assert set(found) == {
        ("a",),
        ("a", "a"),
        ("a", "a", "b"),
        ("a", "b"),
        ("a_b",),
        ("files",),
        ("files", "files"),
        ("things",),
    }
    classes = [type(resource) for resource in found.values()]
    assert len({cls.__name__ for cls in classes}) == len(classes), classes
    assert len({cls.__module__ for cls in classes}) == len(classes), classes
    # Importing a resource's path (its module, or its package) gives its classes.
    for path, resource in found.items():
        package = __import__(f"collisions_api.resources.{'.'.join(path)}", fromlist=["_"])
        assert getattr(package, type(resource).__name__) is type(resource)


def test_each_resource_has_its_own_test_module_and_reference_pages() -> None:
    tested = {
        ast.get_docstring(ast.parse(path.read_text()))
        for path in (GOLDEN_SDK / "tests").glob("test_*.py")
    }
    assert tested == {
        f"Calls every method of ``client.{name.rsplit('.', 1)[0]}`` against the mock server, sync and async."
        for name in CALLS
    } | {"Calls every method of ``client.things`` against the mock server, sync and async."}
    pages = {
        str(path.relative_to(GOLDEN_SDK / "docs")) for path in GOLDEN_SDK.rglob("docs/*/**/*.md")
    }
    assert pages == {name.replace(".", "/") + ".md" for name in CALLS} | {
        "things/list.md",
        "things/create.md",
    }


def test_the_sdks_own_suite_passes_against_prism(tmp_path: Path) -> None:
    """Its test modules (``test_a_b.py`` for ``a.b``, ``test_a_b_2.py`` for ``a_b``) all run."""
    sdk = copy_sdk(GOLDEN_SDK, tmp_path / "collisions")
    with prism_server(FIXTURES / "collisions" / "spec.yaml") as url:
        result = run_suite(sdk, url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert passed(result) == emitted_tests(sdk) >= 2 * (len(CALLS) + 2)


def test_cli_commands_of_nested_resources_call_their_own_paths(server: FakeAPI) -> None:
    server.script(*(Reply(200, THING) for _ in range(4)))
    for args in (
        ["files", "retrieve", "--id", "f1"],
        ["files:files", "retrieve", "--id", "f2"],
        ["a:b", "retrieve"],
        ["a-b", "retrieve"],
    ):
        result = cli(server, *args)
        assert result.code == 0, (args, result.err)
    assert [request.path for request in server.requests] == [
        "/files/f1",
        "/files/files/f2",
        "/a/b",
        "/a_b",
    ]


def test_two_outputs_for_one_file_are_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(FIXTURES / "collisions" / "sdkgen.toml")
    monkeypatch.setattr(
        render, "OUTPUTS", (*render.OUTPUTS, render.Output("docs/index.md.jinja", "README.md"))
    )
    with pytest.raises(SdkgenError) as caught:
        generate_files(config)
    assert str(caught.value) == (
        "internal error: README.md would be written twice, from sdk/README.md.jinja "
        "and from docs/index.md.jinja"
    )


def beside_the_children(resource: Resource) -> str:
    """Where a resource's classes went before: ``a/a.py`` for a resource ``a`` with children."""
    folder = "/".join(resource.path)
    return f"{folder}/{resource.name}.py" if resource.children else f"{folder}.py"


def test_a_child_named_like_its_parent_would_overwrite_it(monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(FIXTURES / "collisions" / "sdkgen.toml")
    monkeypatch.setattr(render, "resource_module_path", beside_the_children)
    with pytest.raises(SdkgenError) as caught:
        generate_files(config)
    assert str(caught.value) == (
        "internal error: src/collisions_api/resources/files/files.py would be written twice, "
        "from sdk/package/resources/resource.py.jinja for resource files and from "
        "sdk/package/resources/resource.py.jinja for resource files.files"
    )


def test_a_module_and_a_package_of_one_name_are_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``a/a.py`` and ``a/a/__init__.py`` are two files, but ``import a.a`` finds one of them."""
    spec = write_spec(
        tmp_path,
        openapi({"/a": {"get": {"responses": ok()}}, "/a/a/b": {"get": {"responses": ok()}}}),
    )
    monkeypatch.setattr(render, "resource_module_path", beside_the_children)
    with pytest.raises(SdkgenError) as caught:
        generate_files(Config(spec=spec, output=tmp_path / "out", cache=False))
    assert str(caught.value) == (
        "internal error: src/client/resources/a/a.py and "
        "src/client/resources/a/a/__init__.py would be one module, from "
        "sdk/package/resources/resource.py.jinja for resource a and from "
        "sdk/package/resources/package_init.py.jinja for resource a.a"
    )


# -- properties named like the models' methods ---------------------------------------------


def test_model_attributes_are_pydantics_and_the_sdk_base_models() -> None:
    """The names a property may not take: kept in one constant, true to both base classes."""
    module = ast.parse((GENERATED / "src" / "llamacloud" / "_models.py").read_text())
    (base,) = (n for n in module.body if isinstance(n, ast.ClassDef) and n.name == "BaseModel")
    own = {
        name
        for statement in base.body
        for name in (
            [statement.name]
            if isinstance(statement, ast.FunctionDef)
            else [t.id for t in statement.targets if isinstance(t, ast.Name)]
            if isinstance(statement, ast.Assign)
            else []
        )
        if not name.startswith("_")  # a property's Python name never does (``_request_id``)
    }
    pydantics = {name for name in dir(pydantic.BaseModel) if not name.startswith("_")}
    assert MODEL_ATTRIBUTES == pydantics | own


def test_properties_named_like_model_methods_keep_their_wire_names(sdk: ModuleType) -> None:
    thing = sdk.types.Thing.model_validate(THING)
    assert (thing.to_dict_, thing.to_json_, thing.model_dump_, thing.model_config_) == (
        "d",
        "j",
        "m",
        "c",
    )
    assert (thing.copy_, thing.json_, thing.schema_) == ("copy", "json", "s")
    assert (thing.inner.to_json_, thing.inner.validate_) == ("inner json", True)
    assert thing.to_dict() == THING
    assert json.loads(thing.to_json()) == THING
    assert thing.model_dump(by_alias=True, exclude_unset=True) == THING
    made = sdk.types.Thing(to_dict_="d", inner=sdk.types.Inner(to_json_="x"))
    assert made.to_dict() == {"to_dict": "d", "inner": {"toJson": "x"}}


def test_request_body_goes_out_under_wire_names(sdk: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(201, THING))
    with client(sdk, server) as api:
        created = api.things.create(
            id="t1",
            to_dict="d",
            to_json="j",
            model_dump="m",
            model_config="c",
            copy="copy",
            json="json",
            schema="s",
            inner=sdk.types.Inner(to_json_="inner json", validate_=True),
        )
    assert json.loads(server.requests[-1].body) == THING
    assert created.to_dict() == THING


def test_a_page_with_a_property_named_like_a_model_method(sdk: ModuleType, server: FakeAPI) -> None:
    server.script(Reply(200, {"items": [THING], "next_page_token": None, "to_dict": 3}))
    with client(sdk, server) as api:
        page = api.things.list()
        assert page.to_dict_ == 3
        assert page.to_dict()["to_dict"] == 3
        assert [item.to_dict_ for item in page] == ["d"]


def test_cli_prints_such_a_model_with_its_wire_names(server: FakeAPI) -> None:
    server.script(Reply(200, THING), Reply(201, THING))
    shown = cli(server, "files", "retrieve", "--id", "f1")
    assert shown.code == 0, shown.err
    assert json.loads(shown.out) == THING
    created = cli(
        server,
        "things",
        "create",
        "--to-dict",
        "d",
        "--copy",
        "copy",
        "--json",
        "json",
        "--inner",
        json.dumps(INNER),
    )
    assert created.code == 0, created.err
    assert json.loads(created.out) == THING
    sent = {"to_dict": "d", "copy": "copy", "json": "json", "inner": INNER}
    assert json.loads(server.requests[-1].body) == sent
