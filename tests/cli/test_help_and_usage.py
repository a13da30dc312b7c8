"""Grammar, typed flags and --help at every level; usage errors exit 2 naming the flag."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.cli.conftest import assert_one_line_error, clean_env, llamacloud, petstore


def squash(text: str) -> str:
    """Help text with every run of white space as one space: layout is argparse's business."""
    return " ".join(text.split())


def test_root_help_lists_resources_and_global_flags() -> None:
    result = llamacloud("--help")
    assert result.code == 0
    assert result.out.startswith("usage: llamacloud-prod ")
    assert (
        "LlamaCloud is LlamaIndex's platform for document parsing" in result.out
    )  # info.description
    assert "classifier:jobs list" in squash(result.out)
    assert "completion" in result.out
    for flag in (
        "--api-key KEY",
        "--base-url URL",
        "--format {json,jsonl,yaml,pretty,raw}",
        "--timeout SECONDS",
        "--max-retries N",
        "--debug",
        "--version",
    ):
        assert flag in result.out
    assert "$LLAMA_CLOUD_API_KEY" in result.out and "$LLAMA_CLOUD_BASE_URL" in result.out
    assert "https://api.cloud.llamaindex.ai" in result.out  # the spec's server, the last fallback


def test_resource_help_lists_methods_with_their_summaries() -> None:
    result = llamacloud("classifier:jobs", "--help")
    assert result.code == 0
    assert result.out.startswith("usage: llamacloud-prod classifier:jobs <method> [flags]")
    assert "list List Classify Jobs" in squash(result.out)

    pets = petstore("pets", "--help")
    assert (
        "list List pets create Create a pet retrieve Get a pet delete Delete a pet "
        "upload-photo Upload a photo of a pet" in squash(pets.out)
    )


def test_method_help_shows_summary_description_and_one_typed_flag_per_parameter() -> None:
    result = llamacloud("classifier:jobs", "list", "--help")
    assert result.code == 0
    assert result.out.startswith("usage: llamacloud-prod classifier:jobs list [flags]\n")
    assert "List Classify Jobs\n\nList classify jobs.\nExperimental: This endpoint" in result.out
    assert "--project-id UUID [string, format uuid]" in squash(result.out)
    assert "--page-size INT [integer]" in squash(result.out)
    assert "--page-token STRING [string]" in squash(result.out)
    assert "--all " in result.out and "--max-items N" in result.out
    assert (
        "--format {json,jsonl,yaml,pretty,raw}" in result.out
    )  # global flags also after the command


def test_petstore_help_shows_required_flags_choices_booleans_lists_and_json() -> None:
    create = petstore("pets", "create", "--help")
    assert create.code == 0
    assert create.out.startswith("usage: petstore pets create --name STRING [flags]\n")
    assert "--name STRING What the pet answers to. [string; required]" in squash(create.out)
    assert "--kind {cat,dog,bird}" in create.out
    assert "--vaccinated, --no-vaccinated" in create.out
    assert "Whether the pet has had 100% of its shots." in create.out  # a % in spec text is kept
    assert "--owner JSON Who looks after the pet. [JSON object]" in squash(create.out)
    listing = petstore("pets", "list", "--help")
    assert (
        "--tags STRING Only pets with all of these tags. [string; repeat the flag for several values]"
        in squash(listing.out)
    )
    retrieve = petstore("pets", "retrieve", "--help")
    assert retrieve.out.startswith("usage: petstore pets retrieve --pet-id INT [flags]")
    upload = petstore("pets", "upload-photo", "--help")
    assert "--body PATH [path of a file to upload, - for stdin]" in squash(upload.out)


def test_every_command_of_both_clis_builds_its_help() -> None:
    """No spec text or flag name breaks argparse (conflicts, % signs, brackets in choices)."""
    from llamacloud_cli._commands import GROUPS

    for resource, group in GROUPS.items():
        for method in group["commands"]:
            assert llamacloud(resource, method, "--help").code == 0
    for method in ("list", "create", "retrieve", "delete", "upload-photo"):
        result = petstore("pets", method, "--help")
        assert result.code == 0, result.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--page-size", "abc"], "argument --page-size: expected a whole number, got 'abc'"),
        (
            ["--max-items", "0"],
            "argument --max-items: expected a whole number of 1 or more, got '0'",
        ),
        (["--timeout", "-1"], "argument --timeout: expected a number of seconds above 0, got '-1'"),
        (
            ["--max-retries", "x"],
            "argument --max-retries: expected a whole number of 0 or more, got 'x'",
        ),
        (["--format", "xml"], "argument --format: invalid choice: 'xml'"),
        (
            ["--base-url", "api.example.com"],
            "argument --base-url: expected an http:// or https:// URL",
        ),
        (["--unknown", "x"], "unrecognized arguments: --unknown x"),
        (
            ["--page"],
            "unrecognized arguments: --page",
        ),  # no abbreviations: a new flag cannot change a script
        (
            ["--all", "--format", "raw"],
            "--format raw prints one response body; it cannot be used with --all",
        ),
    ],
)
def test_bad_flags_are_usage_errors_naming_the_flag(args: list[str], message: str) -> None:
    result = llamacloud("classifier:jobs", "list", *args, LLAMA_CLOUD_API_KEY="k")
    assert result.code == 2, result
    assert "Traceback" not in result.err
    assert result.err.startswith("usage: llamacloud-prod classifier:jobs list [flags]\n")
    assert f"llamacloud-prod classifier:jobs list: error: {message}" in result.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["pets", "create"], "the following arguments are required: --name"),
        (
            ["pets", "create", "--name", "Rex", "--kind", "fish"],
            "argument --kind: invalid choice: 'fish'",
        ),
        (["pets", "create", "--name", "Rex", "--owner", "{name"], "argument --owner: invalid JSON"),
        (
            ["pets", "retrieve", "--pet-id", "one"],
            "argument --pet-id: expected a whole number, got 'one'",
        ),
        (
            ["pets", "upload-photo", "--pet-id", "1", "--body", "/no/such/file"],
            "cannot read '/no/such/file'",
        ),
        (["pets", "fetch"], "argument <method>: invalid choice: 'fetch'"),
        (["cats", "list"], "argument <resource>: invalid choice: 'cats'"),
    ],
)
def test_petstore_usage_errors(args: list[str], message: str) -> None:
    result = petstore(*args, PETSTORE_API_KEY="k")
    assert result.code == 2, result
    assert "Traceback" not in result.err
    assert message in result.err


def test_without_a_command_help_goes_to_stderr_with_status_2() -> None:
    bare = llamacloud()
    assert bare.code == 2 and bare.out == "" and "<resource>" in bare.err
    no_method = llamacloud("classifier:jobs")
    assert no_method.code == 2 and "List Classify Jobs" in no_method.err


def test_version() -> None:
    result = llamacloud("--version")
    assert (result.code, result.out) == (0, "llamacloud-prod 0.1.0\n")


def test_global_flags_work_before_and_after_the_command() -> None:
    before = llamacloud("--format", "xml", "classifier:jobs", "list")
    after = llamacloud("classifier:jobs", "list", "--format", "xml")
    assert before.code == after.code == 2
    assert "invalid choice: 'xml'" in before.err and "invalid choice: 'xml'" in after.err


def test_a_missing_api_key_is_a_one_line_usage_error() -> None:
    result = llamacloud("classifier:jobs", "list", LLAMA_CLOUD_BASE_URL="http://127.0.0.1:9")
    line = assert_one_line_error(result, code=2)
    assert line == (
        "Error: no API key: set $LLAMA_CLOUD_API_KEY, or pass --api-key-file, --api-key-stdin "
        "or --api-key"
    )


def test_a_bad_base_url_in_the_environment_is_a_one_line_usage_error() -> None:
    result = llamacloud(
        "classifier:jobs", "list", LLAMA_CLOUD_API_KEY="k", LLAMA_CLOUD_BASE_URL="localhost:1"
    )
    assert assert_one_line_error(result, code=2).startswith(
        "Error: $LLAMA_CLOUD_BASE_URL is not an http"
    )


HEAVY = ("httpx", "pydantic", "llamacloud", "yaml", "argcomplete", "typing")
RUN_ONLY = ("_sdk", "_output", "_debug", "_completion", "_types")


@pytest.mark.parametrize(
    "argv", [["--help"], ["classifier:jobs", "--help"], ["classifier:jobs", "list", "--help"]]
)
def test_help_imports_nothing_heavy(argv: list[str]) -> None:
    """Help is argparse and json only: the SDK, httpx, pydantic and even typing stay unimported."""
    script = (
        "import sys\n"
        "from llamacloud_cli._app import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\n' + __import__('json').dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, env=clean_env()
    )
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert "llamacloud_cli._commands" in modules
    assert [name for name in modules if name.split(".")[0] in HEAVY] == []
    # Nor the CLI's own modules that only running a command needs.
    assert [name for name in modules if name.split(".")[-1] in RUN_ONLY] == []
