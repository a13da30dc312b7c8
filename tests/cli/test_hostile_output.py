"""What the server sends cannot take over the terminal, nor crash the CLI; usage errors read well.

Control characters from the server (a window title, a screen clear, a carriage return
that prints over a line) show escaped in errors, ``--debug``, every format, and raw or
text bodies on a terminal; to a pipe a raw body stays byte for byte. Output that stdout's
encoding cannot carry is escaped, not a crash; YAML reads back exactly. The API key can
come from a file or stdin, out of ``ps``. Flag values are refused in the flag's words,
with exit status 2.
"""

from __future__ import annotations

import functools
import json
import os
import pty
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.cli.conftest import (
    LLAMACLOUD,
    Result,
    assert_one_line_error,
    clean_env,
    llamacloud,
    run,
)
from tests.support.fake_api import API_KEY, FakeAPI, Reply, make_job
from tests.support.paths import GOLDEN

HOSTILE = "bad\x1b]0;pwned\x07\x1b[2J\rfake\x9b31m"
ESCAPED = "bad\\x1b]0;pwned\\x07\\x1b[2J\\rfake\\x9b31m"
CONTROLS = ("\x1b", "\x07", "\r", "\x9b")
OPERATIONS = [sys.executable, "-m", "operations_api_cli"]


def operations_env(api: FakeAPI, **extra: str) -> dict[str, str]:
    """For the operations fixture's CLI (tests/golden/operations), pointed at ``api``."""
    settings = {
        "PYTHONPATH": str(GOLDEN / "operations" / "src"),
        "OPERATIONS_API_BASE_URL": api.url,
        "OPERATIONS_API_API_KEY": API_KEY,
    }
    return clean_env(**{**settings, **extra})


def operations(api: FakeAPI, *args: str) -> Result:
    return run(OPERATIONS, *args, env=operations_env(api))


def in_terminal(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run ``command`` with stdout on a pseudo-terminal; what it printed there."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        command, stdout=terminal, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env
    )
    os.close(terminal)
    output = b""
    while True:
        try:
            data = os.read(controller, 65536)
        except OSError:  # EIO: the other end is closed
            break
        if not data:
            break
        output += data
    os.close(controller)
    # The terminal turns each line feed into CR LF.
    return process.wait(timeout=60), output.decode().replace("\r\n", "\n")


def no_controls(text: str) -> bool:
    return not any(control in text for control in CONTROLS)


# -- server text on the terminal ----------------------------------------------------------


def test_a_server_message_shows_escaped_in_the_error(api: FakeAPI, fake: dict[str, str]) -> None:
    api.script(Reply(400, {"detail": HOSTILE}))
    result = llamacloud("classifier:jobs", "list", **fake)
    assert assert_one_line_error(result) == f"Error 400: {ESCAPED}"


def test_debug_shows_server_text_escaped(api: FakeAPI, fake: dict[str, str]) -> None:
    headers = {"Content-Type": "text/plain", "X-Note": "a\x9b31mb"}  # C1, as obs-text
    api.script(Reply(400, HOSTILE.encode(), headers))
    result = llamacloud("classifier:jobs", "list", "--debug", **fake)
    assert result.code == 1
    assert no_controls(result.err), result.err
    assert f"< x-note: a\\x9b31mb\n{ESCAPED}\n\nError 400: {ESCAPED}\n" in result.err


@pytest.fixture
def hostile_jobs(api: FakeAPI) -> Iterator[FakeAPI]:
    """Jobs whose text and keys hold terminal controls and characters outside ASCII."""
    api.jobs = [make_job(0, user_id=HOSTILE, **{"\x1b]0;key\x07": "v"}), make_job(1, user_id="ü✓")]
    yield api


@pytest.mark.parametrize("fmt", ["json", "jsonl", "yaml", "pretty"])
def test_no_format_prints_a_terminal_control(
    hostile_jobs: FakeAPI, fake: dict[str, str], fmt: str
) -> None:
    result = llamacloud("classifier:jobs", "list", "--format", fmt, **fake)
    assert result.code == 0, result.err
    assert no_controls(result.out), result.out
    if fmt == "pretty":
        assert ESCAPED in result.out and "\\x1b]0;key\\x07" in result.out
    else:  # the data reads back the same
        items = (
            [json.loads(line) for line in result.out.splitlines()]
            if fmt == "jsonl"
            else json.loads(result.out)["items"]
            if fmt == "json"
            else yaml.safe_load(result.out)["items"]
        )
        assert [item["user_id"] for item in items] == [HOSTILE, "ü✓"]


def test_a_raw_body_is_exact_to_a_pipe_and_escaped_on_a_terminal(api: FakeAPI) -> None:
    body = HOSTILE.encode() + b"\n\xff end"
    api.script(Reply(200, body), Reply(200, body))
    command = [*OPERATIONS, "files", "content", "--file-id", "f1"]
    piped = subprocess.run(command, capture_output=True, env=operations_env(api), check=False)
    assert (piped.returncode, piped.stdout) == (0, body)
    # On a terminal, and a line break for the prompt.
    assert in_terminal(command, operations_env(api)) == (0, ESCAPED + "\n\\xff end\n")


def test_a_text_body_is_escaped_on_a_terminal_only(api: FakeAPI) -> None:
    api.script(*[Reply(200, HOSTILE.encode(), {"Content-Type": "text/plain"})] * 3)
    command = [*OPERATIONS, "files", "summary", "--file-id", "f1"]
    piped = subprocess.run(command, capture_output=True, env=operations_env(api), check=False)
    assert (piped.returncode, piped.stdout.decode()) == (0, HOSTILE + "\n")
    assert in_terminal(command, operations_env(api)) == (0, ESCAPED + "\n")
    assert in_terminal([*command, "--format", "raw"], operations_env(api)) == (0, ESCAPED + "\n")


@functools.cache
def gzipped_spaces(mib: int) -> bytes:
    """A JSON page padded with ``mib`` MiB of spaces, gzipped a MiB at a time."""
    gzip = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    parts = [gzip.compress(b'{"items": [], "pad": "')]
    parts += [gzip.compress(b" " * 2**20) for _ in range(mib)]
    return b"".join([*parts, gzip.compress(b'"}'), gzip.flush()])


# Runs a command and reports its peak memory: the only child of a fresh process.
PEAK = (
    "import resource, subprocess, sys; done = subprocess.run(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, file=sys.stderr); "
    "sys.exit(done.returncode)"
)


@pytest.mark.parametrize("debug", [[], ["--debug"]], ids=["", "--debug"])
def test_a_body_past_256_mib_is_refused_even_with_debug(
    api: FakeAPI, fake: dict[str, str], debug: list[str]
) -> None:
    api.script(Reply(200, gzipped_spaces(1024), {"Content-Encoding": "gzip"}))
    command = [sys.executable, "-c", PEAK, *LLAMACLOUD, "classifier:jobs", "list", *debug]
    result = run(command, env=clean_env(**fake))
    *_, error, peak = result.err.splitlines()
    assert (result.code, error) == (
        1,
        "Error: the response is larger than 256 MiB, the most this command reads",
    )
    assert int(peak) < 256 + 200, f"{peak} MiB"  # the bound, not the gigabyte


# -- stdout that cannot encode everything ----------------------------------------------

NOT_UNICODE = {
    "PYTHONIOENCODING=ascii": {"PYTHONIOENCODING": "ascii"},
    "LC_ALL=C": {"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"},
}


@pytest.mark.parametrize("settings", NOT_UNICODE.values(), ids=NOT_UNICODE.keys())
@pytest.mark.parametrize("fmt", ["json", "jsonl", "yaml", "pretty"])
def test_output_an_encoding_cannot_carry_is_escaped_not_a_crash(
    hostile_jobs: FakeAPI, fake: dict[str, str], fmt: str, settings: dict[str, str]
) -> None:
    result = llamacloud("classifier:jobs", "list", "--format", fmt, **fake, **settings)
    assert result.code == 0, result.err
    assert result.out.isascii()
    if fmt == "json":
        assert json.loads(result.out)["items"][1]["user_id"] == "ü✓"
    elif fmt == "jsonl":
        assert json.loads(result.out.splitlines()[1])["user_id"] == "ü✓"
    elif fmt == "yaml":
        assert yaml.safe_load(result.out)["items"][1]["user_id"] == "ü✓"
    else:
        assert "\\xfc\\u2713" in result.out


def test_yaml_keeps_a_next_line_character(api: FakeAPI, fake: dict[str, str]) -> None:
    rules = [{"description": "x\u2028y", "type": "invoice"}]
    api.jobs = [make_job(0, user_id="a\x85b", rules=rules)]
    result = llamacloud("classifier:jobs", "list", "--format", "yaml", **fake)
    item = yaml.safe_load(result.out)["items"][0]
    assert (item["user_id"], item["rules"]) == ("a\x85b", rules)


# -- the API key, out of ps -------------------------------------------------------------


def test_help_offers_a_key_file_and_stdin() -> None:
    result = llamacloud("classifier:jobs", "list", "--help")
    text = " ".join(result.out.split())
    assert "--api-key-file PATH read the API key from a file" in text
    assert "--api-key-stdin read the API key from stdin" in text
    assert "(ps) while the command runs: prefer --api-key-file or --api-key-stdin" in text


def test_the_key_from_a_file_or_stdin(api: FakeAPI, tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text(API_KEY + "\n")  # as `echo key > file` writes it
    env = clean_env(LLAMA_CLOUD_BASE_URL=api.url)
    from_file = run(LLAMACLOUD, "classifier:jobs", "list", "--api-key-file", str(key_file), env=env)
    assert from_file.code == 0, from_file.err
    piped = subprocess.run(
        [*LLAMACLOUD, "classifier:jobs", "list", "--api-key-stdin"],
        input=API_KEY + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert piped.returncode == 0, piped.stderr
    assert [request.headers["authorization"] for request in api.requests] == [
        f"Bearer {API_KEY}"
    ] * 2


def test_the_key_flags_refuse_what_they_cannot_use(api: FakeAPI, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.write_text("\n")
    env = {"LLAMA_CLOUD_BASE_URL": api.url}
    cases = {
        (
            "--api-key",
            API_KEY,
            "--api-key-stdin",
        ): "Error: --api-key and --api-key-stdin each give the API key: pass one",
        ("--api-key-file", str(tmp_path / "missing")): (
            f"Error: cannot read --api-key-file {tmp_path / 'missing'}: No such file or directory"
        ),
        ("--api-key-file", str(empty)): f"Error: --api-key-file {empty} holds no API key",
    }
    for flags, message in cases.items():
        result = llamacloud("classifier:jobs", "list", *flags, **env)
        assert assert_one_line_error(result, code=2) == message
    assert api.requests == []


def test_stdin_is_for_one_flag(api: FakeAPI) -> None:
    result = subprocess.run(
        [*OPERATIONS, "files", "replace", "--file-id", "f1", "--body", "-", "--api-key-stdin"],
        input=b"content",
        capture_output=True,
        env=operations_env(api, OPERATIONS_API_API_KEY=""),
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "Error: --api-key-stdin: stdin (-) is taken by another flag already\n"
    )
    assert api.requests == []


# -- usage errors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--max-items", "\u00b2"], "argument --max-items: expected a whole number of 1 or more"),
        (["--max-retries", "+-1"], "argument --max-retries: expected a whole number of 0 or more"),
        (["--page-size", "ten"], "argument --page-size: expected a whole number, got 'ten'"),
    ],
)
def test_a_bad_number_is_refused_in_the_flags_words(args: list[str], message: str) -> None:
    result = llamacloud("classifier:jobs", "list", *args)
    assert result.code == 2
    assert message in result.err
    assert "invalid" not in result.err  # argparse's "invalid <function> value"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["files", "retrieve", "--file-id", ""],
            "Error: --file-id: Expected a non-empty value for the path parameter 'file_id'",
        ),
        (
            ["files", "list", "--x-trace", "a\nb"],
            "Error: The request could not be sent: Illegal header value b'a\\nb'",
        ),
        (
            ["files", "list", "--x-trace", "caf\u00e9"],
            "Error: --x-trace: 'café' is not ASCII, which an HTTP header must be",
        ),
    ],
    ids=["empty path parameter", "line break in a header", "non-ASCII header"],
)
def test_a_value_http_cannot_carry_is_a_usage_error(
    api: FakeAPI, args: list[str], message: str
) -> None:
    assert assert_one_line_error(operations(api, *args, "--max-retries", "0"), code=2) == message
    assert api.requests == []


def test_json_nested_too_deep_is_a_usage_error(api: FakeAPI) -> None:
    result = operations(api, "files", "list", "--filter", "[" * 100_000)
    assert result.code == 2
    assert "argument --filter: JSON nested too deeply: '[[[[" in result.err
    assert "Traceback" not in result.err and len(result.err) < 500
