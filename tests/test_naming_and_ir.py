"""Names from the spec become safe, readable Python; operations get natural method names."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.names.identifiers import (
    class_name,
    kebab_case,
    pascal_case,
    python_identifier,
    snake_case,
)
from tests.spec_builder import build, ok, openapi


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pageSize", "page_size"),
        ("HTTPValidationError", "http_validation_error"),
        ("X-Request-Id", "x_request_id"),
        ("PaginatedResponse_ClassifyJob_", "paginated_response_classify_job"),
        ("already_snake", "already_snake"),
    ],
)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


def test_other_cases() -> None:
    assert pascal_case("classifier jobs") == "ClassifierJobs"
    assert kebab_case("page_size") == "page-size"
    assert class_name("1st-thing") == "Model1stThing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("class", "class_"),
        ("type", "type"),
        ("1st", "field_1st"),
        ("@type", "type"),
        ("self", "self_"),
        ('os.system("x")', "os_system_x"),
        ("__init__", "init"),
        ("", "field"),
    ],
)
def test_python_identifier(text: str, expected: str) -> None:
    assert python_identifier(text, fallback="field", reserved={"self"}) == expected


def names(api) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        f"{op.http_method.upper()} {op.path}": ".".join((*op.resource_path, op.method_name))
        for op in api.operations
    }


def test_method_names_come_from_path_and_http_method(tmp_path: Path) -> None:
    item = {
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    }
    api, _ = build(
        tmp_path,
        openapi(
            {
                "/api/v1/classifier/jobs": {
                    "get": {"responses": ok()},
                    "post": {"responses": ok()},
                },
                "/api/v1/classifier/jobs/{id}": {
                    **item,
                    "get": {"responses": ok()},
                    "patch": {"responses": ok()},
                    "delete": {"responses": ok()},
                },
                "/v2/files/{id}/content": {
                    **item,
                    "get": {
                        "responses": ok(),
                        "x-sdkgen-resource": "files",
                        "x-sdkgen-method": "content",
                    },
                },
            }
        ),
    )
    assert names(api) == {
        "GET /api/v1/classifier/jobs": "classifier.jobs.list",
        "POST /api/v1/classifier/jobs": "classifier.jobs.create",
        "GET /api/v1/classifier/jobs/{id}": "classifier.jobs.retrieve",
        "PATCH /api/v1/classifier/jobs/{id}": "classifier.jobs.update",
        "DELETE /api/v1/classifier/jobs/{id}": "classifier.jobs.delete",
        "GET /v2/files/{id}/content": "files.content",
    }
    classifier, files = api.resources
    assert files.path == ("files",)
    assert [child.path for child in classifier.children] == [("classifier", "jobs")]


def test_clashing_path_names_fall_back_to_the_operation_id(tmp_path: Path) -> None:
    api, diagnostics = build(
        tmp_path,
        openapi(
            {
                "/pets/{id}": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "post": {"operationId": "renamePet", "responses": ok()},
                    "put": {"operationId": "replacePet", "responses": ok()},
                }
            }
        ),
    )
    assert sorted(names(api).values()) == ["pets.rename_pet", "pets.replace_pet"]
    assert any("naming it rename_pet()" in warning for warning in diagnostics.warnings)


def test_two_operations_named_alike_on_purpose_is_an_error(tmp_path: Path) -> None:
    document = openapi(
        {
            "/a": {
                "get": {
                    "x-sdkgen-resource": "things",
                    "x-sdkgen-method": "fetch",
                    "responses": ok(),
                }
            },
            "/b": {
                "get": {
                    "x-sdkgen-resource": "things",
                    "x-sdkgen-method": "fetch",
                    "responses": ok(),
                }
            },
        }
    )
    with pytest.raises(
        SpecError, match=r"two operations map to the method things\.fetch\(\)"
    ) as caught:
        build(tmp_path, document)
    assert str(caught.value).startswith(str(tmp_path / "spec.json") + "#/paths/~1b/get")


def test_parameter_and_property_names_are_safe(tmp_path: Path) -> None:
    api, _ = build(
        tmp_path,
        openapi(
            {
                "/things": {
                    "get": {
                        "parameters": [
                            {"name": "class", "in": "query", "schema": {"type": "string"}},
                            {"name": "timeout", "in": "query", "schema": {"type": "number"}},
                            {"name": "pageSize", "in": "query", "schema": {"type": "integer"}},
                        ],
                        "responses": ok(),
                    }
                }
            }
        ),
    )
    (operation,) = api.operations
    assert [p.python_name for p in operation.parameters] == ["class_", "timeout_", "page_size"]
    assert [p.cli_flag for p in operation.parameters] == ["class", "timeout-param", "page-size"]


def test_nullable_forms_of_30_and_31_normalise_alike(tmp_path: Path) -> None:
    api, _ = build(
        tmp_path,
        openapi(
            schemas={
                "A": {
                    "type": "object",
                    "properties": {
                        "v30": {"type": "string", "nullable": True},
                        "v31": {"type": ["string", "null"]},
                        "any_of": {
                            "anyOf": [{"type": "string"}, {"type": "null"}],
                            "description": "kept",
                        },
                    },
                }
            }
        ),
    )
    props = {p.name: p.schema for p in api.schemas["/components/schemas/A"].properties}
    for schema in props.values():
        assert schema.types == ("string",) and schema.nullable
    assert props["any_of"].description == "kept"


def item(*names: str) -> list[dict[str, object]]:
    return [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in names
    ]


def test_static_segments_after_an_item_or_a_collection_name_the_method(tmp_path: Path) -> None:
    api, diagnostics = build(
        tmp_path,
        openapi(
            {
                "/jobs": {"get": {"responses": ok()}},
                "/jobs/{id}": {"parameters": item("id"), "get": {"responses": ok()}},
                "/jobs/{id}/cancel": {"parameters": item("id"), "post": {"responses": ok()}},
                "/jobs/{id}/retry/all": {"parameters": item("id"), "post": {"responses": ok()}},
                "/jobs/search": {"get": {"responses": ok()}},
                "/agents/:search": {"post": {"responses": ok()}},
                "/retrieval/files/find": {"post": {"responses": ok()}},
                "/pipelines/{id}/metadata": {
                    "parameters": item("id"),
                    "put": {"responses": ok()},
                    "delete": {"responses": ok()},
                },
                "/pipelines/{id}": {"parameters": item("id"), "head": {"responses": ok()}},
            }
        ),
    )
    assert names(api) == {
        "GET /jobs": "jobs.list",
        "GET /jobs/{id}": "jobs.retrieve",
        "POST /jobs/{id}/cancel": "jobs.cancel",
        "POST /jobs/{id}/retry/all": "jobs.retry_all",
        "GET /jobs/search": "jobs.search",
        "POST /agents/:search": "agents.search",
        # A noun unless something marks it as an action: nothing follows /files with a parameter.
        "POST /retrieval/files/find": "retrieval.files.find.create",
        # Two operations on one path: a resource, not an action.
        "PUT /pipelines/{id}/metadata": "pipelines.metadata.replace",
        "DELETE /pipelines/{id}/metadata": "pipelines.metadata.delete_all",
        "HEAD /pipelines/{id}": "pipelines.head",
    }
    assert diagnostics.warnings == []


def test_an_action_named_like_a_crud_method_falls_back_to_a_cleaned_operation_id(
    tmp_path: Path,
) -> None:
    """FastAPI operationIds end with the path and method; the readable part is kept."""
    api, diagnostics = build(
        tmp_path,
        openapi(
            {
                "/api/v1/pipelines/{pipeline_id}": {
                    "parameters": item("pipeline_id"),
                    "get": {
                        "operationId": "get_pipeline_api_v1_pipelines__pipeline_id__get",
                        "responses": ok(),
                    },
                },
                "/api/v1/pipelines/{pipeline_id}/retrieve": {
                    "parameters": item("pipeline_id"),
                    "post": {
                        "operationId": "run_search_api_v1_pipelines__pipeline_id__retrieve_post",
                        "responses": ok(),
                    },
                },
            }
        ),
    )
    assert names(api) == {
        "GET /api/v1/pipelines/{pipeline_id}": "pipelines.get_pipeline",
        "POST /api/v1/pipelines/{pipeline_id}/retrieve": "pipelines.run_search",
    }
    assert len(diagnostics.warnings) == 2
    assert all("after its operationId" in warning for warning in diagnostics.warnings)


def test_a_method_never_shadows_a_sub_resource(tmp_path: Path) -> None:
    api, _ = build(
        tmp_path,
        openapi(
            {
                "/ns/{ns}/workers": {
                    "parameters": item("ns"),
                    "get": {"operationId": "ListWorkers", "responses": ok()},
                },
                "/ns/{ns}/workers/describe/{key}": {
                    "parameters": item("ns", "key"),
                    "get": {"responses": ok()},
                },
            }
        ),
    )
    assert names(api) == {
        "GET /ns/{ns}/workers": "ns.list_workers",
        "GET /ns/{ns}/workers/describe/{key}": "ns.workers.describe.retrieve",
    }


def test_a_second_api_version_becomes_a_namespace(tmp_path: Path) -> None:
    api, _ = build(
        tmp_path,
        openapi(
            {
                "/api/v1/projects": {"get": {"responses": ok()}},
                "/api/v1/projects/{id}": {"parameters": item("id"), "get": {"responses": ok()}},
                "/api/v2/projects/{id}": {"parameters": item("id"), "get": {"responses": ok()}},
            }
        ),
    )
    assert names(api) == {
        "GET /api/v1/projects": "projects.list",
        "GET /api/v1/projects/{id}": "projects.retrieve",
        "GET /api/v2/projects/{id}": "v2.projects.retrieve",
    }


def test_duplicate_operation_ids_are_an_error_that_says_how_to_proceed(tmp_path: Path) -> None:
    document = openapi(
        {
            "/a": {"get": {"operationId": "same", "responses": ok()}},
            "/b": {"get": {"operationId": "same", "responses": ok()}},
        }
    )
    with pytest.raises(SpecError) as caught:
        build(tmp_path, document)
    assert str(caught.value) == (
        f"{tmp_path / 'spec.json'}#/paths/~1b/get/operationId: duplicate operationId 'same' (also at /paths/~1a/get); "
        "the generated code does not depend on it: set lenient = true in [tool.sdkgen] to make this a warning"
    )
    api, diagnostics = build(tmp_path, document, lenient=True)
    assert names(api) == {"GET /a": "a.list", "GET /b": "b.list"}
    assert diagnostics.warnings == [
        f"{tmp_path / 'spec.json'}#/paths/~1b/get/operationId: duplicate operationId 'same' (also at /paths/~1a/get)"
    ]


def test_an_idempotency_header_is_declared_for_the_api_or_one_operation(tmp_path: Path) -> None:
    operation = {"responses": ok()}
    paths = {
        "/a": {method: dict(operation) for method in ("get", "put", "post", "patch", "delete")},
        "/b": {"put": {**operation, "x-sdkgen-idempotency-header": "X-Put-Key"}},
    }
    document = openapi(paths)
    document["x-sdkgen-idempotency-header"] = "Idempotency-Key"
    api, _ = build(tmp_path, document)
    declared = {f"{op.http_method} {op.path}": op.idempotency_header for op in api.operations}
    # At the top level, it is for the methods that are not idempotent already.
    assert declared == {
        "get /a": None,
        "put /a": None,
        "post /a": "Idempotency-Key",
        "delete /a": None,
        "patch /a": "Idempotency-Key",
        "put /b": "X-Put-Key",
    }
    api, _ = build(tmp_path, openapi(paths))
    assert [op.idempotency_header for op in api.operations if op.idempotency_header] == [
        "X-Put-Key"
    ]


@pytest.mark.parametrize("value", ["", 5, "Idempotency\nKey"])
def test_an_idempotency_header_must_be_a_header_name(tmp_path: Path, value: object) -> None:
    document = openapi({"/a": {"post": {"responses": ok()}}})
    document["x-sdkgen-idempotency-header"] = value
    with pytest.raises(SpecError, match=r"spec\.json#/x-sdkgen-idempotency-header: "):
        build(tmp_path, document)


def test_request_id_headers_are_those_the_spec_declares_named_so_then_the_usual_ones(
    tmp_path: Path,
) -> None:
    def answering(*headers: str) -> dict[str, object]:
        response = {
            "description": "OK",
            "headers": {name: {"schema": {"type": "string"}} for name in headers},
        }
        return {
            "get": {
                "responses": {
                    "200": response,
                    "default": {"description": "Error", "headers": {"Request-Id": {}}},
                }
            }
        }

    document = openapi({
        "/a": answering("x-amzn-RequestId", "X-RateLimit-Limit", "X-Correlation-Id", "X-Requested-By"),
        "/b": answering("X-MS-Request-ID", "apigw_requestid", "X-AMZN-REQUESTID", "X-Request-Identity"),
    })  # fmt: skip
    api, _ = build(tmp_path, document)
    assert api.request_id_headers == (
        "x-amzn-requestid", "request-id", "x-ms-request-id", "apigw_requestid", "x-request-id"
    )  # fmt: skip
    bare, _ = build(tmp_path, openapi({"/a": {"get": {"responses": ok()}}}))
    assert bare.request_id_headers == ("x-request-id", "request-id")
