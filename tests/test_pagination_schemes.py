"""Which lists are paginated, by which scheme and page class: recognised from a shape only when
it is unambiguous, otherwise declared (``x-sdkgen-pagination`` in the spec, or
``[tool.sdkgen.pagination.operations]`` in the config); a declaration that does not fit is one
line naming its place.

The walks themselves are in tests/runtime/test_paging_schemes.py, the CLI's in
tests/cli/test_paging_schemes.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.config import load_config
from generator.errors import Diagnostics
from generator.ir.builder import build_api
from generator.spec.loader import load_document
from tests.spec_builder import build, ok, openapi
from tests.support.commands import sdkgen
from tests.support.paths import FIXTURES


def test_each_list_of_the_fixture_gets_its_scheme_and_page_class() -> None:
    config = load_config(FIXTURES / "paging" / "sdkgen.toml")
    diagnostics = Diagnostics(quiet=True)
    api = build_api(load_document(config.spec, diagnostics), config, diagnostics)
    found = {
        op.path: (op.pagination.scheme, op.pagination.page_class, op.pagination.request_param)
        if op.pagination
        else None
        for op in api.operations
    }
    assert found == {
        "/tokens": ("cursor", "CursorPage", "page_token"),
        "/events": ("offset", "OffsetPage", "offset"),
        "/repos": ("page", "PageNumberPage", "page"),
        "/commits": ("link", "LinkHeaderPage", None),  # page and per_page too: the header wins
        "/messages": ("next_url", "NextUrlPage", None),
        "/charges": ("after_id", "AfterIdPage", "starting_after"),
        "/logs": ("offset", "EntriesOffsetPage", "skip"),
        "/releases": ("link", "LinkHeaderPage", None),  # the same shape as /commits: its class
        "/sheets": ("page", "RowsPageNumberPage", "p"),
        "/people": ("next_url", "ResultsNextUrlPage", None),
        "/orders": ("after_id", "DataAfterIdPage", "after"),
        "/reports": None,  # two arrays: which holds the items is not clear
    }
    sheets = next(op.pagination for op in api.operations if op.path == "/sheets")
    assert sheets is not None and sheets.first_page == 0  # the parameter's minimum
    commits = next(op.pagination for op in api.operations if op.path == "/commits")
    assert commits is not None and commits.items_in_body
    assert commits.item_schema is not None and commits.item_schema.ref == "/components/schemas/Item"


def query(*names: str) -> list[dict[str, Any]]:
    return [{"name": name, "in": "query", "schema": {"type": "integer"}} for name in names]


ITEM = {"type": "object", "properties": {"id": {"type": "string"}}}
ITEMS = {"type": "array", "items": ITEM}


def body(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


SHAPES = {
    "offset and limit over the only array": (query("offset", "limit"), body(rows=ITEMS), "offset"),
    "offset and limit over an array body": (query("offset", "limit"), ITEMS, "offset"),
    "offset without limit": (query("offset"), body(rows=ITEMS), None),
    "offset and limit over two arrays": (query("offset", "limit"), body(a=ITEMS, b=ITEMS), None),
    "offset and limit over two arrays, one named data": (
        query("offset", "limit"),
        body(data=ITEMS, b=ITEMS),
        "offset",
    ),
    "page and page_size": (query("page", "page_size"), ITEMS, "page"),
    "page without a page size": (query("page"), ITEMS, None),
    "a page that is a string: a cursor (Stripe's search)": (
        [{"name": "page", "in": "query", "schema": {"type": "string"}}, *query("limit")],
        body(data=ITEMS, next_page={"type": "string"}, b=ITEMS),
        None,
    ),
    "a next field holding a URI, over offset and limit": (
        query("offset", "limit"),
        body(results=ITEMS, next={"type": "string", "format": "uri"}),
        "next_url",
    ),
    "a next field that is not a URI": (query(), body(results=ITEMS, next={"type": "string"}), None),
    "a nextLink": (query(), body(value=ITEMS, nextLink={"type": "string"}), "next_url"),
    "starting_after and has_more": (
        query("starting_after"),
        body(data=ITEMS, has_more={"type": "boolean"}),
        "after_id",
    ),
    "starting_after over items without an id": (
        query("starting_after"),
        body(data={"type": "array", "items": body(name={"type": "string"})}, has_more={"type": "boolean"}),
        None,
    ),
    "has_more that is not a boolean": (
        query("starting_after"),
        body(data=ITEMS, has_more={"type": "string"}),
        None,
    ),
}  # fmt: skip


@pytest.mark.parametrize(("parameters", "schema", "scheme"), SHAPES.values(), ids=SHAPES)
def test_a_shape_is_recognised_only_when_unambiguous(
    tmp_path: Path, parameters: list[dict[str, Any]], schema: dict[str, Any], scheme: str | None
) -> None:
    spec = openapi({"/things": {"get": {"parameters": parameters, "responses": ok(schema)}}})
    api, _ = build(tmp_path, spec)
    pagination = api.operations[0].pagination
    assert (pagination.scheme if pagination else None) == scheme


def test_a_link_header_makes_a_list_of_pages(tmp_path: Path) -> None:
    responses = ok(ITEMS)
    responses["200"]["headers"] = {"link": {"schema": {"type": "string"}}}
    spec = openapi({"/things": {"get": {"responses": responses}}})
    api, _ = build(tmp_path, spec)
    pagination = api.operations[0].pagination
    assert pagination is not None and pagination.scheme == "link"
    assert pagination.page_class == "LinkHeaderPage"


def test_declaring_false_turns_a_recognised_shape_off(tmp_path: Path) -> None:
    operation = {"parameters": query("offset", "limit"), "responses": ok(ITEMS)}
    spec = openapi({"/things": {"get": {**operation, "x-sdkgen-pagination": False}}})
    api, _ = build(tmp_path, spec)
    assert api.operations[0].pagination is None


# -- declarations that do not fit: one line naming the place ------------------------------

PAGED = {
    "parameters": query("offset", "limit", "page"),
    "responses": ok(body(rows=ITEMS, more={"type": "string"})),
}
WHERE = "spec.json#/paths/~1things/get/x-sdkgen-pagination"
SPEC_ERRORS = [
    (
        {"scheme": "cursors"},
        "unknown pagination scheme 'cursors'; one of cursor, after_id, next_url, link, offset, page",
    ),
    ({"scheme": "offset", "next_cursor": "x"}, "unknown key 'next_cursor' for the offset scheme"),
    (
        {"scheme": "offset", "totl": "count"},
        "unknown key 'totl' for the offset scheme; did you mean 'total'?",
    ),
    (
        {"scheme": "page", "request_param": "p"},
        "declared page pagination does not fit: there is no query parameter 'p'",
    ),
    (
        {"scheme": "after_id", "request_param": "offset", "has_more": "more"},
        "declared after_id pagination does not fit: the response field 'more' is not a boolean",
    ),
    (
        {"scheme": "link", "items": "columns"},
        "declared link pagination does not fit: the response has no array field 'columns'",
    ),
    (
        {"scheme": "next_url"},
        "declared next_url pagination does not fit: the response has no field holding the next "
        "page's URL (next_url)",
    ),
    (
        ["offset"],
        "must be false or a mapping of scheme, items and the scheme's fields (request_param, "
        "next_cursor, next_url, has_more, id, total, total_pages, first_page)",
    ),
]


@pytest.mark.parametrize(("declared", "error"), SPEC_ERRORS)
def test_a_declaration_in_the_spec_that_does_not_fit(
    tmp_path: Path, declared: Any, error: str
) -> None:
    spec = openapi({"/things": {"get": {**PAGED, "x-sdkgen-pagination": declared}}})
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    result = sdkgen("generate", "--spec", "spec.json", "--output", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"sdkgen: error: {WHERE}: {error}"]


CONFIG_ERRORS = [
    (
        '[tool.sdkgen.pagination.operations."GET /thing"]\nscheme = "offset"',
        "pyproject.toml#/tool/sdkgen/pagination/operations/GET ~1thing: the spec has no "
        "operation GET /thing",
    ),
    (
        '[tool.sdkgen.pagination.operations."GET /things"]\nscheme = "offset"\nitems = "cols"',
        "pyproject.toml#/tool/sdkgen/pagination/operations/GET ~1things: declared offset "
        "pagination does not fit: the response has no array field 'cols'",
    ),
    (
        "[tool.sdkgen.pagination]\noperations = 3",
        "pyproject.toml#/tool/sdkgen/pagination/operations: pagination.operations must be a table",
    ),
]


@pytest.mark.parametrize(("table", "error"), CONFIG_ERRORS)
def test_a_declaration_in_the_config_that_does_not_fit(
    tmp_path: Path, table: str, error: str
) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(openapi({"/things": {"get": PAGED}})))
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.sdkgen]\nspec = "spec.json"\noutput = "out"\n\n{table}\n'
    )
    result = sdkgen("generate", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"sdkgen: error: {tmp_path}/{error}"]


def test_a_declaration_in_the_config_wins_over_the_spec(tmp_path: Path) -> None:
    spec = openapi({"/things": {"get": {**PAGED, "x-sdkgen-pagination": {"scheme": "nope"}}}})
    config = load_config(
        _project(tmp_path, spec, '[tool.sdkgen.pagination.operations]\n"GET /things" = false')
    )
    diagnostics = Diagnostics(quiet=True)
    api = build_api(load_document(config.spec, diagnostics), config, diagnostics)
    assert api.operations[0].pagination is None


def _project(folder: Path, spec: dict[str, Any], table: str) -> Path:
    (folder / "spec.json").write_text(json.dumps(spec))
    pyproject = folder / "pyproject.toml"
    pyproject.write_text(f'[tool.sdkgen]\nspec = "spec.json"\noutput = "out"\n\n{table}\n')
    return pyproject
