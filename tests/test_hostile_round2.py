"""Hostile input, generator side: specs that grow the work faster than themselves, text that is not
text, names the SDK cannot live with, values that change on the way, and spec text that would
drive the terminal. Each ends in a working SDK or in one clear line naming the place.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement

from generator.config import SDK_IMPORTS, Config
from generator.errors import Diagnostics, Location, SdkgenError, SpecError, UsageError
from generator.models import build_models
from generator.models.spec_view import for_models
from generator.output.plan import plan_changes
from generator.pipeline import generate_files
from generator.spec import limits
from generator.spec.loader import Document, load_document
from tests.spec_builder import ok, openapi
from tests.support.fake_api import FakeAPI, Reply
from tests.support.paths import BIN, ROOT
from tests.support.sdk_files import models_source


def sdkgen(spec: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "sdkgen"), "generate", "-q", "--spec", spec.name, "--output", "sdk", *args],
        cwd=spec.parent,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def one_error(result: subprocess.CompletedProcess[str]) -> str:
    """The one line of a failed run, without its ``sdkgen: error:`` prefix."""
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("sdkgen: error: "), result.stderr
    return result.stderr.removeprefix("sdkgen: error: ").rstrip("\n")


# -- work that grows faster than the input ------------------------------------------------------


def alias_chain(links: int) -> dict[str, Any]:
    """``S0 → S1 → … → S<links>``, each but the last only a ``$ref``; an operation returns S0."""
    schemas: dict[str, Any] = {
        f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(links)
    }
    schemas[f"S{links}"] = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "first": {"$ref": "#/components/schemas/S0"}},
    }
    return openapi(
        {"/things": {"get": {"responses": ok({"$ref": "#/components/schemas/S0"})}}}, schemas
    )


def test_a_chain_of_2000_aliases_generates_in_seconds(tmp_path: Path) -> None:
    spec = tmp_path / "chain.json"
    spec.write_text(json.dumps(alias_chain(2000)))
    started = time.perf_counter()
    result = sdkgen(spec, "--no-cache", timeout=60)  # it took minutes while the work was quadratic
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert elapsed < 20, f"{elapsed:.1f} s"
    models = models_source(tmp_path / "sdk" / "src" / "test")
    assert "class S2000(BaseModel):" in models
    for i in range(2000):  # every alias keeps its class
        assert f"\nclass S{i}(RootModel[S2000]):\n" in models


def test_resolving_every_link_of_a_chain_reads_each_link_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "chain.json"
    spec.write_text(json.dumps(alias_chain(500)))
    document = load_document(spec)
    reads: list[str] = []
    node_at = Document.node_at

    def counting(self: Document, pointer: str) -> Any:
        reads.append(pointer)
        return node_at(self, pointer)

    monkeypatch.setattr(Document, "node_at", counting)
    for i in range(501):
        pointer = f"/components/schemas/S{i}"
        node, end = document.resolve(document.data["components"]["schemas"][f"S{i}"], pointer)
        assert end == "/components/schemas/S500"
        assert node["type"] == "object"
    assert len(reads) == len(set(reads)) == 500


def test_aliases_of_aliases_refer_to_the_end_of_their_chain_and_keep_their_classes() -> None:
    view = for_models(alias_chain(3))
    schemas = view["components"]["schemas"]
    assert [schemas[f"S{i}"] for i in range(3)] == [{"$ref": "#/components/schemas/S3"}] * 3
    assert schemas["S3"]["properties"]["first"] == {"$ref": "#/components/schemas/S0"}
    models = build_models(
        alias_chain(3), package="client", template_dir=None, spec_file="spec.json", reserved=()
    )
    assert {pointer: model.name for pointer, model in models.classes.items()} == {
        f"/components/schemas/S{i}": f"S{i}" for i in range(4)
    }
    assert "first: S0 | None = None" in models.source


# -- text that is not text, nesting without end ------------------------------------------------


@pytest.mark.parametrize(
    ("escaped", "pointer", "what"),
    [
        ('"description": "fine \\ud800"', "/info/description", "this string holds"),
        ('"x-tags": ["a", "\\udfff b"]', "/info/x-tags/1", "this string holds"),
        ('"x\\udc00y": "value"', "/info/x\\udc00y", "this key holds"),
    ],
    ids=["value", "list item", "key"],
)
def test_a_lone_surrogate_is_refused_naming_the_first_place(
    tmp_path: Path, escaped: str, pointer: str, what: str
) -> None:
    spec = tmp_path / "spec.json"
    # a pair is one character and fine; the lone one after it is not
    spec.write_text(
        '{"openapi": "3.1.0", "paths": {}, "info": {"title": "\\ud83d\\ude00", "version": "1", '
        + escaped
        + ', "later": "\\ud801"}}'
    )
    code = escaped.split("\\u")[1][:4]
    assert one_error(sdkgen(spec)) == (
        f"{spec.name}#{pointer}: {what} a lone UTF-16 surrogate (\\u{code}), which is not a "
        "character: a \\uD800-\\uDFFF escape must be one of a pair"
    )


def nested_json(levels: int, inner: str = "1") -> str:
    return '{"a": ' * levels + inner + "}" * levels


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        # deeper than Python's JSON parser goes: found by a scan of the text
        (
            "example.json",
            json.dumps(openapi(schemas={"A": {"type": "object", "example": "HERE"}})).replace(
                '"HERE"', nested_json(1000)
            ),
            ":1#/components/schemas/A/example" + "/a" * (limits.MAX_DEPTH - 4),
        ),
        # parsed, then refused
        (
            "allof.json",
            json.dumps(openapi(schemas={"A": "HERE"})).replace(
                '"HERE"', '{"allOf": [' * 300 + "{}" + "]}" * 300
            ),
            "#/components/schemas/A" + "/allOf/0" * 62 + "/allOf",  # 128 tokens,
        ),
        (
            "items.yaml",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
            "    A: " + "{type: array, items: " * 900 + "{}" + "}" * 900 + "\n",
            "#/components/schemas/A" + "/items" * (limits.MAX_DEPTH - 3),
        ),
        # deeper than libyaml goes: its line
        (
            "example.yaml",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep: "
            + "[" * 5000
            + "]" * 5000,
            ":4",
        ),
    ],
    ids=["json-1000", "allOf-300", "yaml-items-900", "yaml-5000"],
)
def test_nesting_too_deep_is_refused_naming_the_place(
    tmp_path: Path, name: str, text: str, where: str
) -> None:
    spec = tmp_path / name
    spec.write_text(text)
    assert one_error(sdkgen(spec)) == (
        f"{name}{where}: nested more than 128 levels deep; sdkgen reads documents 128 levels "
        "deep at most"
    )


@pytest.mark.parametrize("keyword", ["items", "properties", "allOf", "anyOf"])
def test_nesting_at_the_limit_generates(tmp_path: Path, keyword: str) -> None:
    schema: dict[str, Any] = {"type": "string"}
    levels = 0
    while True:  # as deep as the limit allows: the schema sits at depth 4 of the document
        if keyword == "items":
            deeper: dict[str, Any] = {"type": "array", "items": schema}
            step = 1
        elif keyword == "properties":
            deeper, step = {"type": "object", "properties": {"a": schema}}, 2
        else:
            deeper, step = {keyword: [schema, {"type": "null"}]}, 2
        if 4 + (levels + 1) * step > limits.MAX_DEPTH:
            break
        schema, levels = deeper, levels + 1
    document = openapi(
        {"/a": {"post": {"responses": ok({"$ref": "#/components/schemas/A"})}}}, {"A": schema}
    )
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document))
    config = Config(spec=spec, output=tmp_path / "out", cache=False)
    files = generate_files(config, Diagnostics(quiet=True)).files
    assert "class A(" in files["src/client/types/schemas.py"]


# -- names the SDK cannot live with -------------------------------------------------------------


def write_config(folder: Path, **settings: str) -> Path:
    config = folder / "sdkgen.toml"
    lines = ["[tool.sdkgen]", 'spec = "spec.json"', 'output = "sdk"']
    config.write_text(
        "\n".join([*lines, *(f"{key} = {json.dumps(value)}" for key, value in settings.items())])
        + "\n"
    )
    (folder / "spec.json").write_text(json.dumps(openapi({"/a": {"get": {"responses": ok()}}})))
    return config


@pytest.mark.parametrize(
    ("package", "hidden"),
    [
        ("json", "the standard library module json"),
        ("typing", "the standard library module typing"),
        ("asyncore", "the standard library module asyncore"),  # gone in 3.12, the SDK runs on 3.11
        ("httpx", "the httpx package the SDK depends on"),
        ("pydantic", "the pydantic package the SDK depends on"),
        ("h11", "the h11 package the SDK depends on"),
        ("yaml", "the yaml package the SDK depends on"),
        ("tests", "the SDK's own tests package"),
    ],
)
def test_a_package_that_would_hide_a_module_the_sdk_needs_is_refused(
    tmp_path: Path, package: str, hidden: str
) -> None:
    config = write_config(tmp_path, package=package)
    result = subprocess.run(
        [str(BIN / "sdkgen"), "generate", "-q", "--config", str(config)],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == (
        f"sdkgen: error: {config}#/tool/sdkgen: package {package!r} would hide {hidden}; "
        "choose another name\n"
    )
    assert not (tmp_path / "sdk").exists()


def test_the_cli_package_is_checked_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import config as settings

    monkeypatch.setattr(settings, "SDK_IMPORTS", settings.SDK_IMPORTS | {"acme_cli"})
    with pytest.raises(UsageError) as caught:
        settings.load_config(write_config(tmp_path, package="acme"))
    assert caught.value.message == (
        "package 'acme' makes the CLI package 'acme_cli', which would hide the acme_cli package "
        "the SDK depends on; choose another name"
    )


def test_the_sdk_imports_list_holds_every_dependency_of_the_generated_sdk() -> None:
    """What the SDK's pyproject.toml requires, and pytest for its tests, with what they require
    in turn (as installed here), by the names they are imported as."""
    template = (ROOT / "templates" / "sdk" / "pyproject.toml.jinja").read_text()
    declared = re.findall(r'^\s+"([A-Za-z0-9_.-]+)[<>=!~ ]', template, re.MULTILINE)
    assert {"httpx", "pydantic", "anyio", "argcomplete", "pyyaml"} <= set(declared)
    distributions = importlib.metadata.packages_distributions()
    modules: dict[str, set[str]] = {}
    for module, names in distributions.items():
        for name in names:
            modules.setdefault(canonical(name), set()).add(module)
    seen: set[str] = set()
    pending = [*declared, "pytest"]
    while pending:
        name = canonical(pending.pop())
        if name in seen:
            continue
        seen.add(name)
        for requirement in map(Requirement, importlib.metadata.requires(name) or []):
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    imported = {
        module for name in seen for module in modules.get(name, ()) if not module.startswith("_")
    }
    assert imported <= SDK_IMPORTS, sorted(imported - SDK_IMPORTS)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def windows_device(part: str) -> bool:
    return re.fullmatch(r"(con|prn|aux|nul|com\d|lpt\d)(\..*)?", part, re.IGNORECASE) is not None


def test_resources_and_methods_named_like_windows_devices_are_renamed(tmp_path: Path) -> None:
    item = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    document = openapi(
        {
            "/con/items": {"get": {"responses": ok()}},
            "/AUX": {"get": {"responses": ok()}, "post": {"responses": ok()}},
            "/jobs/{id}": {"get": {"parameters": [item], "responses": ok()}},
            "/jobs/{id}/Nul": {"post": {"parameters": [item], "responses": ok()}},
            "/things": {
                "get": {"x-sdkgen-resource": "LPT1", "x-sdkgen-method": "com9", "responses": ok()}
            },
        }
    )
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document))
    result = sdkgen(spec)
    assert result.returncode == 0, result.stderr
    sdk = tmp_path / "sdk"
    written = [path.relative_to(sdk) for path in sdk.rglob("*")]
    assert not [path for path in written if any(windows_device(part) for part in path.parts)]
    docs = sorted(
        path.relative_to(sdk / "docs").as_posix() for path in (sdk / "docs").rglob("*.md")
    )
    assert docs == [
        "aux_/create.md", "aux_/list.md", "con_/items/list.md", "index.md", "jobs/nul_.md",
        "jobs/retrieve.md", "lpt1_/com9_.md",
    ]  # fmt: skip
    client = (sdk / "src" / "test" / "_client.py").read_text()  # named after "Test API"
    assert "def con_(self)" in client and "def aux_(self)" in client


@pytest.mark.parametrize("path", ["src/client/con.py", "docs/AUX.tar.gz", "src/nul/x.py", "Com7"])
def test_the_writer_refuses_a_windows_device_name(tmp_path: Path, path: str) -> None:
    with pytest.raises(SdkgenError) as caught:
        plan_changes(tmp_path, {path: ""})
    assert str(caught.value) == f"refusing to write {path!r}: not a plain, portable relative path"


# -- values that change on the way --------------------------------------------------------------

ENUMS: dict[str, Any] = {
    "mixed": {"enum": [True, 1, "1", 1.5, None]},
    "falsy": {"enum": [False, 0, "0", 0.0]},
    "big": {"type": "integer", "enum": [2**63 - 1, 2**63, 2**64, -(2**63) - 1, 1]},
    "loose": {"enum": [-(2**63), 2**70, "x"]},
    "plain": {"type": "string", "enum": ["a", "b"]},
}
# wire values per field, as JSON text: each must come back as it went
WIRE = [
    *(f'{{"mixed":{value}}}' for value in ("true", "1", '"1"', "1.5", "null")),
    *(f'{{"falsy":{value}}}' for value in ("false", "0", '"0"', "0.0")),
    *(f'{{"big":{value}}}' for value in (2**63 - 1, 2**63, 2**64, -(2**63) - 1, 1, 2**80)),
    *(f'{{"loose":{value}}}' for value in (-(2**63), 2**70, '"x"')),
    '{"plain":"a"}',
    '{"plain":"c"}',
]

ENUM_PROBE = """
import json, sys
from enums import Enums
client = Enums(base_url=sys.argv[1], max_retries=0)
for wire in json.loads(sys.argv[2]):
    sent = client.things.create(**json.loads(wire))
    print(sent.to_json(indent=None))
"""


def test_enum_values_python_cannot_tell_apart_read_back_exactly(tmp_path: Path) -> None:
    schemas = {name.title(): schema for name, schema in ENUMS.items()}
    thing = {
        "type": "object",
        "properties": {name: {"$ref": f"#/components/schemas/{name.title()}"} for name in ENUMS},
    }
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    document = openapi(
        {
            "/things": {
                "post": {
                    "requestBody": body,
                    "responses": ok({"$ref": "#/components/schemas/Thing"}),
                }
            }
        },
        {**schemas, "Thing": thing},
    )
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document))
    assert sdkgen(spec, "--config", str(write_enum_config(tmp_path))).returncode == 0
    models = models_source(tmp_path / "sdk" / "src" / "enums")
    assert "class Plain(OpenStrEnum):" in models  # an enum Python can hold stays an enum
    assert "class Mixed(RootModel[bool | int | str | float | None]):" in models
    assert "class Big(RootModel[int]):" in models
    with FakeAPI() as api:
        api.script(*(Reply(200, json.loads(wire)) for wire in WIRE))
        result = subprocess.run(
            [sys.executable, "-c", ENUM_PROBE, api.url, json.dumps(WIRE)],
            env={**os.environ, "PYTHONPATH": str(tmp_path / "sdk" / "src")},
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        sent = [request.body.decode() for request in api.requests]
    assert [json.loads(body) for body in sent] == [json.loads(wire) for wire in WIRE]
    assert [json.dumps(json.loads(body), separators=(",", ":")) for body in sent] == WIRE
    assert result.stdout.splitlines() == WIRE


def write_enum_config(folder: Path) -> Path:
    config = folder / "enums.toml"
    config.write_text('[tool.sdkgen]\npackage = "enums"\nclient_class = "Enums"\n')
    return config


# -- spec text that would drive the terminal ----------------------------------------------------

TITLE = "\x1b]0;pwned\x07"  # sets the terminal's title
CLEAR = "\x1b[2J"  # clears the screen


def printable_lines(text: str) -> list[str]:
    lines = text.splitlines()
    assert text == "".join(line + "\n" for line in lines)
    for line in lines:
        assert line.isprintable(), repr(line)
    return lines


def test_errors_quote_spec_text_with_escapes_instead_of_control_characters(tmp_path: Path) -> None:
    item = {"get": {"responses": ok()}}
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(openapi({f"/a{TITLE}/{{id}}{CLEAR}": item})))
    (line,) = printable_lines(sdkgen(spec).stderr)
    assert line == (
        "sdkgen: error: spec.json#/paths/~1a\\x1b]0;pwned\\x07~1{id}\\x1b[2J/get: "
        "path parameter {id} in '/a\\x1b]0;pwned\\x07/{id}\\x1b[2J' is not declared"
    )


def test_warnings_quote_spec_text_with_escapes_instead_of_control_characters(
    tmp_path: Path,
) -> None:
    text = {"content": {"text/plain": {"schema": {"type": "string"}}}}
    callback = {"{$request.body#/url}": {"post": {"requestBody": text, "responses": ok()}}}
    operation = {"callbacks": {"done": callback}, "responses": ok()}
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(openapi({f"/jobs{TITLE}\n\u202e{CLEAR}": {"get": operation}})))
    result = subprocess.run(
        [str(BIN / "sdkgen"), "generate", "--spec", "spec.json", "--output", "sdk", "--no-cache"],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert printable_lines(result.stderr) == [
        "warning: spec.json#/paths/~1jobs\\x1b]0;pwned\\x07\\x0a\\u202e\\x1b[2J/get/callbacks/done/"
        "{$request.body#~1url}/post: callback 'done' sends no JSON payload; the SDK does not parse it",
        "1 warning: 1 unsupported callback",
    ]


def test_every_part_of_a_diagnostic_is_escaped() -> None:
    error = SpecError(f"bad {CLEAR}name\n", Location(f"spec{TITLE}.json", "/paths/~1\u202ex", 3))
    assert str(error) == "spec\\x1b]0;pwned\\x07.json:3#/paths/~1\\u202ex: bad \\x1b[2Jname\\x0a"
    diagnostics = Diagnostics(quiet=True)
    diagnostics.warn(f"odd {TITLE}", Location("spec.json", f"/a{CLEAR}"))
    diagnostics.warn(f"no place {CLEAR}")
    assert diagnostics.warnings == [
        "spec.json#/a\\x1b[2J: odd \\x1b]0;pwned\\x07",
        "no place \\x1b[2J",
    ]


def test_the_diff_report_quotes_spec_text_with_escapes(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps(openapi({"/jobs": {"get": {"responses": ok()}}})))
    new = tmp_path / "new.json"
    new.write_text(json.dumps(openapi({f"/jobs{TITLE}{CLEAR}": {"get": {"responses": ok()}}})))
    result = subprocess.run(
        [str(BIN / "sdkgen"), "diff", "old.json", "new.json"],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = printable_lines(result.stdout)
    assert any("/jobs\\x1b]0;pwned\\x07\\x1b[2J" in line for line in report), report
