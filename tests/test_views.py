"""Each view is computed once: the CLI, the reference pages and the SDK agree on every name."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator.config import Config
from generator.errors import Diagnostics
from generator.names.reserved import TEMPLATE_NAMES
from generator.pipeline import generate_files
from generator.render.docs import DocBuilder
from tests.spec_builder import build, ok, openapi, write_spec
from tests.support.paths import GENERATED, GOLDEN, golden_cases


def test_the_reference_page_documents_the_flags_the_cli_takes(tmp_path: Path) -> None:
    # A boolean --verbose also makes --no-verbose, so the string no_verbose needs another flag.
    parameters = [
        {"name": "verbose", "in": "query", "required": True, "schema": {"type": "boolean"}},
        {"name": "no_verbose", "in": "query", "required": True, "schema": {"type": "string"}},
    ]
    spec = openapi({"/logs": {"get": {"parameters": parameters, "responses": ok()}}})
    config = Config(spec=write_spec(tmp_path, spec), output=tmp_path / "out", package="logs")
    files = generate_files(config, Diagnostics(quiet=True)).files
    commands = files["src/logs_cli/_commands.py"]
    cli_flags = set(re.findall(r'"flag": "([^"]+)"', commands))
    assert cli_flags == {"verbose", "no-verbose-2"}
    page = files["docs/logs/list.md"]
    documented = set(re.findall(r"`--([a-z0-9-]+)", page))
    assert documented == cli_flags
    assert "--no-verbose-2 " in page  # the example command too


def _imported_names(module: ast.Module, package: str) -> set[str]:
    """Names a module imports, except the models (from ``<package>.types``)."""
    names: set[str] = set()
    for node in module.body:
        if isinstance(node, ast.ImportFrom) and node.module != f"{package}.types":
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def test_template_names_lists_every_name_the_resource_modules_import() -> None:
    """A model may not take a name a resource module imports: hardening reads TEMPLATE_NAMES."""
    roots = [GENERATED, *(GOLDEN / case for case in golden_cases())]
    checked = 0
    for root in roots:
        for package_dir in (root / "src").iterdir():
            resources = package_dir / "resources"
            if not resources.is_dir():
                continue
            for module_path in resources.rglob("*.py"):
                module = ast.parse(module_path.read_text(encoding="utf-8"))
                imported = _imported_names(module, package_dir.name)
                own = {
                    name
                    for name in imported
                    if name.endswith(
                        ("Resource", "ResourceWithRawResponse", "ResourceWithStreamingResponse")
                    )  # resource classes
                    or re.fullmatch(
                        r"(Sync|Async)\w*(CursorPage|AfterIdPage|NextUrlPage|LinkHeaderPage|OffsetPage|PageNumberPage)\d*",
                        name,
                    )  # page classes
                    or name in {"annotations", "cached_property"}
                }
                assert imported - own <= TEMPLATE_NAMES, (
                    module_path,
                    imported - own - TEMPLATE_NAMES,
                )
                checked += 1
    assert checked > 20


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("LlamaCloud API", "# LlamaCloud API reference\n"),
        ("Petstore", "# Petstore API reference\n"),
        ("My api", "# My api reference\n"),
    ],
)
def test_the_reference_index_and_readme_read_as_written_by_hand(
    tmp_path: Path, title: str, heading: str
) -> None:
    spec = openapi({"/pets": {"get": {"responses": ok()}}}, info={"title": title, "version": "1"})
    config = Config(spec=write_spec(tmp_path, spec), output=tmp_path / "out", package="pets")
    files = generate_files(config, Diagnostics(quiet=True)).files
    assert files["docs/index.md"].startswith(heading)
    assert "](https://github.com/)" not in files["README.md"]  # no placeholder links


def test_a_parameter_named_body_beside_a_whole_body(tmp_path: Path) -> None:
    parameters = [{"name": "Body", "in": "query", "schema": {"type": "string"}}]
    body = {
        "required": True,
        "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}},
    }
    spec = openapi(
        {"/x": {"post": {"parameters": parameters, "requestBody": body, "responses": ok()}}}
    )
    config = Config(spec=write_spec(tmp_path, spec), output=tmp_path / "out", package="bodies")
    module = generate_files(config, Diagnostics(quiet=True)).files["src/bodies/resources/x.py"]
    ast.parse(module)  # two arguments named body would not even parse
    assert "body_: Sequence[str]," in module and "json_body=body_," in module


def test_examples_end_on_a_long_chain_of_distinct_schemas(tmp_path: Path) -> None:
    """Each schema an array of the next: the reference page's example stops at a bounded depth."""
    depth = 1500
    schemas: dict[str, object] = {
        f"A{i}": {"type": "array", "items": {"$ref": f"#/components/schemas/A{i + 1}"}}
        for i in range(depth)
    }
    schemas[f"A{depth}"] = {"type": "string"}
    item = {"$ref": "#/components/schemas/A0"}
    spec = openapi({"/chain": {"get": {"responses": ok(item)}}}, schemas)
    api, _ = build(tmp_path, spec)
    example = DocBuilder(api, "chain").example_value(api.schemas["/components/schemas/A0"])
    nesting = 0
    while isinstance(example, list) and example:
        example, nesting = example[0], nesting + 1
    assert 8 <= nesting <= 100
