"""The generated README reads as if written by hand: no doubled words, no placeholders, and
usage examples made from the API's own operations that run as they are: iterating over a
paginated list, and a call whose errors are caught by their types. They run here against
the fake API, over real HTTP."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.spec_builder import openapi, write_spec
from tests.support.commands import sdkgen
from tests.support.fake_api import API_KEY, FakeAPI, make_jobs
from tests.support.paths import GENERATED, GOLDEN, golden_cases

SDKS = [GENERATED, *(GOLDEN / case for case in golden_cases())]
_FENCE = re.compile(r"^(`{3,})python\n(.*?)^\1$", re.S | re.M)


def python_blocks(readme: Path) -> str:
    """The README's Python examples, in order, as one script."""
    return "\n".join(match[2] for match in _FENCE.finditer(readme.read_text(encoding="utf-8")))


def prose(markdown: str) -> str:
    """``markdown`` without code blocks, code spans and link targets."""
    text = re.sub(r"^(`{3,}).*?^\1$", "", markdown, flags=re.S | re.M)
    text = re.sub(r"(`+).*?\1", "", text, flags=re.S)
    return re.sub(r"\]\([^)]*\)", "]", text)


def doubled_words(markdown: str) -> list[str]:
    return [m[0] for m in re.finditer(r"\b([A-Za-z]{2,})[\s(]+\1\b", prose(markdown), re.I)]


@pytest.mark.parametrize("sdk", SDKS, ids=lambda path: path.name)
def test_the_readme_and_the_reference_index_read_cleanly(sdk: Path) -> None:
    for page in (sdk / "README.md", sdk / "docs" / "index.md"):
        text = page.read_text(encoding="utf-8")
        assert doubled_words(text) == [], page
        assert "()" not in prose(text) and "version )" not in text, page
    examples = python_blocks(sdk / "README.md")
    compile(examples, str(sdk / "README.md"), "exec")
    assert "client = " in examples and "except " in examples


def run_examples(
    readme: Path, env: dict[str, str], pythonpath: Path | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **env}
    if pythonpath is not None:
        environment["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [sys.executable, "-c", python_blocks(readme)],
        capture_output=True, text=True, check=False, timeout=60, env=environment,
    )  # fmt: skip


def test_the_sdks_readme_examples_run_against_the_api() -> None:
    with FakeAPI(jobs=make_jobs(12)) as api:
        env = {"LLAMA_CLOUD_API_KEY": API_KEY, "LLAMA_CLOUD_BASE_URL": api.url}
        result = run_examples(GENERATED / "README.md", env)
        requests = [request.path for request in api.requests]
    assert result.returncode == 0, result.stderr
    printed = result.stdout.splitlines()
    # every job of the two pages the loop went through, then the error example's page
    shown = [re.match(r"id='([^']*)'", line) for line in printed[:12]]
    assert [match[1] if match else None for match in shown] == [job["id"] for job in make_jobs(12)]
    assert len(printed) == 13
    assert requests == ["/api/v1/classifier/jobs"] * 3


def widgets_spec() -> dict[str, Any]:
    """A titled API with no server, bearer auth, a paginated list and a GET of one item."""
    widget = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "status": {"type": "string"}},
    }
    page = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
            "next_page_token": {"type": ["string", "null"]},
        },
    }
    token = {"name": "page_token", "in": "query", "schema": {"type": "string"}}
    size = {"name": "page_size", "in": "query", "schema": {"type": "integer"}}
    widget_id = {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}

    def answer(schema: dict[str, Any]) -> dict[str, Any]:
        return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}

    document = openapi(
        {
            "/widgets": {"get": {"parameters": [token, size], "responses": answer(page)}},
            "/widgets/{widget_id}": {
                "get": {
                    "parameters": [widget_id],
                    "responses": answer({"$ref": "#/components/schemas/Widget"}),
                }
            },
        },
        {"Widget": widget},
        security=[{"bearer": []}],
    )
    document["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    document["info"] = {"title": "Widgets API", "version": ""}
    return document


def test_a_new_sdks_readme_examples_run_and_catch_a_missing_item(tmp_path: Path) -> None:
    write_spec(tmp_path, widgets_spec())
    generated = sdkgen("generate", "-q", "--spec", "spec.json", "--output", "sdk", cwd=tmp_path)
    assert generated.returncode == 0, generated.stderr
    readme = tmp_path / "sdk" / "README.md"
    text = readme.read_text(encoding="utf-8")
    assert "a typed Python client for the Widgets API, with a" in text  # no "(API version )"
    examples = python_blocks(readme)
    assert "client = Widgets()  # reads WIDGETS_API_KEY and WIDGETS_BASE_URL" in examples
    assert "for widget in client.widgets.list():" in examples
    assert "widget = client.widgets.retrieve(widget_id=" in examples
    with FakeAPI(jobs=make_jobs(3), path="/widgets") as api:
        env = {"WIDGETS_API_KEY": API_KEY, "WIDGETS_BASE_URL": api.url}
        result = run_examples(readme, env, tmp_path / "sdk" / "src")
    assert result.returncode == 0, result.stderr
    # three widgets, then the fake API knows no single widget: the NotFoundError branch
    assert result.stdout.splitlines()[3:] == ["No such widget"]
    assert len(result.stdout.splitlines()) == 4


@pytest.mark.parametrize("sdk", [GENERATED, GOLDEN / "operations"], ids=lambda path: path.name)
def test_the_readme_names_the_log_variable_retry_header_and_request_id_headers(sdk: Path) -> None:
    """What the README says of them is what the SDK does: the names come from its own modules."""
    package = next(path for path in (sdk / "src").iterdir() if (path / "_settings.py").is_file())
    settings = run_python(
        package.parent,
        f"from {package.name} import _settings, _base_client;"
        "print(_settings.LOG_ENV, _base_client.BaseClient.retry_count_header,"
        " *_settings.REQUEST_ID_HEADERS)",
    ).split()
    log_env, retry_header, *request_id_headers = settings
    text = " ".join((sdk / "README.md").read_text(encoding="utf-8").split())
    assert f"`{log_env}=debug` (or `info`)" in text
    assert f"Each attempt sends `{retry_header}`: `0`, then `1`, `2`" in text
    listed = ", ".join(f"`{header}`" for header in request_id_headers)
    assert f"read from {listed} (the first it sends)" in text
    for name in ("with_streaming_response", "stream_to_file(path)", "iter_lines()", "_request_id"):
        assert f"`{name}`" in text


def run_python(path: Path, code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(path)},
    )  # fmt: skip
    return result.stdout
