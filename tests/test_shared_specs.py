"""Every public spec in ../shared/specs (beside the repository) gives an SDK that installs,
imports, passes ruff and mypy --strict, and whose GET operations answer when called against
Prism serving that spec.

Each spec is generated once per session. The GET walk fills required parameters from the
spec's examples and formats (generator/docs.py makes the same values for the reference
pages); an operation that needs an input no example can make is recorded as skipped, with
the reason. Every outcome is counted and the counts are asserted exactly, so a change in
any direction shows up. Outcomes that are not the SDK's doing are classified by what Prism
itself says:

- "prism refused": Prism answered with one of its own errors
  (https://stoplight.io/prism/errors#...), e.g. it cannot route a path parameter whose
  name has a dot in it, or has no serializer for image/jpeg;
- "invalid example": Prism answered 2xx with a body that breaks the spec's own schema
  (it says so in its sl-violations header), and the SDK refused to parse it;
- "answered, drift kept": the body breaks the spec's schema and the SDK read it tolerantly, as
  it reads every response by default: the values that do not match kept as sent, listed in
  ``validation_problems``.

Anything else that goes wrong fails the test. Prism cannot serve Stripe's spec at all (see
PRISM_CANNOT_SERVE): its GETs go to our recording server instead, counted apart.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from generator.config import Config
from generator.errors import Diagnostics
from generator.ir.model import Api, Operation
from generator.names.identifiers import python_identifier
from generator.output.plan import plan_changes
from generator.output.writer import apply_plan
from generator.pipeline import generate_files
from generator.render.docs import DocBuilder
from generator.spec.loader import repair_refs
from generator.spec.parse import parse_text
from tests.support.fake_api import FakeAPI, Reply
from tests.support.paths import BIN, SHARED_SPECS, missing
from tests.support.prism import prism_server

# Without the shared specs, each test is one visible skip that names the missing folder.
SPECS: list[Any] = sorted(
    path.name for path in SHARED_SPECS.glob("*") if path.suffix in (".yaml", ".json")
) or [pytest.param("", id="no-shared-specs", marks=pytest.mark.skip(reason=missing(SHARED_SPECS)))]

# Temporal publishes every operation twice, under /api/v1/... (HTTP API) and /...
# (gRPC gateway), with one operationId for both. Methods are named from paths, so
# the duplicates change nothing in the SDK: lenient generation reports them as warnings.
LENIENT = {"temporal.yaml"}

# Prism 5.14.2 dereferences the whole document before it listens. On Stripe's spec it
# ran at 100% CPU for over 5 minutes without listening, also with every cyclic $ref
# cut and also for /v1/balance alone with the 416 schemas it reaches (measured here).
# Its GETs are walked against our recording server instead, which answers each one
# with the example the spec's schema gives (what Prism's static mode would send) and
# checks that the request went to the operation's path.
PRISM_CANNOT_SERVE = {"stripe-2022-04.json"}

# Outcomes of the GET walk, per spec (see the module docstring).
EXPECTED_OUTCOMES: dict[str, dict[str, int]] = {
    "llamacloud.yaml": {"answered": 95, "prism refused": 1},
    "opc-e2e-3.1-specific.yaml": {},
    "opc-e2e-baseline-3.0.json": {"answered": 27, "skipped": 1},
    "opc-e2e-baseline-3.1.yaml": {"answered": 27, "skipped": 1},
    "openai.yaml": {"answered": 118, "answered, drift kept": 4},
    "petstore-3.0.yaml": {"answered": 2},
    "petstore-3.1.yaml": {"answered": 3},
    "stripe-2022-04.json": {"answered by our server": 197},
    "temporal.yaml": {"answered": 72, "prism refused": 14},
}


@dataclass
class SharedSdk:
    spec: Path
    package: str
    output: Path  # the generated project
    installed: Path  # where pip installed it
    api: Api
    warnings: list[str]
    seconds: float


@dataclass
class Walk:
    outcomes: Counter[str] = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)

    def record(self, outcome: str, operation: Operation, detail: str = "") -> None:
        self.outcomes[outcome] += 1
        if not outcome.startswith("answered"):
            self.details.append(f"{outcome}: GET {operation.path} {detail}".rstrip())


def package_name(spec: str) -> str:
    return "sdk_" + python_identifier(Path(spec).stem)


@pytest.fixture(scope="session")
def shared_sdks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SharedSdk]]:
    cache: dict[str, SharedSdk] = {}
    yield cache


@pytest.fixture
def shared_sdk(
    request: pytest.FixtureRequest,
    shared_sdks: dict[str, SharedSdk],
    tmp_path_factory: pytest.TempPathFactory,
) -> SharedSdk:
    """The SDK for the spec named by the test's parameter, generated and installed on first use."""
    spec_name: str = request.param
    if spec_name not in shared_sdks:
        shared_sdks[spec_name] = _generate_and_install(
            spec_name, tmp_path_factory.mktemp(package_name(spec_name))
        )
    return shared_sdks[spec_name]


def _generate_and_install(spec_name: str, root: Path) -> SharedSdk:
    spec = SHARED_SPECS / spec_name
    package = package_name(spec_name)
    output = root / "sdk"
    diagnostics = Diagnostics(quiet=True)
    config = Config(
        spec=spec,
        output=output,
        package=package,
        distribution=package.replace("_", "-"),
        client_class="Client",
        cli_name=package.replace("_", "-"),
        env_prefix=package.upper(),
        lenient=spec_name in LENIENT,
    )
    started = time.perf_counter()
    result = generate_files(config, diagnostics)
    seconds = time.perf_counter() - started
    apply_plan(output, plan_changes(output, result.files))
    installed = root / "site"
    pip = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--disable-pip-version-check",
            "--target",
            str(installed),
            str(output),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert pip.returncode == 0, (
        f"pip install of the {spec_name} SDK failed:\n{pip.stdout}{pip.stderr}"
    )
    return SharedSdk(spec, package, output, installed, result.api, diagnostics.warnings, seconds)


def run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, (
        f"{' '.join(command)}:\n{result.stdout[-5000:]}{result.stderr[-2000:]}"
    )


@pytest.mark.parametrize("shared_sdk", SPECS, indirect=True)
def test_installs_and_imports(shared_sdk: SharedSdk) -> None:
    files = sorted(
        p.relative_to(shared_sdk.installed).as_posix() for p in shared_sdk.installed.rglob("*.py")
    )
    assert (
        f"{shared_sdk.package}/types/_index.py" in files
        and f"{shared_sdk.package}_cli/_app.py" in files
    )
    assert (shared_sdk.installed / shared_sdk.package / "py.typed").is_file()
    code = (
        f"import sys; sys.path.insert(0, {str(shared_sdk.installed)!r}); "
        f"import {shared_sdk.package} as sdk, {shared_sdk.package}.types, {shared_sdk.package}_cli._commands; "
        "assert sdk.__file__.startswith(sys.path[0])"
    )
    run([sys.executable, "-c", code], shared_sdk.output)


OPENAI = [
    pytest.param(
        "openai.yaml",
        marks=pytest.mark.skipif(
            not (SHARED_SPECS / "openai.yaml").is_file(),
            reason=missing(SHARED_SPECS / "openai.yaml"),
        ),
    )
]


@pytest.mark.parametrize("shared_sdk", OPENAI, indirect=True)
def test_openai_streams_are_typed_by_their_stream_flag(shared_sdk: SharedSdk) -> None:
    """Chat completions and responses: the answer, or its events when ``stream`` is true."""
    code = f"""
import sys, typing
sys.path.insert(0, {str(shared_sdk.installed)!r})
from {shared_sdk.package} import AsyncClient, Client
sync, asynchronous = Client(api_key="k"), AsyncClient(api_key="k")
for resource in (sync.chat.completions, asynchronous.chat.completions, sync.responses):
    overloads = typing.get_overloads(type(resource).create)
    print([overload.__annotations__["return"] for overload in overloads])
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    chunk = "CreateChatCompletionStreamResponse"
    assert result.stdout.splitlines()[:2] == [
        f"['CreateChatCompletionResponse', 'Stream[{chunk}]', "
        f"'CreateChatCompletionResponse | Stream[{chunk}]']",
        f"['CreateChatCompletionResponse', 'AsyncStream[{chunk}]', "
        f"'CreateChatCompletionResponse | AsyncStream[{chunk}]']",
    ]
    responses = result.stdout.splitlines()[2]
    # ResponseStreamEvent is an anyOf of event objects: a stream of their union.
    assert responses.startswith("['Response', 'Stream[ResponseAudioDeltaEvent | ")


@pytest.mark.parametrize("shared_sdk", SPECS, indirect=True)
def test_ruff(shared_sdk: SharedSdk) -> None:
    run([str(BIN / "ruff"), "check", "--no-cache", "."], shared_sdk.output)
    run([str(BIN / "ruff"), "format", "--check", "--no-cache", "."], shared_sdk.output)


@pytest.mark.parametrize("shared_sdk", SPECS, indirect=True)
def test_mypy_strict(shared_sdk: SharedSdk, tmp_path: Path) -> None:
    run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(tmp_path / "mypy"), "src"],
        shared_sdk.output,
    )


@pytest.mark.parametrize("shared_sdk", SPECS, indirect=True)
def test_get_operations_answer_against_prism(shared_sdk: SharedSdk, tmp_path: Path) -> None:
    name = shared_sdk.spec.name
    if str(shared_sdk.installed) not in sys.path:
        sys.path.insert(0, str(shared_sdk.installed))
    sdk = importlib.import_module(shared_sdk.package)
    docs = DocBuilder(shared_sdk.api, "")
    gets = [op for op in shared_sdk.api.operations if op.http_method == "get"]
    walk = Walk()
    options: dict[str, Any] = {"max_retries": 0, "timeout": 30}
    for (
        scheme
    ) in shared_sdk.api.security_schemes:  # every credential, so that each call has its own
        options.update((c.argument, f"test-{c.argument}") for c in scheme.credentials)
    if name in PRISM_CANNOT_SERVE:
        with FakeAPI() as server, sdk.Client(base_url=server.url, **options) as client:
            for operation in gets:
                example = (
                    docs.example_value(operation.success.schema)
                    if operation.success is not None
                    else None
                )
                server.script(Reply(200, json.dumps(example).encode()))
                _call(client, sdk, operation, docs, walk, answered="answered by our server")
                request = server.requests[-1]
                assert request.method == "GET" and _path_pattern(operation.path).fullmatch(
                    unquote(request.path)
                )
    else:
        with (
            prism_server(_servable_spec(shared_sdk.spec, tmp_path), timeout=120) as url,
            sdk.Client(base_url=url, **options) as client,
        ):
            for operation in gets:
                _call(client, sdk, operation, docs, walk)
    assert sum(walk.outcomes.values()) == len(gets), "every GET operation is accounted for"
    summary = "\n".join(walk.details)
    assert dict(walk.outcomes) == EXPECTED_OUTCOMES[name], (
        f"{name}: {dict(walk.outcomes)}\n{summary}"
    )


def _servable_spec(spec: Path, directory: Path) -> Path:
    """The spec itself, or the loader's repaired copy where Prism cannot read the original.

    petstore-3.1.yaml has a null $ref and a $ref by $id that Prism cannot resolve; the copy
    differs from it only in those two references (the loader's repair_refs).
    """
    raw = parse_text(spec.read_bytes(), str(spec), prefer_json=spec.suffix == ".json")
    repaired = repair_refs(raw, str(spec), Diagnostics(quiet=True))
    if repaired is raw:
        return spec
    copy = directory / f"{spec.stem}.repaired.json"
    copy.write_text(json.dumps(repaired))
    return copy


def _path_pattern(template: str) -> re.Pattern[str]:
    """``/v1/charges/{charge}`` → a pattern the path sent must match."""
    parts = re.split(r"({[^{}/]+})", template)
    return re.compile(
        "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    )


def _call(
    client: Any,
    sdk: Any,
    operation: Operation,
    docs: DocBuilder,
    walk: Walk,
    answered: str = "answered",
) -> None:
    target = client
    for part in operation.resource_path:
        target = getattr(target, part)
    method = getattr(target, operation.method_name)
    schemas = {p.python_name: (p.schema, p.name) for p in operation.parameters}
    if operation.request_body is not None:
        schemas.update((f.python_name, (f.schema, f.name)) for f in operation.request_body.fields)
    kwargs = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.default is not inspect.Parameter.empty:
            continue
        found = schemas.get(name) or schemas.get(name.rstrip("_"))
        if found is None:
            walk.record(
                "skipped", operation, f"required argument {name} has no schema to make a value from"
            )
            return
        value = docs.example_value(*found)
        if _has_null(value):
            walk.record(
                "skipped",
                operation,
                f"no example value for required {name} (it would be {value!r})",
            )
            return
        kwargs[name] = value
    try:
        result = method(**kwargs)
    except sdk.APIResponseValidationError as exc:
        violations = exc.response.headers.get("sl-violations")
        if exc.response.is_success and violations:
            walk.record("invalid example", operation, f"{exc.message}; Prism: {violations[:300]}")
        else:
            walk.record("failed", operation, f"{exc.message} {exc.response.text[:300]}")
    except sdk.APIStatusError as exc:
        kind = exc.body.get("type", "") if isinstance(exc.body, dict) else ""
        if kind.startswith("https://stoplight.io/prism/errors#") and "UNPROCESSABLE" not in kind:
            walk.record(
                "prism refused",
                operation,
                f"{exc.status_code} {kind.rsplit('#', 1)[1]}: {exc.body.get('title')}",
            )
        else:
            walk.record("failed", operation, f"{exc.status_code} {json.dumps(exc.body)[:500]}")
    except Exception as exc:
        walk.record("failed", operation, f"{type(exc).__name__}: {exc}")
    else:
        problems = getattr(result, "validation_problems", ())
        if problems:  # read tolerantly: what breaks the schema kept as Prism sent it
            walk.record(f"{answered}, drift kept", operation, "; ".join(map(str, problems[:3])))
        else:
            walk.record(answered, operation)


def _has_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, list):
        return any(_has_null(item) for item in value)
    if isinstance(value, dict):
        return any(_has_null(item) for item in value.values())
    return False
