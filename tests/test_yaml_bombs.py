"""YAML aliases cannot hang the generator or eat its memory.

A recursive alias stands for an endless document and a few hundred bytes of nested
aliases ("billion laughs") for billions of nodes; every step after loading walks the
document expanded. Such a document is one error naming the file and the alias's line,
at once; aliases used the ordinary way still work.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import pytest

from generator.cache import ParsedYamlCache, open_cache
from generator.errors import SpecError
from generator.spec import loader, parse
from generator.spec.parse import parse_text
from tests.support.paths import BIN

HEAD = 'openapi: 3.1.0\ninfo: {title: Bombs, version: "1"}\npaths: {}\n'


def laughs(levels: int) -> str:
    """Anchor ``a`` holds nine scalars and each next one the one before nine times: 10 ** levels nodes or so."""
    lines = ['x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    names = "abcdefghijklmnopqrstuvwxyz"
    for previous, name in zip(names, names[1 : levels + 1], strict=False):
        lines.append(f"x-{name}: &{name} [" + ", ".join(["*" + previous] * 9) + "]")
    return HEAD + "\n".join(lines) + "\n"


RECURSIVE = {
    # the 75-byte original: a mapping that holds itself
    "mapping": (HEAD + "x-loop: &l {a: *l}\n", 4, "l"),
    "sequence": (HEAD + "x-loop: &s\n  - one\n  - *s\n", 6, "s"),
    "through another anchor": (HEAD + "x-a: &a\n  b: &b\n    c: [1, *a]\n", 6, "a"),
    "merge key": (HEAD + "x-base: &m\n  name: x\n  <<: *m\n", 6, "m"),
}
BOMB = laughs(8)  # under 600 bytes; over 400 million nodes expanded


# Runs sdkgen's command in a fresh interpreter and writes that process's own peak memory
# (VmHWM, which exec resets) to a file: rusage's maxrss would count the forked test runner.
_MEASURED = """
import atexit, pathlib, sys
from generator.cli import main

def peak():
    status = pathlib.Path("/proc/self/status").read_text()
    kilobytes = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    pathlib.Path(sys.argv[1]).write_text(kilobytes)

atexit.register(peak)
sys.exit(main(sys.argv[2:]))
"""


def run(*args: str) -> tuple[int, str, float, int]:
    """Run sdkgen (killed after a minute): exit status, stderr, CPU seconds and peak memory in KiB."""
    with tempfile.TemporaryFile() as stderr, tempfile.TemporaryDirectory() as scratch:
        peak_file = Path(scratch) / "peak"
        process = subprocess.Popen(
            [str(BIN / "python"), "-c", _MEASURED, str(peak_file), *args],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        deadline = time.monotonic() + 60
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                process.kill()
                os.wait4(process.pid, 0)
                pytest.fail(f"sdkgen {' '.join(args)} still running after a minute")
            time.sleep(0.02)
        process.returncode = os.waitstatus_to_exitcode(status)
        stderr.seek(0)
        return (
            process.returncode,
            stderr.read().decode(),
            usage.ru_utime + usage.ru_stime,
            int(peak_file.read_text()),
        )


@pytest.fixture(scope="module")
def specs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    (folder / "recursive.yaml").write_text(RECURSIVE["mapping"][0])
    (folder / "laughs.yaml").write_text(BOMB)
    return {"recursive": folder / "recursive.yaml", "laughs": folder / "laughs.yaml"}


EXPECTED = {
    "recursive": ":4: YAML alias *l is inside the node it refers to, so it never ends",
    "laughs": (
        ":10: YAML aliases expand the document to over 1,000,000 nodes (here at *f); "
        "sdkgen expands a document to 10 times its nodes or 1,000,000 nodes at most"
    ),
}


@pytest.mark.parametrize("command", ["generate", "check", "diff"])
@pytest.mark.parametrize("bomb", ["recursive", "laughs"])
def test_every_command_refuses_at_once_with_little_memory(
    bomb: str, command: str, specs: dict[str, Path], tmp_path: Path
) -> None:
    spec = str(specs[bomb])
    if command == "diff":
        args = ["diff", spec, spec]
    else:
        args = [command, "--spec", spec, "--output", str(tmp_path / "out")]
    status, stderr, cpu_seconds, peak_kib = run(*args)
    assert (status, stderr) == (1, f"sdkgen: error: {spec}{EXPECTED[bomb]}\n")
    assert cpu_seconds < 1.0
    assert peak_kib < 300 * 1024
    assert not (tmp_path / "out").exists()


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Fail instead of hanging if the block takes longer."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(("text", "line", "name"), RECURSIVE.values(), ids=list(RECURSIVE))
def test_a_recursive_alias_is_named_at_its_line(text: str, line: int, name: str) -> None:
    with within(5), pytest.raises(SpecError) as caught:
        parse_text(text.encode(), "spec.yaml")
    assert str(caught.value) == (
        f"spec.yaml:{line}: YAML alias *{name} is inside the node it refers to, so it never ends"
    )


def test_aliases_may_expand_a_document_to_a_million_nodes() -> None:
    """Five levels of laughs stand for about 670,000 nodes: allowed; six (over six million) are not."""
    with within(30):
        data = parse_text(laughs(5).encode(), "spec.yaml")
        assert data["x-f"][8][8][8][8][8] == ["lol"] * 9
        with pytest.raises(SpecError, match=r"^spec\.yaml:10: YAML aliases expand the document"):
            parse_text(laughs(6).encode(), "spec.yaml")


def test_a_large_document_may_grow_ten_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the floor, the bound is ten times the nodes the document is written with."""
    monkeypatch.setattr(parse, "EXPANSION_FLOOR", 0)
    # Written with 35 + n nodes (an alias is one), x-c expands to 1 + 91 n: n = 2 is fine, 3 is not.
    text = laughs(1) + "x-c: [ALIASES]\n"
    assert (
        parse_text(text.replace("ALIASES", ", ".join(["*b"] * 2)).encode(), "s.yaml")["x-c"][1][8]
        == ["lol"] * 9
    )
    with pytest.raises(SpecError) as caught:
        parse_text(text.replace("ALIASES", ", ".join(["*b"] * 3)).encode(), "s.yaml")
    assert str(caught.value).startswith(
        "s.yaml:6: YAML aliases expand the document to over 380 nodes (here at *b)"
    )


ORDINARY = """\
openapi: 3.1.0
info: {title: Aliases, version: "1"}
paths:
  /pets:
    get:
      operationId: list_pets
      parameters:
        - &limit {name: limit, in: query, schema: {type: integer, maximum: 100}}
      responses:
        "200": &pets
          description: OK
          content:
            application/json:
              schema:
                type: array
                items: {$ref: "#/components/schemas/Pet"}
  /cats:
    get:
      operationId: list_cats
      parameters: [*limit]
      responses:
        "200": *pets
components:
  schemas:
    Named: &named
      type: object
      properties:
        name: {type: string}
    Pet:
      <<: *named
      description: A pet, with the fields every named thing has.
"""


def test_ordinary_aliases_and_merge_keys_still_work(tmp_path: Path) -> None:
    data = parse_text(ORDINARY.encode(), "spec.yaml")
    cats = data["paths"]["/cats"]["get"]
    assert cats["parameters"] == data["paths"]["/pets"]["get"]["parameters"]
    assert cats["responses"]["200"]["description"] == "OK"
    assert data["components"]["schemas"]["Pet"]["properties"] == {"name": {"type": "string"}}
    spec = tmp_path / "spec.yaml"
    spec.write_text(ORDINARY)
    status, stderr, _, _ = run(
        "generate", "-q", "--spec", str(spec), "--output", str(tmp_path / "out")
    )
    assert (status, stderr) == (0, "")
    assert (tmp_path / "out" / "docs" / "cats" / "list.md").is_file()


def test_json_is_not_read_as_yaml(tmp_path: Path) -> None:
    """Text that looks like an anchor and an alias in a JSON spec is just text."""
    text = '{"openapi": "3.1.0", "info": {"title": "&a *a", "version": "1"}, "paths": {}}'
    assert parse_text(text.encode(), "spec.json", prefer_json=True)["info"]["title"] == "&a *a"


def test_aliases_spread_over_top_level_keys_are_counted_together(tmp_path: Path) -> None:
    """A spec is parsed and cached by its top-level keys, but not one with aliases: two keys
    of 670,000 nodes each are over the bound together, as one document."""
    keys = []
    for key in ("x-one", "x-two"):
        nested = laughs(5).removeprefix(HEAD).replace("x-", f"  {key}-").replace("&", f"&{key}")
        keys.append(f"{key}:\n" + nested.replace("*", f"*{key}"))
    spec = tmp_path / "spec.yaml"
    spec.write_text(HEAD + "".join(keys))
    cache = ParsedYamlCache(open_cache(tmp_path / "cache"))
    with within(30), pytest.raises(SpecError, match=r"YAML aliases expand the document to over"):
        loader.load_document(spec, cache=cache)
