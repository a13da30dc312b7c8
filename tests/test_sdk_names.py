"""The SDK's own names (package, client class, command, distribution, environment variables)
come from the spec's ``info.title`` when the configuration gives none; the configuration wins."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.errors import Location
from generator.names.titles import RUNTIME_NAMES, names_from_title
from tests.spec_builder import ok, openapi, write_spec
from tests.support.commands import sdkgen
from tests.support.paths import GOLDEN


def names(package: str, client: str, command: str, env: str) -> dict[str, str]:
    return {
        "package": package,
        "client_class": client,
        "cli_name": command,
        "distribution": command,
        "env_prefix": env,
    }


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("LlamaCloud API", names("llamacloud", "LlamaCloud", "llamacloud", "LLAMACLOUD")),
        ("Petstore", names("petstore", "Petstore", "petstore", "PETSTORE")),
        (
            "Swagger Petstore - OpenAPI 3.0",
            names("swagger_petstore", "SwaggerPetstore", "swagger-petstore", "SWAGGER_PETSTORE"),
        ),
        ("GitHub v3 REST API", names("github", "GitHub", "github", "GITHUB")),
        ("Stripe API (2024-06-20)", names("stripe", "Stripe", "stripe", "STRIPE")),
        ("Café Service v1beta1", names("cafe", "Cafe", "cafe", "CAFE")),
        ("Node.js Spec", names("node_js", "NodeJs", "node-js", "NODE_JS")),
        # A package that would hide a standard library module or a keyword takes a suffix;
        # a client class the SDK's own code takes (`Timeout`, `APIStatusError`) too.
        ("Email API", names("email_sdk", "Email", "email", "EMAIL")),
        ("class", names("class_sdk", "Class", "class", "CLASS")),
        ("Timeout API", names("timeout", "TimeoutClient", "timeout", "TIMEOUT")),
        ("APIStatus", names("apistatus", "APIStatusClient", "apistatus", "APISTATUS")),
        ("None", names("none", "NoneClient", "none", "NONE")),
        ("Jobs Resource", names("jobs_resource", "JobsResourceClient", "jobs-resource", "JOBS_RESOURCE")),
    ],
)  # fmt: skip
def test_names_from_a_title(title: str, expected: dict[str, str]) -> None:
    assert names_from_title(title) == expected


@pytest.mark.parametrize(
    "title",
    ["", "   ", "API", "OpenAPI Spec v2", "123", "3D Printer API", "🚀🚀", "日本語 API", '"\'`',
     "\x1b]0;pwned\x07", "v1.2.3", "a" * 60],
)  # fmt: skip
def test_a_title_without_a_usable_name_leaves_the_defaults(title: str) -> None:
    assert names_from_title(title) == {}


@pytest.mark.parametrize(
    "title",
    ['Hostile "quotes" \'API\'', "x\ny API", "{{ 7*7 }} API", "Über-Straße ✓ API", "ﬁle API",
     "a.b.c", "__init__", "_private API", "Ⅻ Roman", "ǅ API", "Os", "pydantic", "tests", "Sys",
     "Typing_Extensions", "Async API Client", "Base Model", "x" * 39 + " yy"],
)  # fmt: skip
def test_every_name_from_a_hostile_title_is_valid(title: str) -> None:
    found: dict[str, Any] = names_from_title(title)
    config = Config(spec=Path("spec.yaml"), output=Path("out"), **found)
    config.validate(Location("spec.yaml", "/info/title"))  # raises if any name is invalid
    assert all(value.isascii() and value.isprintable() for value in found.values())
    assert not (
        {config.client_class, f"Async{config.client_class}", f"{config.client_class}Error"}
        & RUNTIME_NAMES
    )


def top_level_names(module: Path) -> set[str]:
    """What ``module`` defines or imports."""
    found: set[str] = set()
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            found.add(node.name)
        elif isinstance(node, ast.Assign):
            found |= {target.id for target in node.targets if isinstance(target, ast.Name)}
    return found


def test_the_names_the_client_class_keeps_clear_of_are_whole() -> None:
    """Every PascalCase name bound beside the client class (in the package's __init__.py and
    _client.py) or its error class (_settings.py) of the petstore SDK is one a client named
    after a title keeps clear of; resource classes by their ending."""
    package = GOLDEN / "petstore" / "src" / "petstore"
    for module in ("__init__.py", "_client.py", "_settings.py"):
        for name in top_level_names(package / module):
            if "Petstore" in name or not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
                continue
            assert name in RUNTIME_NAMES or name.endswith("Resource"), (module, name)


def spec_titled(directory: Path, title: str) -> Path:
    document = openapi({"/jobs": {"get": {"responses": ok()}}})
    document["info"]["title"] = title
    return write_spec(directory, document)


def test_without_configuration_the_sdk_is_named_after_the_title(tmp_path: Path) -> None:
    spec_titled(tmp_path, "LlamaCloud API")
    result = sdkgen("generate", "-q", "--spec", "spec.json", "--output", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    client = (tmp_path / "out" / "src" / "llamacloud" / "_client.py").read_text()
    assert "class LlamaCloud(SyncAPIClient):" in client
    assert 'BASE_URL_ENV = "LLAMACLOUD_BASE_URL"' in client
    pyproject = (tmp_path / "out" / "pyproject.toml").read_text()
    assert 'name = "llamacloud"' in pyproject and 'llamacloud = "llamacloud_cli:main"' in pyproject


def test_the_configuration_wins_over_the_title(tmp_path: Path) -> None:
    spec_titled(tmp_path, "LlamaCloud API")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.sdkgen]\nspec = "spec.json"\noutput = "out"\npackage = "acme"\nenv_prefix = "ACME"\n'
    )
    result = sdkgen("generate", "-q", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    client = (tmp_path / "out" / "src" / "acme" / "_client.py").read_text()
    # package and env_prefix as configured; the client class, left out, from the title
    assert "class LlamaCloud(SyncAPIClient):" in client
    assert 'BASE_URL_ENV = "ACME_BASE_URL"' in client


def test_a_title_without_a_name_gives_the_defaults(tmp_path: Path) -> None:
    spec_titled(tmp_path, "🚀 \"API\" '\x1b[2J'")
    result = sdkgen("generate", "-q", "--spec", "spec.json", "--output", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    client = (tmp_path / "out" / "src" / "client" / "_client.py").read_text()
    assert "class Client(SyncAPIClient):" in client and '"API_BASE_URL"' in client
