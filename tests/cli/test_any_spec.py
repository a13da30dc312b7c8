"""The CLI generated from an awkward spec: names that clash with the CLI's own flags,
a boolean whose --no-x would take another flag's name, int and nullable enums, choices
with spaces and brackets, % signs in spec text, unions, arrays and objects.

The spec is generated into a temporary folder and its CLI run as a subprocess: every
command's --help, then one call whose request the recording server checks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Result, clean_env
from tests.spec_builder import write_spec
from tests.support.fake_api import FakeAPI, Reply
from tests.support.paths import BIN

WIDGET = {"type": "object", "properties": {"id": {"type": "string"}}}


def query(name: str, schema: dict[str, object], **extra: object) -> dict[str, object]:
    return {"name": name, "in": "query", "schema": schema, **extra}


SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Awkward", "version": "2.0.0", "description": "Edge cases, 100% of them."},
    "servers": [{"url": "https://awkward.example.com"}],
    "security": [{"key": []}],
    "components": {"securitySchemes": {"key": {"type": "http", "scheme": "bearer"}}},
    "paths": {
        "/widgets": {
            "get": {
                "operationId": "listWidgets",
                "summary": "List widgets (100% of them)",
                "description": "Usage: %(prog)s is not a placeholder here; 50% off.",
                "parameters": [
                    query("format", {"type": "string"}, description="Output format of the API."),
                    query("help", {"type": "string"}),
                    query("all", {"type": "boolean"}),
                    query("verbose", {"type": "boolean"}),
                    query("no_verbose", {"type": "string"}),
                    query("size", {"type": "integer", "enum": [1, 2, 3]}),
                    query(
                        "color",
                        {"type": ["string", "null"], "enum": ["red", "dark blue", "[x]", None]},
                    ),
                    query("state", {"type": "string", "enum": [f"s{n}" for n in range(10)]}),
                    query("ids", {"type": "array", "items": {"type": "string", "format": "uuid"}}),
                    query("when", {"oneOf": [{"type": "string"}, {"type": "integer"}]}),
                    query("limit", {"type": "integer", "default": 20}, deprecated=True),
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"type": "array", "items": WIDGET}}
                        },
                    }
                },
            }
        },
        "/widgets/{widget_id}": {
            "put": {
                "operationId": "updateWidget",
                "summary": "Update a widget",
                "parameters": [
                    {
                        "name": "widget_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "parts": {"type": "array", "items": {"type": "object"}},
                                    "ratio": {"type": "number"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": WIDGET}},
                    }
                },
            }
        },
    },
}


@pytest.fixture(scope="module")
def awkward(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The awkward spec's SDK and CLI, generated; yields its src folder."""
    folder = tmp_path_factory.mktemp("awkward")
    write_spec(folder, SPEC)
    (folder / "sdkgen.toml").write_text(
        '[tool.sdkgen]\nspec = "spec.json"\noutput = "out"\npackage = "awk"\ndistribution = "awk"\n'
        'client_class = "Awk"\ncli_name = "awk"\nenv_prefix = "AWK"\n'
    )
    done = subprocess.run(
        [str(BIN / "sdkgen"), "generate", "-q", "--config", str(folder / "sdkgen.toml")],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    yield folder / "out" / "src"


def awk(src: Path, *args: str, **env: str) -> Result:
    done = subprocess.run(
        [sys.executable, "-m", "awk_cli", *args],
        check=False,
        capture_output=True,
        text=True,
        env=clean_env(PYTHONPATH=str(src), **env),
    )
    return Result(done.returncode, done.stdout, done.stderr)


def squash(text: str) -> str:
    return " ".join(text.split())


def test_every_command_shows_its_help(awkward: Path) -> None:
    root = awk(awkward, "--help")
    assert root.code == 0, root.err
    assert "Edge cases, 100% of them." in root.out
    for args in (
        ["widgets", "--help"],
        ["widgets", "list", "--help"],
        ["widgets", "update", "--help"],
    ):
        result = awk(awkward, *args)
        assert result.code == 0, result.err


def test_clashing_names_get_their_own_flags_and_help_shows_the_facts(awkward: Path) -> None:
    text = squash(awk(awkward, "widgets", "list", "--help").out)
    assert "List widgets (100% of them) Usage: %(prog)s is not a placeholder here; 50% off." in text
    assert "--format-param STRING Output format of the API. [string]" in text
    assert "--help-param STRING [string]" in text
    assert "--all-param, --no-all-param" in text
    assert "--verbose, --no-verbose" in text
    assert "--no-verbose-2 STRING [string]" in text  # --no-verbose belongs to the boolean
    assert "--size {1,2,3}" in text
    assert "--color {red,dark blue,[x]}" in text
    assert "--state STRING [one of: s0, s1, s2, s3, s4, s5, s6, s7, s8, s9]" in text
    assert "--ids UUID [string, format uuid; repeat the flag for several values]" in text
    assert "--when JSON [JSON]" in text
    assert "--limit INT [integer; default: 20; deprecated]" in text
    update = squash(awk(awkward, "widgets", "update", "--help").out)
    assert update.startswith("usage: awk widgets update --widget-id STRING --name STRING [flags]")
    assert "--parts JSON [JSON array]" in update and "--ratio NUMBER [number]" in update


def test_the_flags_reach_the_wire(awkward: Path) -> None:
    with FakeAPI() as api:
        api.script(Reply(200, [{"id": "w1"}]), Reply(200, {"id": "w1"}))
        env = {"AWK_BASE_URL": api.url, "AWK_API_KEY": "k"}
        listed = awk(
            awkward, "widgets", "list", "--format", "jsonl",
            "--format-param", "csv", "--help-param", "me", "--all-param", "--no-verbose",
            "--no-verbose-2", "x", "--size", "2", "--color", "dark blue", "--state", "s9",
            "--ids", "00000000-0000-0000-0000-000000000001", "--ids", "00000000-0000-0000-0000-000000000002",
            "--when", "5", **env,
        )  # fmt: skip
        updated = awk(
            awkward, "widgets", "update", "--widget-id", "w 1", "--name", "N",
            "--parts", '[{"a": 1}]', "--ratio", "0.5", **env,
        )  # fmt: skip
        listing, update = api.requests
    assert (listed.code, listed.out) == (0, '{"id": "w1"}\n'), listed.err
    assert listing.query == {
        "format": ["csv"],
        "help": ["me"],
        "all": ["true"],
        "verbose": ["false"],
        "no_verbose": ["x"],
        "size": ["2"],
        "color": ["dark blue"],
        "state": ["s9"],
        "ids": ["00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"],
        "when": ["5"],
    }
    assert updated.code == 0, updated.err
    assert (update.method, update.path) == ("PUT", "/widgets/w%201")
    assert json.loads(update.body) == {"name": "N", "parts": [{"a": 1}], "ratio": 0.5}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--size", "4"], "argument --size: invalid choice: 4 (choose from 1, 2, 3)"),
        (["--size", "two"], "argument --size: expected a whole number, got 'two'"),
        (["--color", "blue"], "argument --color: invalid choice: 'blue'"),
        (
            ["--when", "soon"],
            "argument --when: invalid JSON (Expecting value): 'soon'; quote a string",
        ),
    ],
)
def test_typed_flags_reject_bad_values(awkward: Path, args: list[str], message: str) -> None:
    result = awk(awkward, "widgets", "list", *args, AWK_API_KEY="k")
    assert result.code == 2 and message in result.err, result.err
