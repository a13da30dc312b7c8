"""Every OpenAPI 3 parameter style, from a spec to the wire, compared with the specification's
own examples.

tests/fixtures/styles/spec.json mirrors readmeio's parameters-style example (oas-examples,
3.1/json/parameters-style.json): for each location and style, one operation taking a primitive,
an array and an object. The SDK generated from it passes mypy --strict, with a user's code
that passes the object as a dict and as the model; each call goes over loopback to the
recording server, and what it records is compared with the OpenAPI specification's style
examples table (https://spec.openapis.org/oas/v3.1.0#style-examples): a query after
decoding (what a server reads), a path and a header exactly as sent.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import pytest

from generator.config import load_config
from generator.errors import Diagnostics
from generator.pipeline import generate_files
from tests.support.fake_api import FakeAPI, Reply
from tests.support.paths import BIN, FIXTURES
from tests.support.sdk_files import write_and_lint

SPEC = FIXTURES / "styles" / "spec.json"

# The values of the specification's table: color = "blue"; ["blue", "black", "brown"];
# {"R": 100, "G": 200, "B": 150}. Each operation's parameters are named primitive, array
# and object; the table's `color` is each of these names in turn.
PRIMITIVE = "blue"
ARRAY = ["blue", "black", "brown"]
OBJECT = {"name": "v1", "description": "v2"}  # the fixture's object: properties name, description

USER_CODE = """
from styles_sdk import ParameterStyles
from styles_sdk.types import QueryFormNonExplodedGetObject

client = ParameterStyles(base_url="http://127.0.0.1:1")
client.query.form_non_exploded.list(object={"name": "v1"})
client.query.form_non_exploded.list(object=QueryFormNonExplodedGetObject(name="v1"))
client.query.space_delimited_non_exploded.list(object={"name": "v1"}, array=["a", "b"])
client.query.pipe_delimited_non_exploded.list(object={"name": "v1"})
client.path.matrix_exploded.retrieve("p", ["a"], {"name": "v1"})
client.cookies.form_exploded.list(object={"name": "v1"}, array=["a"])
client.headers.simple_exploded.list(object={"name": "v1"})
"""


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, ModuleType]]:
    folder = tmp_path_factory.mktemp("styles")
    config = load_config(
        None,
        {
            "spec": SPEC,
            "output": folder,
            "package": "styles_sdk",
            "client_class": "ParameterStyles",
            "cache": False,
        },
    )
    diagnostics = Diagnostics(quiet=True)
    write_and_lint(generate_files(config, diagnostics).files, folder)
    assert diagnostics.warnings == []  # every style is one the SDK sends
    sys.path.insert(0, str(folder / "src"))
    try:
        yield folder, __import__("styles_sdk")
    finally:
        sys.path.remove(str(folder / "src"))
        for name in [name for name in sys.modules if name.split(".")[0] == "styles_sdk"]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def server() -> Iterator[FakeAPI]:
    with FakeAPI() as api:
        yield api


def sent(sdk: ModuleType, server: FakeAPI, call: Any) -> Any:
    server.requests.clear()
    server.script(Reply(200, b""))
    with sdk.ParameterStyles(base_url=server.url, max_retries=0) as client:
        call(client)
    [request] = server.requests
    return request


def test_the_sdk_passes_mypy_strict_with_dicts_and_models(
    sdk: tuple[Path, ModuleType], tmp_path: Path
) -> None:
    folder, _ = sdk
    (folder / "src" / "user_code.py").write_text(USER_CODE)
    done = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(tmp_path), "src"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]


# (operation, the query as the specification's table writes it)
QUERY = [
    ("standard", "primitive=blue&array=blue&array=black&array=brown&name=v1&description=v2"),
    (
        "form_exploded",
        "primitive=blue&array=blue&array=black&array=brown&name=v1&description=v2",
    ),
    (
        "form_non_exploded",
        "primitive=blue&array=blue,black,brown&object=name,v1,description,v2",
    ),
    (
        "space_delimited_non_exploded",
        "primitive=blue&array=blue%20black%20brown&object=name%20v1%20description%20v2",
    ),
    (
        "pipe_delimited_non_exploded",
        "primitive=blue&array=blue|black|brown&object=name|v1|description|v2",
    ),
]


@pytest.mark.parametrize(("operation", "query"), QUERY)
def test_query(sdk: tuple[Path, ModuleType], server: FakeAPI, operation: str, query: str) -> None:
    _, module = sdk
    for value in _object_values(module, _model("Query", operation)):
        request = sent(
            module,
            server,
            lambda c, v=value: getattr(c.query, operation).list(
                primitive=PRIMITIVE, array=ARRAY, object=v
            ),
        )
        assert request.query == parse_qs(query)


def test_deep_object(sdk: tuple[Path, ModuleType], server: FakeAPI) -> None:
    _, module = sdk
    request = sent(module, server, lambda c: c.query.deep_object.list(object=OBJECT))
    assert request.query == parse_qs("object[name]=v1&object[description]=v2")


# (operation, the path segments the table gives for primitive, array and object)
PATH = [
    ("standard", "blue/blue,black,brown/name,v1,description,v2"),
    ("simple_non_exploded", "blue/blue,black,brown/name,v1,description,v2"),
    ("simple_exploded", "blue/blue,black,brown/name=v1,description=v2"),
    ("label_non_exploded", ".blue/.blue,black,brown/.name,v1,description,v2"),
    ("label_exploded", ".blue/.blue.black.brown/.name=v1.description=v2"),
    (
        "matrix_non_exploded",
        ";primitive=blue/;array=blue,black,brown/;object=name,v1,description,v2",
    ),
    (
        "matrix_exploded",
        ";primitive=blue/;array=blue;array=black;array=brown/;name=v1;description=v2",
    ),
]


@pytest.mark.parametrize(("operation", "segments"), PATH)
def test_path(sdk: tuple[Path, ModuleType], server: FakeAPI, operation: str, segments: str) -> None:
    _, module = sdk
    request = sent(
        module, server, lambda c: getattr(c.path, operation).retrieve(PRIMITIVE, ARRAY, OBJECT)
    )
    assert request.path == f"/path/{operation}/{segments}"


def test_a_path_value_is_encoded_but_its_separators_are_not(
    sdk: tuple[Path, ModuleType], server: FakeAPI
) -> None:
    _, module = sdk
    request = sent(
        module,
        server,
        lambda c: c.path.matrix_exploded.retrieve("a/b", ["c,d", "é"], {"name": "x;y"}),
    )
    assert (
        request.path
        == "/path/matrix_exploded/;primitive=a%2Fb/;array=c%2Cd;array=%C3%A9/;name=x%3By"
    )


# (operation, the headers primitive, array and object as the table gives them)
HEADERS = [
    ("standard", ("blue", "blue,black,brown", "name,v1,description,v2")),
    ("simple_non_exploded", ("blue", "blue,black,brown", "name,v1,description,v2")),
    ("simple_exploded", ("blue", "blue,black,brown", "name=v1,description=v2")),
]


@pytest.mark.parametrize(("operation", "values"), HEADERS)
def test_header(
    sdk: tuple[Path, ModuleType], server: FakeAPI, operation: str, values: tuple[str, ...]
) -> None:
    _, module = sdk
    for value in _object_values(module, _model("Headers", operation)):
        request = sent(
            module,
            server,
            lambda c, v=value: getattr(c.headers, operation).list(
                primitive=PRIMITIVE, array=ARRAY, object=v
            ),
        )
        assert tuple(request.headers[name] for name in ("primitive", "array", "object")) == values


# (operation, the Cookie header): form style, one cookie per value when exploded
COOKIES = [
    (
        "standard",
        "primitive=blue; array=blue; array=black; array=brown; name=v1; description=v2",
    ),
    (
        "form_exploded",
        "primitive=blue; array=blue; array=black; array=brown; name=v1; description=v2",
    ),
    ("form_non_exploded", "primitive=blue; array=blue,black,brown; object=name,v1,description,v2"),
]


@pytest.mark.parametrize(("operation", "cookie"), COOKIES)
def test_cookie(sdk: tuple[Path, ModuleType], server: FakeAPI, operation: str, cookie: str) -> None:
    _, module = sdk
    for value in _object_values(module, _model("Cookies", operation)):
        request = sent(
            module,
            server,
            lambda c, v=value: getattr(c.cookies, operation).list(
                primitive=PRIMITIVE, array=ARRAY, object=v
            ),
        )
        assert request.headers["cookie"] == cookie


def _model(location: str, operation: str) -> str:
    """The class of an operation's object parameter: ``QueryFormNonExplodedGetObject``."""
    words = "".join(word.capitalize() for word in operation.split("_"))
    return f"{location}{words}GetObject"


def _object_values(module: ModuleType, model: str) -> list[Any]:
    """The object as a dict and, where the SDK has a class for it, as that class."""
    found = getattr(module.types, model, None)
    return [OBJECT] if found is None else [OBJECT, found(**OBJECT)]
