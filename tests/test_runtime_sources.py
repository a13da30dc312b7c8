"""The SDK runtime where it is written: the plain Python modules under templates/.

They are linted, formatted and type-checked in place, their pure helpers unit-tested without
generating an SDK, and every SDK holds them byte for byte.

Type-checking in place: mypy reads ``templates/sdk`` as a package root, so the modules are
``package._base_client``, ``cli._app``... The few modules they import that sdkgen renders per
API (``_settings``, ``_version``, the CLI's ``_commands`` and ``_sdk``) are stood in for by the
``.pyi`` stubs beside their templates; the last test checks that every golden output's rendered
module defines what its stub declares.

The unit tests import the runtime modules from templates/ as two packages whose other half is a
scratch folder holding those rendered modules, for the petstore fixture.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import enum
import gzip
import importlib
import importlib.machinery
import importlib.util
import json
import os
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest
import yaml

from generator.config import load_config
from generator.errors import Diagnostics
from generator.ir.builder import build_api
from generator.render.render import OUTPUTS, builtin_template_dir, make_environment
from generator.spec.loader import load_document
from tests.support.paths import BIN, FIXTURES, GENERATED, GOLDEN, ROOT, golden_cases

TEMPLATES = builtin_template_dir()
RUNTIME = sorted(TEMPLATES.rglob("*.py"))
STUBS = sorted(TEMPLATES.rglob("*.pyi"))
OUTPUT_FOLDERS = [GENERATED, *(GOLDEN / case for case in golden_cases())]


def run(command: list[str], **env: str) -> None:
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, env={**os.environ, **env}, check=False
    )
    assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout}{result.stderr}"


def test_there_is_a_runtime() -> None:
    names = {path.relative_to(TEMPLATES).as_posix() for path in RUNTIME}
    assert {"sdk/package/_base_client.py", "sdk/cli/_app.py"} <= names


def test_ruff_check() -> None:
    run([str(BIN / "ruff"), "check", "--no-cache", *map(str, RUNTIME + STUBS)])


def test_ruff_format() -> None:
    run([str(BIN / "ruff"), "format", "--check", "--no-cache", *map(str, RUNTIME + STUBS)])


def test_mypy_strict(tmp_path: Path) -> None:
    run(
        [str(BIN / "mypy"), "--strict", "--explicit-package-bases", "--cache-dir", str(tmp_path)]
        + [str(path) for path in RUNTIME],
        MYPYPATH=str(TEMPLATES / "sdk"),
    )


def test_cli_modules_stay_short() -> None:
    """The CLI interpreter is split along its sections; none of them grows back into the whole."""
    lengths = {
        path.name: len(path.read_text().splitlines())
        for path in (TEMPLATES / "sdk" / "cli").glob("*.py")
    }
    assert {name: length for name, length in lengths.items() if length > 300} == {}


@pytest.mark.parametrize("output", OUTPUT_FOLDERS, ids=lambda path: path.name)
def test_every_sdk_holds_the_runtime_byte_for_byte(output: Path) -> None:
    package, cli_package = _packages(output)
    for spec in OUTPUTS:
        if spec.verbatim:
            written = output / spec.path.format(package=package, cli_package=cli_package)
            if spec.each == "webhooks" and not written.exists():
                continue  # the API has no webhooks
            assert written.read_bytes() == (TEMPLATES / spec.template).read_bytes(), written


def _packages(output: Path) -> tuple[str, str]:
    cli = next(path.name for path in (output / "src").iterdir() if path.name.endswith("_cli"))
    return cli.removesuffix("_cli"), cli


def _declared(stub: ast.Module) -> set[str]:
    """What a stub says its module offers: its ``__all__``, else what it defines itself."""
    for node in stub.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "__all__":
            return set(ast.literal_eval(node.value))
    return {
        name
        for node in stub.body
        if not isinstance(node, ast.ImportFrom)
        for name in _defined(ast.Module(body=[node], type_ignores=[]))
    }


def _defined(tree: ast.Module) -> set[str]:
    """The names a module binds at its top level."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign | ast.Assign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(target.id for target in targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.ImportFrom):
            names.update(alias.asname or alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("stub", STUBS, ids=lambda path: path.relative_to(TEMPLATES).as_posix())
def test_each_stub_declares_only_what_its_rendered_module_defines(stub: Path) -> None:
    template = stub.with_suffix(".py.jinja").relative_to(TEMPLATES).as_posix()
    output = next(spec for spec in OUTPUTS if spec.template == template)
    declared = _declared(ast.parse(stub.read_text()))
    for folder in OUTPUT_FOLDERS:
        package, cli_package = _packages(folder)
        module = folder / output.path.format(package=package, cli_package=cli_package)
        missing = declared - _defined(ast.parse(module.read_text()))
        assert missing == set(), f"{module} does not define {sorted(missing)}"


# -- the runtime imported from templates/ ---------------------------------------------------


def _package(name: str, *folders: Path) -> ModuleType:
    spec = importlib.machinery.ModuleSpec(name, None, is_package=True)
    spec.submodule_search_locations = [str(folder) for folder in folders]
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    return module


@pytest.fixture(scope="module")
def runtime(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    """``_base_client``, ``_paging``... as written under templates/, beside rendered settings."""
    config = load_config(FIXTURES / "petstore" / "sdkgen.toml")
    api = build_api(load_document(config.spec), config, Diagnostics(quiet=True))
    variables = {
        "api": api,
        "config": config,
        "package": config.package,
        "cli_package": config.cli_package,
        "client_class": config.client_class,
        "cli_name": config.cli_name,
        "env_prefix": config.env_prefix,
        "sdk_version": config.sdk_version,
    }
    env = make_environment(None)
    rendered = tmp_path_factory.mktemp("rendered")
    for folder, names in {"package": ["_settings", "_version"], "cli": ["_settings"]}.items():
        (rendered / folder).mkdir()
        for name in names:
            text = env.get_template(f"sdk/{folder}/{name}.py.jinja").render(**variables)
            (rendered / folder / f"{name}.py").write_text(text)
    _package("runtime_sdk", TEMPLATES / "sdk" / "package", rendered / "package")
    _package("runtime_cli", TEMPLATES / "sdk" / "cli", rendered / "cli")
    writes_bytecode, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # not in templates/
    try:
        yield {
            name: importlib.import_module(name)
            for name in (
                "runtime_sdk._base_client",
                "runtime_sdk._exceptions",
                "runtime_sdk._limits",
                "runtime_sdk._models",
                "runtime_sdk._paging",
                "runtime_sdk._redirects",
                "runtime_sdk._retries",
                "runtime_sdk._secrets",
                "runtime_sdk._settings",
                "runtime_sdk._streaming",
                "runtime_cli._values",
                "runtime_cli._output",
                "runtime_cli._pretty",
                "runtime_cli._terminal",
            )
        }
    finally:
        sys.dont_write_bytecode = writes_bytecode
        for name in [name for name in sys.modules if name.startswith("runtime_")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def base(runtime: dict[str, ModuleType]) -> Any:
    return runtime["runtime_sdk._base_client"]


def test_the_runtime_comes_from_templates(runtime: dict[str, ModuleType]) -> None:
    for name, module in runtime.items():
        assert module.__file__ is not None
        if not name.endswith("._settings"):
            assert Path(module.__file__).is_relative_to(TEMPLATES), module.__file__
    assert runtime["runtime_sdk._settings"].SDKError.__name__ == "PetstoreError"


class Color(enum.Enum):
    RED = "red"


class Point(pydantic.BaseModel):
    x_value: int = pydantic.Field(alias="xValue")


def test_scalars_and_lists_in_a_query(base: Any) -> None:
    when = dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC)
    assert [base._scalar(value) for value in (True, False, 3, Color.RED, when, "a b")] == [
        "true",
        "false",
        "3",
        "red",
        "2024-05-01T12:30:00+00:00",
        "a b",
    ]
    assert base._query_value([1, True, Color.RED]) == ["1", "true", "red"]
    assert base.comma_separated([1, True, "x"]) == "1,true,x"
    assert base.comma_separated(None) is None


def test_delimited_and_exploded_objects(base: Any) -> None:
    assert base.delimited(["a", "b"], "|") == "a|b"
    assert base.delimited({"role": "admin", "on": True}) == "role,admin,on,true"
    assert base.delimited({"role": "admin", "on": True}, explode=True) == "role=admin,on=true"
    assert base.exploded_object(Point(xValue=1)) == {"xValue": 1}
    assert base.exploded_object(base.NOT_GIVEN) == {}


def test_deep_object_nests_as_deep_as_it_goes(base: Any) -> None:
    value = {"a": {"b": 1, "none": None}, "c": [1, {"d": Color.RED}]}
    assert base.deep_object("filter", value) == {
        "filter[a][b]": 1,
        "filter[c][0]": 1,
        "filter[c][1][d]": "red",
    }
    assert base.deep_object("q", 5) == {"q": 5}
    assert base.deep_object("q", None) == {}


def test_json_text_and_path_segments(base: Any) -> None:
    assert base.json_text({"name": "é", "when": dt.date(2024, 1, 2)}) == (
        '{"name":"é","when":"2024-01-02"}'
    )
    assert base.json_text(base.NOT_GIVEN) is None
    assert base._path_segment("id", "a/b c") == "a%2Fb%20c"
    assert base._path_segment("id", "..") == "%2E%2E"
    with pytest.raises(ValueError, match="non-empty value for the path parameter 'id'"):
        base._path_segment("id", "")


def test_to_jsonable(runtime: dict[str, ModuleType]) -> None:
    to_jsonable = runtime["runtime_sdk._models"].to_jsonable
    assert to_jsonable({1: (Point(xValue=2), Color.RED, dt.time(1, 2))}) == {
        "1": [{"xValue": 2}, "red", "01:02:00"]
    }


@pytest.fixture(scope="module")
def secrets(runtime: dict[str, ModuleType]) -> Any:
    return runtime["runtime_sdk._secrets"]


@pytest.fixture(scope="module")
def retries(runtime: dict[str, ModuleType]) -> Any:
    return runtime["runtime_sdk._retries"]


def test_a_secret_is_redacted_however_it_is_spelt(secrets: Any) -> None:
    base = secrets
    secret = 'k/é "y'
    pattern = base.secret_pattern([secret, ""])
    spellings = [
        secret,
        'k/\\u00e9 \\"y',  # in a JSON body
        "k%2F%C3%A9%20%22y",  # in a URL
        "k%2f%c3%a9%20%22y",
        "k%2F%C3%A9+%22y",  # in a form
        'k/\\xc3\\xa9 "y',  # in a bytes repr
    ]
    for spelling in spellings:
        assert base.redact(f"<{spelling}>", pattern) == "<[redacted]>", spelling
    assert base.redact("nothing here", pattern) == "nothing here"
    assert base.secret_pattern([""]) is None
    assert base.redact(secret, None) == secret


def test_an_api_key_no_header_can_carry_is_refused(
    runtime: dict[str, ModuleType], secrets: Any
) -> None:
    error = runtime["runtime_sdk._settings"].SDKError
    secrets.check_api_key("sk-good_key.1", "the api_key argument")
    with pytest.raises(error, match=r"from \$KEY ends with a line break.*trailing newline"):
        secrets.check_api_key("sk-key\n", "$KEY")
    with pytest.raises(error, match=r"control character \(U\+0007\) at position 3"):
        secrets.check_api_key("sk\x07", "$KEY")


def _request() -> httpx.Request:
    return httpx.Request("GET", "http://x/")


def _response(status: int = 503, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=_request())


def test_retry_after_in_milliseconds_seconds_or_a_date(retries: Any) -> None:
    assert retries.retry_after(_response(headers={"retry-after-ms": "1500"})) == 1.5
    assert retries.retry_after(_response(headers={"retry-after": "2"})) == 2.0
    assert (
        retries.retry_after(_response(headers={"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}))
        == 0.0
    )
    assert retries.retry_after(_response(headers={"retry-after": "soon"})) is None
    assert retries.retry_after(_response()) is None
    assert retries.retry_after(None) is None


def test_the_retry_delay_backs_off_with_jitter_unless_the_server_says(
    base: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = base.BaseClient(
        base_url="http://x",
        timeout=1.0,
        max_retries=2,
        default_headers=None,
    )
    for jitter, share in ((0.0, 1.0), (1.0, 0.75)):  # up to 25% less
        monkeypatch.setattr(base.random, "random", lambda jitter=jitter: jitter)
        delays = [client._retry_delay(retries, None) for retries in range(6)]
        assert delays == [share * seconds for seconds in (0.5, 1.0, 2.0, 4.0, 8.0, 8.0)]
    assert client._retry_delay(0, _response(headers={"retry-after": "3"})) == 3.0
    # Longer than MAX_RETRY_AFTER: our own backoff instead (random still gives the most jitter).
    assert client._retry_delay(1, _response(headers={"retry-after": "120"})) == 0.75
    statuses = (400, 408, 409, 429, 500, 502, 503, 504)
    assert [client._should_retry(_response(status), True) for status in statuses] == [
        False, True, True, True, True, True, True, True
    ]  # fmt: skip
    assert not client._should_retry(_response(503, {"x-should-retry": "false"}), True)
    assert client._should_retry(_response(400, {"x-should-retry": "true"}), True)


def test_a_request_that_may_not_be_repeated_is_retried_only_when_it_was_not_acted_on(
    retries: Any,
) -> None:
    statuses = (400, 408, 409, 429, 500, 502, 503, 504)
    assert [retries.should_retry_response(_response(status), False) for status in statuses] == [
        False, True, False, True, False, False, False, False
    ]  # fmt: skip
    # A 503 that says when to come back was turned away; the server may vouch for any retry.
    assert retries.should_retry_response(_response(503, {"retry-after": "1"}), False)
    assert retries.should_retry_response(_response(500, {"x-should-retry": "true"}), False)
    request = httpx.Request("POST", "http://x/")
    not_sent = [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("")]
    maybe_sent = [httpx.ReadTimeout(""), httpx.WriteTimeout(""), httpx.RemoteProtocolError("")]
    for exc in not_sent:
        assert retries.should_retry_error(exc, False), exc
    for exc in maybe_sent:
        assert not retries.should_retry_error(exc, False), exc
        assert retries.should_retry_error(exc, True), exc
    never = httpx.LocalProtocolError("Illegal header value", request=request)
    assert not retries.should_retry_error(never, True)


def test_the_cursor_trail_stops_a_walk_that_comes_back(runtime: dict[str, ModuleType]) -> None:
    trail = runtime["runtime_sdk._paging"]._Trail("a")
    trail.follow("b")
    trail.follow("c")
    with pytest.raises(Exception, match="cursor of page 3 \\('a'\\) is the one page 1") as caught:
        trail.follow("a")
    error: Any = caught.value
    assert type(error).__name__ == "RepeatedCursorError"
    assert (error.page, error.first_page) == (3, 1)


def test_a_walk_from_the_first_page_knows_no_cursor_yet(runtime: dict[str, ModuleType]) -> None:
    trail = runtime["runtime_sdk._paging"]._Trail(None)
    trail.follow("b")
    with pytest.raises(runtime["runtime_sdk._settings"].SDKError) as caught:
        trail.follow("b")
    error: Any = caught.value
    assert (error.page, error.first_page) == (2, 2)


def test_cli_flag_values(runtime: dict[str, ModuleType]) -> None:
    values = runtime["runtime_cli._values"]
    assert values.number("1e3") == 1000.0
    with pytest.raises(argparse.ArgumentTypeError, match="expected a number, got 'nan'"):
        values.number("nan")
    assert [values.boolean(text) for text in ("Yes", "1", "FALSE")] == [True, True, False]
    assert values.positive_int("+3") == 3
    with pytest.raises(argparse.ArgumentTypeError, match="1 or more, got '0'"):
        values.positive_int("0")
    assert values.count("0") == 0
    with pytest.raises(argparse.ArgumentTypeError, match="quote a string as"):
        values.json_value("abc")
    assert values.json_value('{"a": [1]}') == {"a": [1]}
    with pytest.raises(argparse.ArgumentTypeError, match="http:// or https://"):
        values.base_url("example.com")


def test_taking_items_never_asks_for_one_more(runtime: dict[str, ModuleType]) -> None:
    asked: list[int] = []

    def items() -> Iterator[int]:
        for item in range(10):
            asked.append(item)
            yield item

    assert list(runtime["runtime_cli._output"].take(items(), 3)) == [0, 1, 2]
    assert asked == [0, 1, 2]  # a fourth could have fetched a page
    assert list(runtime["runtime_cli._output"].take(iter("ab"), None)) == ["a", "b"]


def test_the_pretty_outline(runtime: dict[str, ModuleType]) -> None:
    outline = runtime["runtime_cli._pretty"].outline
    assert outline({"id": 1, "tags": ["a", "b"], "owner": {"name": "x\ty"}, "none": None}) == [
        "id     1",
        "tags   a, b",
        "owner",
        "  name  x\\ty",
        "none   null",
    ]


def test_a_body_is_inflated_a_piece_at_a_time(runtime: dict[str, ModuleType]) -> None:
    limits = runtime["runtime_sdk._limits"]
    text = b"x" * (5 * limits.PIECE + 123)
    bodies = {
        "gzip": gzip.compress(text),
        "deflate": zlib.compress(text),
        "gzip, deflate": zlib.compress(gzip.compress(text)),  # undone last-applied first
        "identity": text,
        "br": b"not undone",  # a coding the client does not ask for: kept as it came
    }
    for coding, data in bodies.items():
        response = httpx.Response(200, headers={"Content-Encoding": coding}, request=_request())
        body = limits._Body(response, None)
        for start in range(0, len(data), 1000):  # as the network might hand it over
            body.add(data[start : start + 1000])
        assert max(len(piece) for piece in body._chunks) <= limits.PIECE, coding
        body.keep()
        assert response.content == (b"not undone" if coding == "br" else text), coding
    response = httpx.Response(200, headers={"Content-Encoding": "gzip"}, request=_request())
    with pytest.raises(runtime["runtime_sdk._exceptions"].ResponseTooLargeError):
        limits._Body(response, 2 * limits.PIECE).add(bodies["gzip"])
    with pytest.raises(httpx.DecodingError):
        limits._Body(response, None).add(b"not gzip")


SSE_BODY = (
    b"\xef\xbb\xbf: a comment\r\n"
    b"retry: 10\r\nevent: a\r\ndata: 1\r\ndata:2\r\n\r\n"
    b"id: x\rdata: \xc3\xa9t\xc3\xa9\r\r"
    b"data\n\n"
    b"id: bad\x00\ndata: 3\n\n"
    b"data: dropped"
)


def test_the_sse_decoder_reads_the_same_events_however_the_body_is_cut(
    runtime: dict[str, ModuleType],
) -> None:
    streaming = runtime["runtime_sdk._streaming"]
    event = streaming.ServerSentEvent
    expected = [
        event("1\n2", "a", None, 10),
        event("\u00e9t\u00e9", "message", "x", 10),
        event("", "message", "x", 10),
        event("3", "message", "x", 10),  # an id holding NUL is ignored
    ]
    whole = streaming.SSEDecoder()
    assert list(whole.feed(SSE_BODY)) == expected
    for cut in range(1, len(SSE_BODY)):  # mid-line, mid-event, between \r and \n, in "é"
        decoder = streaming.SSEDecoder()
        events = [*decoder.feed(SSE_BODY[:cut]), *decoder.feed(SSE_BODY[cut:])]
        assert events == expected, cut
    one_at_a_time = streaming.SSEDecoder()
    assert [e for i in range(len(SSE_BODY)) for e in one_at_a_time.feed(SSE_BODY[i : i + 1])] == (
        expected
    )


def test_the_sse_decoder_bounds_what_one_event_holds(runtime: dict[str, ModuleType]) -> None:
    streaming = runtime["runtime_sdk._streaming"]
    decoder = streaming.SSEDecoder(max_event_bytes=20)
    assert len(list(decoder.feed(b"data: " + b"x" * 15 + b"\n\n"))) == 1  # each event apart
    assert len(list(decoder.feed(b"data: " + b"x" * 15 + b"\n\n"))) == 1
    with pytest.raises(streaming.EventTooLong):
        list(decoder.feed(b"data: " + b"x" * 10 + b"\ndata: " + b"x" * 10 + b"\n"))
    with pytest.raises(streaming.EventTooLong):  # a line that never ends
        list(streaming.SSEDecoder(max_event_bytes=20).feed(b"data: " + b"x" * 30))


def test_an_attempt_lasts_as_long_as_the_longest_part_of_its_timeout(
    runtime: dict[str, ModuleType],
) -> None:
    seconds = runtime["runtime_sdk._limits"].attempt_seconds

    def timed(timeout: httpx.Timeout) -> httpx.Request:
        return httpx.Request("GET", "http://x/", extensions={"timeout": timeout.as_dict()})

    assert seconds(timed(httpx.Timeout(2.0))) == 2.0
    assert seconds(timed(httpx.Timeout(60.0, connect=5.0))) == 60.0
    assert seconds(timed(httpx.Timeout(None, connect=5.0))) is None  # reads may take forever
    assert seconds(httpx.Request("GET", "http://x/")) is None


@pytest.mark.parametrize("text", ["abc", "\u00b2", "+-3", "1,5", "", "nan", "[" * 5000])
def test_no_flag_converter_lets_argparse_name_it(runtime: dict[str, ModuleType], text: str) -> None:
    """argparse would say "invalid <function name> value" of any error but ArgumentTypeError."""
    values = runtime["runtime_cli._values"]
    converters = [
        *(
            c
            for name, c in values.CONVERTERS.items()
            if name not in ("str", "json", "file", "bytes")
        ),
        values.positive_int,
        values.count,
        values.positive_number,
        values.base_url,
    ]
    for converter in converters:
        with pytest.raises(argparse.ArgumentTypeError, match="^expected .*, got '"):
            converter(text)
    with pytest.raises(argparse.ArgumentTypeError, match=r"^JSON nested too deeply: '\[\[\["):
        values.json_value("[" * 100_000)


def test_terminal_controls_are_escaped(runtime: dict[str, ModuleType]) -> None:
    terminal = runtime["runtime_cli._terminal"]
    hostile = "ok\x1b]0;title\x07\x1b[2J\rfake\x9b31m\ttab\nline"
    assert terminal.one_line(hostile) == "ok\\x1b]0;title\\x07\\x1b[2J\\rfake\\x9b31m\\ttab\\nline"
    assert terminal.visible(hostile) == "ok\\x1b]0;title\\x07\\x1b[2J\\rfake\\x9b31m\ttab\nline"
    assert terminal.one_line("café ✓") == terminal.visible("café ✓") == "café ✓"
    text = json.dumps({"k": hostile + "\x7f"}, ensure_ascii=False)
    assert terminal.json_text(text) == (
        '{"k": "ok\\u001b]0;title\\u0007\\u001b[2J\\rfake\\u009b31m\\ttab\\nline\\u007f"}'
    )
    assert json.loads(terminal.json_text(text)) == json.loads(text)


@pytest.mark.parametrize(
    "value",
    [
        "a\x85b",
        "\x85",
        "x\u2028y",
        "p\u2029",
        "caf\u00e9 \x85 nel",
        "a\r\nb",
        "\x1b[2J",
        "a\x7fb\x9b",
    ],
)
def test_yaml_output_reads_back_exactly(runtime: dict[str, ModuleType], value: str) -> None:
    output = runtime["runtime_cli._output"]
    data = {"key": value, value: [value]}
    text = output._yaml(data)
    assert yaml.safe_load(text) == data
    assert not set(text) & {"\x1b", "\x7f", "\x85", "\x9b", "\r"}  # escaped, all of them
