"""Hostile input, generator side: specs that grow the work faster than themselves, text that is not
text, names the SDK cannot live with, values that change on the way, and spec text that would
drive the terminal. Each ends in a working SDK or in one clear line naming the place.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.errors import Diagnostics
from generator.models import build_models
from generator.models.spec_view import for_models
from generator.pipeline import generate_files
from generator.spec import limits
from generator.spec.loader import Document, load_document
from tests.spec_builder import ok, openapi
from tests.support.paths import BIN


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
    models = (tmp_path / "sdk" / "src" / "client" / "types" / "schemas.py").read_text()
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
