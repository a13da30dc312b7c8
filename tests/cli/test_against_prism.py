"""Both generated CLIs against Prism, which checks every request against the spec.

llamacloud-prod runs against spec/llamacloud.yaml; the petstore CLI (another
spec, other shapes: path parameters, JSON bodies, enums, booleans, repeated
flags, file uploads, empty responses) against tests/fixtures/petstore. What
exactly the petstore CLI sends is checked byte for byte against our recording
server at the end.
"""

from __future__ import annotations

import json
import subprocess

import pytest
import yaml

from tests.cli.conftest import (
    PETSTORE,
    PETSTORE_SRC,
    assert_one_line_error,
    clean_env,
    llamacloud,
    petstore,
)
from tests.support.fake_api import FakeAPI, Reply

KEY = "My API Key"


@pytest.fixture
def prism(prism_url: str) -> dict[str, str]:
    return {"LLAMA_CLOUD_BASE_URL": prism_url, "LLAMA_CLOUD_API_KEY": KEY}


@pytest.fixture
def pets(petstore_url: str) -> dict[str, str]:
    return {"PETSTORE_BASE_URL": petstore_url, "PETSTORE_API_KEY": KEY}


def test_the_seed_page_command_line(prism_url: str) -> None:
    """`llamacloud-prod classifier:jobs list --api-key 'My API Key'`, as the seed page shows it."""
    result = llamacloud("classifier:jobs", "list", "--api-key", KEY, "--base-url", prism_url)
    assert result.code == 0, result.err
    page = json.loads(result.out)
    job = page["items"][0]
    assert job["rules"][0] == {
        "description": "contains invoice number, line items, and total amount",
        "type": "invoice",
    }
    assert job["status"] == "PENDING" and "next_page_token" in page


@pytest.mark.parametrize("fmt", ["json", "jsonl", "yaml", "pretty", "raw"])
def test_every_format(prism: dict[str, str], fmt: str) -> None:
    result = llamacloud("classifier:jobs", "list", "--page-size", "10", "--format", fmt, **prism)
    assert result.code == 0, result.err
    if fmt in ("json", "raw"):
        assert json.loads(result.out)["items"][0]["mode"] == "FAST"
    elif fmt == "jsonl":
        assert [json.loads(line)["mode"] for line in result.out.splitlines()] == ["FAST"]
    elif fmt == "yaml":
        assert yaml.safe_load(result.out)["items"][0]["parsing_configuration"] == {
            "lang": "en",
            "max_pages": 5,
        }
    else:
        header, row = result.out.splitlines()[:2]
        assert header.split()[:3] == ["id", "project_id", "status"] and "PENDING" in row


def test_max_items_walks_prism_pages(prism: dict[str, str]) -> None:
    # Prism serves one example item per page and always the same next cursor, "string": the
    # second page's cursor is the one it was fetched with, so a longer walk stops there.
    result = llamacloud("classifier:jobs", "list", "--max-items", "2", "--format", "jsonl", **prism)
    assert result.code == 0, result.err
    assert len(result.out.splitlines()) == 2
    result = llamacloud("classifier:jobs", "list", "--all", "--format", "jsonl", **prism)
    assert assert_one_line_error(result).startswith(
        "Error: Stopped paging: the next-page cursor of page 2 ('string') is the one page 2"
    )
    assert len(result.out.splitlines()) == 2


def test_prism_rejects_a_malformed_uuid_and_the_cli_reports_it(prism: dict[str, str]) -> None:
    result = llamacloud(
        "classifier:jobs", "list", "--project-id", "not-a-uuid", "--max-retries", "0", **prism
    )
    assert assert_one_line_error(result).startswith("Error 422: ")


def test_petstore_list_with_a_repeated_flag_and_a_header(pets: dict[str, str]) -> None:
    result = petstore(
        "pets",
        "list",
        "--limit",
        "5",
        "--tags",
        "small",
        "--tags",
        "brown",
        "--x-request-id",
        "r-1",
        "--debug",
        **pets,
    )
    assert result.code == 0, result.err
    assert (
        "> GET " in result.err and "/pets?limit=5&tags=small%2Cbrown\n" in result.err
    )  # explode: false
    assert "> x-request-id: r-1\n" in result.err and "> x-api-key: <redacted>\n" in result.err
    assert KEY not in result.err
    assert isinstance(json.loads(result.out), list)


def test_petstore_create_with_enum_bool_and_json_flags(pets: dict[str, str]) -> None:
    result = petstore(
        "pets",
        "create",
        "--name",
        "Rex",
        "--kind",
        "dog",
        "--no-vaccinated",
        "--owner",
        '{"name": "Ann"}',
        **pets,
    )
    assert result.code == 0, result.err
    pet = json.loads(result.out)
    assert {"id", "name"} <= set(pet)


def test_petstore_retrieve_by_path_parameter_in_every_format(pets: dict[str, str]) -> None:
    for fmt in ("json", "yaml", "jsonl"):
        result = petstore("pets", "retrieve", "--pet-id", "7", "--format", fmt, **pets)
        assert result.code == 0, result.err
        pet = json.loads(result.out) if fmt != "yaml" else yaml.safe_load(result.out)
        assert isinstance(pet["id"], int) and "name" in pet
    pretty = petstore("pets", "retrieve", "--pet-id", "7", "--format", "pretty", **pets)
    lines = pretty.out.splitlines()
    assert lines[0].split()[0] == "name"
    assert "owner" in lines and any(
        line.startswith("  name ") for line in lines
    )  # nested object, indented


def test_petstore_delete_prints_nothing_and_succeeds(pets: dict[str, str]) -> None:
    result = petstore("pets", "delete", "--pet-id", "7", **pets)
    assert (result.code, result.out, result.err) == (0, "", "")


def test_petstore_upload_from_a_file_and_from_stdin(pets: dict[str, str], tmp_path: object) -> None:
    from pathlib import Path

    photo = Path(str(tmp_path)) / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff not really a jpeg")
    from_file = petstore("pets", "upload-photo", "--pet-id", "7", "--body", str(photo), **pets)
    assert (from_file.code, from_file.err) == (0, "")
    from_stdin = subprocess.run(
        [*PETSTORE, "pets", "upload-photo", "--pet-id", "7", "--body", "-"],
        input=b"bytes from a pipe",
        check=False,
        capture_output=True,
        env=clean_env(PYTHONPATH=str(PETSTORE_SRC), **pets),
    )
    assert (from_stdin.returncode, from_stdin.stderr) == (0, b"")


def test_petstore_api_key_header_never_shows(pets: dict[str, str]) -> None:
    result = petstore("pets", "retrieve", "--pet-id", "1", "--debug", **pets)
    assert (
        result.code == 0
        and "x-api-key: <redacted>" in result.err
        and KEY not in result.err + result.out
    )


# -- exactly what the petstore CLI sends ------------------------------------------------


def test_petstore_sends_exactly_what_the_flags_say(tmp_path: object) -> None:
    from pathlib import Path

    photo = Path(str(tmp_path)) / "photo.bin"
    photo.write_bytes(b"\x00\x01binary\xff")
    with FakeAPI() as api:
        api.script(
            Reply(201, {"id": 1, "name": "Rex"}),
            Reply(201, {"id": 2, "name": "Tom"}),
            Reply(200, [{"id": 1, "name": "Rex"}]),
            Reply(204, b""),
        )
        env = {"PETSTORE_BASE_URL": api.url, "PETSTORE_API_KEY": "k-123"}
        created = petstore(
            "pets",
            "create",
            "--name",
            "Rex",
            "--kind",
            "dog",
            "--vaccinated",
            "--owner",
            '{"name": "Ann"}',
            **env,
        )
        petstore("pets", "create", "--name", "Tom", "--no-vaccinated", "--tag", "null", **env)
        listed = petstore(
            "pets",
            "list",
            "--tags",
            "a",
            "--tags",
            "b,c",
            "--limit",
            "2",
            "--format",
            "jsonl",
            **env,
        )
        petstore("pets", "upload-photo", "--pet-id", "42", "--body", str(photo), **env)
        first, second, listing, upload = api.requests
    assert created.code == 0 and json.loads(created.out) == {"id": 1, "name": "Rex"}
    assert (first.method, first.path, first.headers["x-api-key"]) == ("POST", "/pets", "k-123")
    assert json.loads(first.body) == {
        "name": "Rex",
        "kind": "dog",
        "vaccinated": True,
        "owner": {"name": "Ann"},
    }
    assert json.loads(second.body) == {
        "name": "Tom",
        "tag": "null",
        "vaccinated": False,
    }  # a string flag stays text
    assert (listing.path, listing.query) == ("/pets", {"limit": ["2"], "tags": ["a,b,c"]})
    assert [json.loads(line) for line in listed.out.splitlines()] == [{"id": 1, "name": "Rex"}]
    assert (upload.method, upload.path, upload.body) == (
        "PUT",
        "/pets/42/photo",
        b"\x00\x01binary\xff",
    )
    assert upload.headers["content-type"] == "application/octet-stream"
