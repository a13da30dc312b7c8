"""What ``sdkgen generate`` tells the user while it runs: the stage with counts on a terminal,
warnings on lines of their own, a summary of them by kind; nothing but warnings in CI, nothing
but errors with ``-q``.

The terminal is a real one: a pseudo-terminal on sdkgen's stderr, sdkgen a subprocess.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import termios
from pathlib import Path
from typing import Any

import pytest

from generator.models.generate import part_count
from tests.spec_builder import ok, openapi, write_spec
from tests.support.paths import BIN

SCHEMAS = 160


def big_spec() -> dict[str, Any]:
    """Enough schemas for two model parts, and two constructs sdkgen warns about."""
    schemas: dict[str, Any] = {
        f"Thing{index:03}": {
            "type": "object",
            "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
        }
        for index in range(SCHEMAS)
    }
    schemas["Thing000"]["properties"]["odd"] = {"not": {"type": "string"}}
    item = {"name": "id", "in": "path", "required": True, "style": "form", "schema": {}}
    return openapi(
        {
            "/things": {"get": {"responses": ok({"$ref": "#/components/schemas/Thing000"})}},
            "/things/{id}": {"get": {"parameters": [item], "responses": ok()}},
        },
        schemas,
    )


WARNINGS = [
    "warning: spec.json#/components/schemas/Thing000/properties/odd/not: "
    "'not' is not supported yet; the value is not checked against it",
    "warning: spec.json#/paths/~1things~1{id}/get/parameters/0/style: "
    "style 'form' for path parameters is not supported yet; the value is sent in style 'simple'",
]
SUMMARY = "2 warnings: 1 unsupported parameter style, 1 unsupported schema keyword"


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert part_count(SCHEMAS) == 2
    return write_spec(tmp_path_factory.mktemp("feedback"), big_spec())


def environment(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    return {**env, **extra}


def on_a_terminal(
    spec: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    """Run ``sdkgen generate`` with stderr on a 200-column pseudo-terminal: (exit code, what
    the terminal received, stdout)."""
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
    command = [str(BIN / "sdkgen"), "generate", "--spec", spec.name, "--output", "out", *args]
    process = subprocess.Popen(
        command,
        cwd=spec.parent,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=secondary,
        env=env or environment(),
    )
    os.close(secondary)
    received = bytearray()
    while True:  # read as it comes: a full terminal buffer would stop sdkgen
        ready, _, _ = select.select([primary], [], [], 300)
        assert ready, "sdkgen wrote nothing for 300 s"
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO: every process holding the terminal has closed it
            break
        if not chunk:
            break
        received += chunk
    os.close(primary)
    assert process.stdout is not None
    stdout = process.stdout.read().decode()
    process.stdout.close()
    return process.wait(timeout=60), received.decode(), stdout


def screen(received: str) -> list[str]:
    """The lines a terminal shows after ``received``: a carriage return goes back to the start
    of the line, ESC [ K clears the rest of it."""
    lines = [""]
    column = 0
    for token in re.findall(r"\x1b\[K|\r|\n|[^\r\n\x1b]+", received):
        line = lines[-1]
        if token == "\r":
            column = 0
        elif token == "\n":
            lines.append("")
            column = 0
        elif token == "\x1b[K":
            lines[-1] = line[:column]
        else:
            lines[-1] = line[:column] + token + line[column + len(token) :]
            column += len(token)
    return lines[:-1] if lines[-1] == "" else lines


def test_on_a_terminal_each_stage_shows_its_counts_in_place(spec: Path) -> None:
    code, received, stdout = on_a_terminal(spec, "--no-cache")
    assert code == 0, received
    # One line rewritten in place: every stage, with the model parts as each one ends.
    text = received.replace("\x1b[K", "\r")
    steps = list(dict.fromkeys(re.findall(r"[^\r\n…]+…", text)))  # once each
    assert steps[:3] == ["loading spec.json…", "reading the API…", "generating models…"]
    assert "generating models: 1/2 parts done…" in steps
    assert "generating models: 2/2 parts done…" in steps
    rendered = [re.fullmatch(r"rendering templates: (\d+) files?…", step) for step in steps]
    files = [int(match[1]) for match in rendered if match]
    assert files == list(range(1, len(files) + 1)) and len(files) > 20
    assert "rendering templates: 1 file…" in steps
    assert re.fullmatch(r"formatting \d+ Python files \(\d+ files rendered\)…", steps[-1])
    assert stdout.startswith("out: ") and " written, 0 deleted" in stdout


def test_on_a_terminal_warnings_clear_the_progress_line_and_are_summed_up(spec: Path) -> None:
    code, received, _ = on_a_terminal(spec)
    assert code == 0, received
    assert "reading the API…" in received  # the first warning came while it was showing
    # What stays on the terminal: the warnings, each on its own line, and their summary.
    lines = screen(received)
    assert lines[: len(WARNINGS)] == WARNINGS
    assert lines == [*WARNINGS, SUMMARY]


def test_without_a_terminal_only_warnings_and_their_summary_are_printed(spec: Path) -> None:
    result = subprocess.run(
        [str(BIN / "sdkgen"), "generate", "--spec", spec.name, "--output", "piped"],
        cwd=spec.parent, capture_output=True, text=True, check=False, timeout=300, env=environment(),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [*WARNINGS, SUMMARY]
    assert result.stdout.startswith("piped: ")


def test_in_ci_a_terminal_shows_no_progress(spec: Path) -> None:
    code, received, _ = on_a_terminal(spec, env=environment(CI="true"))
    assert code == 0, received
    assert received.replace("\r\n", "\n").splitlines() == [*WARNINGS, SUMMARY]


def test_quiet_prints_nothing_on_a_terminal(spec: Path) -> None:
    code, received, stdout = on_a_terminal(spec, "-q")
    assert (code, received, stdout) == (0, "", "")
