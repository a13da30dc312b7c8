"""spec/llamacloud.yaml is valid OpenAPI 3.1 and says everything the service's own reference page
(tests/seeds/list_classify_jobs.md) says."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.support.paths import SEED_PAGE, SHARED_SEED_PAGE, SPEC, missing


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC.read_text())
    return document


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED_PAGE.read_text()


@pytest.mark.skipif(not SHARED_SEED_PAGE.is_file(), reason=missing(SHARED_SEED_PAGE))
def test_the_vendored_seed_page_is_the_shared_one() -> None:
    assert SEED_PAGE.read_bytes() == SHARED_SEED_PAGE.read_bytes()


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1.")
    validate(spec)


def test_operation(spec: dict[str, Any], seed: str) -> None:
    operation = spec["paths"]["/api/v1/classifier/jobs"]["get"]
    assert operation["summary"] == "List Classify Jobs" == seed.splitlines()[0].removeprefix("## ")
    assert operation["description"] in seed
    assert (
        "Experimental: This endpoint is not yet ready for production use"
        in operation["description"]
    )
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert sorted(parameters) == ["organization_id", "page_size", "page_token", "project_id"]
    for name, parameter in parameters.items():
        assert parameter["in"] == "query" and not parameter["required"]
        assert f"`--{name.replace('_', '-')}: optional" in seed
    assert parameters["page_size"]["schema"]["type"][0] == "integer"
    assert parameters["project_id"]["schema"]["format"] == "uuid"
    assert parameters["organization_id"]["schema"]["format"] == "uuid"
    ok = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/PaginatedResponse_ClassifyJob_"}
    invalid = operation["responses"]["422"]["content"]["application/json"]["schema"]
    assert invalid == {"$ref": "#/components/schemas/HTTPValidationError"}


def test_server_and_bearer_security(spec: dict[str, Any]) -> None:
    assert spec["servers"][0]["url"] == "https://api.cloud.llamaindex.ai"
    (name,) = spec["security"][0]
    scheme = spec["components"]["securitySchemes"][name]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")


def seed_enum(seed: str, field: str) -> list[str]:
    """The values the seed page lists under a field, in order."""
    lines = seed.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(f"- `{field}:"))
    indent = len(lines[start]) - len(lines[start].lstrip())
    values = []
    for line in lines[start + 1 :]:
        stripped = line.strip()
        if stripped and len(line) - len(line.lstrip()) <= indent:
            break
        match = re.fullmatch(r'- `"(.*)"`', stripped)
        if match:
            values.append(match[1])
    return values


@pytest.mark.parametrize(
    ("field", "schema_name", "count"),
    [("status", "StatusEnum", 5), ("mode", "ClassifyMode", 2), ("lang", "ParserLanguages", 86)],
)
def test_enums_match_the_seed(
    spec: dict[str, Any], seed: str, field: str, schema_name: str, count: int
) -> None:
    values = schema(spec, schema_name)["enum"]
    assert len(values) == count
    assert values == seed_enum(seed, field)


def test_every_field_and_description_of_the_seed(spec: dict[str, Any], seed: str) -> None:
    job = schema(spec, "ClassifyJob")
    assert sorted(job["required"]) == ["id", "project_id", "rules", "status", "user_id"]
    for name, prop in job["properties"].items():
        assert f"`{name}: " in seed
        if "description" in prop:
            assert prop["description"] in seed
    for name in ("created_at", "updated_at", "effective_at"):
        assert job["properties"][name]["format"] == "date-time"
    assert job["properties"]["id"]["format"] == job["properties"]["project_id"]["format"] == "uuid"
    page = schema(spec, "PaginatedResponse_ClassifyJob_")
    assert list(page["properties"]) == ["items", "next_page_token", "total_size"]
    for prop in page["properties"].values():
        assert prop["description"] in seed
    config = schema(spec, "ClassifyParsingConfiguration")["properties"]
    assert sorted(config) == ["lang", "max_pages", "target_pages"]
    assert config["target_pages"]["items"]["type"] == "integer"


def test_rule_example(spec: dict[str, Any], seed: str) -> None:
    rule = schema(spec, "ClassifierRule")
    example = rule["examples"][0]
    assert example == {
        "description": "contains invoice number, line items, and total amount",
        "type": "invoice",
    }
    assert f'"description": "{example["description"]}"' in seed
    assert rule["properties"]["type"]["description"] in seed
