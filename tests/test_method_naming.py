"""How an operation is named: its path and HTTP method give ``client.<resources>.<method>()``.

The first table builds a tiny spec per row and reads the names off ``api.operations``; the
others check the path functions of generator/opnames.py on their own.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.names.paths import (
    PathName,
    collections,
    is_template,
    path_names,
    resource_and_action,
    split_path,
    strip_fastapi_suffix,
)
from tests.spec_builder import build, ok, openapi

Route = str | tuple[str, dict[str, Any]]  # "GET /jobs/{id}", with the operation's extra keys


def spec(routes: list[Route]) -> dict[str, Any]:
    """A spec with one operation per route; path parameters are declared from the template."""
    paths: dict[str, Any] = {}
    for route in routes:
        line, extra = route if isinstance(route, tuple) else (route, {})
        method, path = line.split(" ", 1)
        item = paths.setdefault(path, {})
        parameters = re.findall(r"{([^{}]+)}", path)
        if parameters:
            item["parameters"] = [
                {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                for name in parameters
            ]
        item[method.lower()] = {"responses": ok(), **extra}
    return openapi(paths)


STRING: dict[str, Any] = {"type": "string"}
INTEGER: dict[str, Any] = {"type": "integer"}
LIMIT: dict[str, Any] = {"name": "limit", "in": "query", "schema": INTEGER}


def _object(**properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def _array() -> dict[str, Any]:
    return {"type": "array", "items": STRING}


USER = _object(login=STRING, id=INTEGER)

# (id, routes, "METHOD path" -> "resource.path.method", whether naming warns)
NAMING: list[tuple[str, list[Route], dict[str, str], bool]] = [
    (
        "collection-crud",
        ["GET /jobs", "POST /jobs", "PUT /jobs", "DELETE /jobs"],
        {
            "GET /jobs": "jobs.list",
            "POST /jobs": "jobs.create",
            "PUT /jobs": "jobs.replace",
            "DELETE /jobs": "jobs.delete_all",
        },
        False,
    ),
    ("collection-patch", ["PATCH /jobs"], {"PATCH /jobs": "jobs.update"}, False),
    (
        "item-crud",
        ["GET /jobs/{id}", "PATCH /jobs/{id}", "DELETE /jobs/{id}"],
        {
            "GET /jobs/{id}": "jobs.retrieve",
            "PATCH /jobs/{id}": "jobs.update",
            "DELETE /jobs/{id}": "jobs.delete",
        },
        False,
    ),
    ("item-put-alone", ["PUT /jobs/{id}"], {"PUT /jobs/{id}": "jobs.update"}, False),
    ("item-post", ["POST /jobs/{id}"], {"POST /jobs/{id}": "jobs.update"}, False),
    (
        "item-put-beside-patch",
        ["PUT /jobs/{id}", "PATCH /jobs/{id}"],
        {"PUT /jobs/{id}": "jobs.replace", "PATCH /jobs/{id}": "jobs.update"},
        False,
    ),
    (
        "other-methods-keep-their-name",
        ["HEAD /jobs", "OPTIONS /jobs/{id}", "TRACE /jobs"],
        {
            "HEAD /jobs": "jobs.head",
            "OPTIONS /jobs/{id}": "jobs.options",
            "TRACE /jobs": "jobs.trace",
        },
        False,
    ),
    (
        "nested-resources",
        ["GET /classifier/jobs", "GET /classifier/jobs/{job_id}"],
        {
            "GET /classifier/jobs": "classifier.jobs.list",
            "GET /classifier/jobs/{job_id}": "classifier.jobs.retrieve",
        },
        False,
    ),
    (
        "sub-collection-of-an-item",
        ["GET /users/{user_id}/posts", "GET /users/{user_id}/posts/{post_id}"],
        {
            "GET /users/{user_id}/posts": "users.posts.list",
            "GET /users/{user_id}/posts/{post_id}": "users.posts.retrieve",
        },
        False,
    ),
    ("two-parameters", ["GET /items/{a}/{b}"], {"GET /items/{a}/{b}": "items.retrieve"}, False),
    (
        "deep-item",
        ["GET /jobs", "GET /jobs/{id}/logs/{line}"],
        {"GET /jobs": "jobs.list", "GET /jobs/{id}/logs/{line}": "jobs.logs.retrieve"},
        False,
    ),
    # version prefixes
    (
        "api-v1-dropped",
        ["GET /api/v1/classifier/jobs"],
        {"GET /api/v1/classifier/jobs": "classifier.jobs.list"},
        False,
    ),
    ("v1-dropped", ["GET /v1/users"], {"GET /v1/users": "users.list"}, False),
    (
        "date-version-dropped",
        ["GET /2024-01-01/things"],
        {"GET /2024-01-01/things": "things.list"},
        False,
    ),
    ("dotted-version-dropped", ["GET /v1.2/things"], {"GET /v1.2/things": "things.list"}, False),
    (
        "second-version-is-a-namespace",
        ["GET /api/v1/projects", "GET /api/v1/jobs", "GET /api/v2/projects"],
        {
            "GET /api/v1/projects": "projects.list",
            "GET /api/v1/jobs": "jobs.list",
            "GET /api/v2/projects": "v2.projects.list",
        },
        False,
    ),
    (
        "version-tie-the-shorter-prefix-wins",
        ["GET /rest/v1.2/items", "GET /v1beta/items"],
        {"GET /rest/v1.2/items": "v1_2.items.list", "GET /v1beta/items": "items.list"},
        False,
    ),
    # actions
    (
        "action-on-an-item",
        ["POST /jobs/{id}/cancel", "GET /jobs/{id}"],
        {"POST /jobs/{id}/cancel": "jobs.cancel", "GET /jobs/{id}": "jobs.retrieve"},
        False,
    ),
    (
        "action-on-a-collection",
        ["GET /files/search", "GET /files/{id}"],
        {"GET /files/search": "files.search", "GET /files/{id}": "files.retrieve"},
        False,
    ),
    (
        "no-item-so-a-resource",
        ["GET /files/search"],
        {"GET /files/search": "files.search.list"},
        False,
    ),
    (
        "two-segment-action",
        ["POST /jobs/{id}/retry/all"],
        {"POST /jobs/{id}/retry/all": "jobs.retry_all"},
        False,
    ),
    (
        "action-and-deeper-action",
        ["POST /pipelines/{id}/sync", "GET /pipelines/{id}/sync/status"],
        {
            "POST /pipelines/{id}/sync": "pipelines.sync",
            "GET /pipelines/{id}/sync/status": "pipelines.sync_status",
        },
        False,
    ),
    (
        "action-followed-by-an-item-is-a-resource",
        ["POST /pipelines/{id}/sync", "GET /pipelines/{id}/sync/{run_id}"],
        {
            "POST /pipelines/{id}/sync": "pipelines.sync.create",
            "GET /pipelines/{id}/sync/{run_id}": "pipelines.sync.retrieve",
        },
        False,
    ),
    (
        "several-operations-make-a-resource",
        ["PUT /pipelines/{id}/metadata", "DELETE /pipelines/{id}/metadata"],
        {
            "PUT /pipelines/{id}/metadata": "pipelines.metadata.replace",
            "DELETE /pipelines/{id}/metadata": "pipelines.metadata.delete_all",
        },
        False,
    ),
    (
        "action-named-like-crud",
        ["POST /jobs/{id}/list", "GET /jobs/{id}"],
        {"POST /jobs/{id}/list": "jobs.list", "GET /jobs/{id}": "jobs.retrieve"},
        False,
    ),
    # custom methods
    ("custom-method", ["POST /agents/:search"], {"POST /agents/:search": "agents.search"}, False),
    (
        "custom-method-on-an-item",
        ["POST /agents/{id}:cancel", "GET /agents/{id}"],
        {"POST /agents/{id}:cancel": "agents.cancel", "GET /agents/{id}": "agents.retrieve"},
        False,
    ),
    (
        "custom-method-camel-case",
        ["POST /agents/{id}:batchGet"],
        {"POST /agents/{id}:batchGet": "agents.batch_get"},
        False,
    ),
    # names made safe
    (
        "keywords-and-spelling",
        ["GET /class", "GET /import/{id}", "GET /data-sources", "GET /dataSources/{id}"],
        {
            "GET /class": "class_.list",
            "GET /import/{id}": "import_.retrieve",
            "GET /data-sources": "data_sources.list",
            "GET /dataSources/{id}": "data_sources.retrieve",
        },
        False,
    ),
    ("keyword-action", ["GET /def/{id}/return"], {"GET /def/{id}/return": "def_.return_"}, False),
    (
        "capitals",
        ["GET /Users/{UserId}/Photos"],
        {"GET /Users/{UserId}/Photos": "users.photos"},
        False,
    ),
    # nothing to name it from
    ("root-path", ["GET /"], {"GET /": "api.list"}, False),
    ("root-path-tagged", [("GET /", {"tags": ["health"]})], {"GET /": "health.list"}, False),
    # x-sdkgen-resource / x-sdkgen-method
    (
        "explicit-resource",
        [("GET /download/{id}", {"x-sdkgen-resource": "files"})],
        {"GET /download/{id}": "files.retrieve"},
        False,
    ),
    (
        "explicit-resource-and-method",
        [
            (
                "GET /download/{id}",
                {"x-sdkgen-resource": "storage.files", "x-sdkgen-method": "fetch"},
            )
        ],
        {"GET /download/{id}": "storage.files.fetch"},
        False,
    ),
    (
        "explicit-method-made-an-identifier",
        [("GET /jobs", {"x-sdkgen-method": "all jobs"})],
        {"GET /jobs": "jobs.all_jobs"},
        False,
    ),
    (
        "explicit-method-keyword",
        [("GET /jobs/{id}/content", {"x-sdkgen-method": "import"})],
        {"GET /jobs/{id}/content": "jobs.import_"},
        False,
    ),
    (
        "explicit-name-wins-over-the-path-name",
        ["GET /jobs", ("GET /jobs/all", {"x-sdkgen-resource": "jobs", "x-sdkgen-method": "list"})],
        {"GET /jobs": "jobs.get_jobs", "GET /jobs/all": "jobs.list"},
        True,
    ),
    # Twilio's paths end in a format suffix, which names nothing
    (
        "format-suffix",
        [
            "GET /2010-04-01/Accounts/{AccountSid}/Messages.json",
            "POST /2010-04-01/Accounts/{AccountSid}/Messages.json",
            "GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
            "DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
        ],
        {
            "GET /2010-04-01/Accounts/{AccountSid}/Messages.json": "accounts.messages.list",
            "POST /2010-04-01/Accounts/{AccountSid}/Messages.json": "accounts.messages.create",
            "GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json": "accounts.messages.retrieve",
            "DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json": "accounts.messages.delete",
        },
        False,
    ),
    # a date version outvoted by another prefix is a namespace like any version
    (
        "date-version-namespace",
        ["GET /2010-04-01/Calls.json", "GET /v1/jobs", "GET /v1/files"],
        {
            "GET /2010-04-01/Calls.json": "v2010_04_01.calls.list",
            "GET /v1/jobs": "jobs.list",
            "GET /v1/files": "files.list",
        },
        False,
    ),
    # a GET on a collection path that answers with one object retrieves it
    (
        "one-object-is-retrieved",
        [
            ("GET /user", {"responses": ok(USER)}),
            ("GET /meta", {"responses": ok(_object(hooks=_array(), web=_array()))}),
            ("GET /user/repos", {"responses": ok(_array())}),
            ("GET /jobs", {"responses": ok(_object(items=_array(), next_page_token=STRING))}),
            ("GET /runs", {"responses": ok(_object(total_count=INTEGER, workflow_runs=_array()))}),
            ("GET /teams", {"responses": ok(_object(teams=_array()))}),
            ("GET /events", {"responses": ok(_object(events=_array())), "parameters": [LIMIT]}),
            ("GET /health", {}),
        ],
        {
            "GET /user": "user.retrieve",
            "GET /meta": "meta.retrieve",
            "GET /user/repos": "user.repos.list",
            "GET /jobs": "jobs.list",
            "GET /runs": "runs.list",
            "GET /teams": "teams.list",
            "GET /events": "events.list",
            "GET /health": "health.list",
        },
        False,
    ),
    # clashes fall back to the operationId, without FastAPI's suffix
    (
        "clash-falls-back-to-operation-id",
        [
            ("GET /api/v1/jobs", {"operationId": "list_jobs_api_v1_jobs_get"}),
            ("GET /api/v1/jobs/", {"operationId": "list_all_jobs_api_v1_jobs__get"}),
        ],
        {"GET /api/v1/jobs": "jobs.list_jobs", "GET /api/v1/jobs/": "jobs.list_all_jobs"},
        True,
    ),
    (
        "clash-camel-case-operation-id",
        [
            ("POST /pets/{id}", {"operationId": "renamePet"}),
            ("PUT /pets/{id}", {"operationId": "replacePet"}),
        ],
        {"POST /pets/{id}": "pets.rename_pet", "PUT /pets/{id}": "pets.replace_pet"},
        True,
    ),
    (
        "clash-without-operation-id",
        ["GET /jobs/{id}/retrieve", "GET /jobs/{id}"],
        {
            "GET /jobs/{id}/retrieve": "jobs.get_jobs_id_retrieve",
            "GET /jobs/{id}": "jobs.get_jobs_id",
        },
        True,
    ),
    (
        "collection-and-item-patch-clash",
        ["PATCH /jobs", "PATCH /jobs/{id}"],
        {"PATCH /jobs": "jobs.patch_jobs", "PATCH /jobs/{id}": "jobs.patch_jobs_id"},
        True,
    ),
]


def names(api: Any) -> dict[str, str]:
    return {
        f"{op.http_method.upper()} {op.path}": ".".join((*op.resource_path, op.method_name))
        for op in api.operations
    }


@pytest.mark.parametrize(
    ("routes", "expected", "warns"),
    [pytest.param(routes, expected, warns, id=id_) for id_, routes, expected, warns in NAMING],
)
def test_operation_names(
    tmp_path: Path, routes: list[Route], expected: dict[str, str], warns: bool
) -> None:
    api, diagnostics = build(tmp_path, spec(routes))
    assert names(api) == expected
    assert bool(diagnostics.warnings) == warns, diagnostics.warnings


def test_a_path_prefix_from_the_config_is_dropped(tmp_path: Path) -> None:
    api, _ = build(tmp_path, spec(["GET /service/jobs", "GET /service/jobs/{id}"]))
    assert names(api) == {
        "GET /service/jobs": "service.jobs.list",
        "GET /service/jobs/{id}": "service.jobs.retrieve",
    }
    api, _ = build(
        tmp_path, spec(["GET /service/jobs", "GET /service/jobs/{id}"]), path_prefix="/service"
    )
    assert names(api) == {
        "GET /service/jobs": "jobs.list",
        "GET /service/jobs/{id}": "jobs.retrieve",
    }


@pytest.mark.parametrize(
    ("routes", "message"),
    [
        pytest.param(
            [
                ("GET /a", {"x-sdkgen-resource": "jobs", "x-sdkgen-method": "fetch"}),
                ("GET /b", {"x-sdkgen-resource": "jobs", "x-sdkgen-method": "fetch"}),
            ],
            "two operations map to the method jobs.fetch(): GET /a and GET /b",
            id="two-explicit-names",
        ),
        pytest.param(
            [
                ("GET /a", {"x-sdkgen-resource": "jobs", "x-sdkgen-method": "logs"}),
                "GET /jobs/logs",
            ],
            "two operations map to the method jobs.logs(): GET /a and the resource jobs.logs",
            id="explicit-name-of-a-sub-resource",
        ),
    ],
)
def test_names_given_alike_on_purpose_are_an_error(
    tmp_path: Path, routes: list[Route], message: str
) -> None:
    with pytest.raises(SpecError, match=re.escape(message)):
        build(tmp_path, spec(routes))


@pytest.mark.parametrize(
    ("path", "segments"),
    [
        ("/jobs", ("jobs",)),
        ("/jobs/{id}", ("jobs", "{id}")),
        ("jobs/{id}/", ("jobs", "{id}")),
        ("//a//b/", ("a", "b")),
        ("/", ()),
        ("", ()),
        ("/agents/:search", ("agents", ":search")),
        ("/agents/{id}:cancel", ("agents", "{id}", ":cancel")),
        ("/a/b:c", ("a", "b", ":c")),
        ("/a/{b}:batchGet", ("a", "{b}", ":batchGet")),
        ("/files/{name}:{ext}", ("files", "{name}:{ext}")),
        ("/v1/x:", ("v1", "x:")),
    ],
)
def test_split_path(path: str, segments: tuple[str, ...]) -> None:
    assert split_path(path) == segments


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("{id}", True),
        ("{job_id}", True),
        ("{job.id}", True),
        ("id", False),
        ("{}", False),
        ("{a}{b}", False),
        ("{name}:{ext}", False),
        ("{a/b}", False),
        (" {id}", False),
        ("prefix-{id}", False),
    ],
)
def test_is_template(segment: str, expected: bool) -> None:
    assert is_template(segment) is expected


@pytest.mark.parametrize(
    ("paths", "prefix", "expected"),
    [
        (["/jobs"], None, [((), ("jobs",))]),
        (["/api/v1/jobs", "/api/v1/files"], None, [((), ("jobs",)), ((), ("files",))]),
        (
            ["/api/v1/a", "/api/v1/b", "/api/v2/a", "/c"],
            None,
            [((), ("a",)), ((), ("b",)), (("v2",), ("a",)), ((), ("c",))],
        ),
        (["/v1/a", "/v2/a"], None, [((), ("a",)), (("v2",), ("a",))]),
        (
            ["/2024-01-01/a", "/2023-06/a", "/2024-01-01/b"],
            None,
            [((), ("a",)), (("v2023-06",), ("a",)), ((), ("b",))],
        ),
        (["/V1/Jobs"], None, [((), ("Jobs",))]),
        (["/version/jobs"], None, [((), ("version", "jobs"))]),
        (["/svc/a", "/other/b"], "/svc", [((), ("a",)), ((), ("other", "b"))]),
        (["/svc/v1/a"], "/svc", [((), ("v1", "a"))]),
        ([], None, []),
    ],
)
def test_path_names(
    paths: list[str], prefix: str | None, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert path_names(paths, prefix) == [PathName(*pair) for pair in expected]


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        (["/jobs"], set()),
        (["/jobs/{id}"], {("jobs",)}),
        (["/files/{id}", "/files/search"], {("files",)}),
        (["/a/{x}/b/{y}"], {("a",), ("a", "b")}),
        (["/p/{x}/{y}"], {("p",)}),
        (["/{root}/c"], set()),
        (["/api/v1/jobs/{id}"], {("jobs",)}),
    ],
)
def test_collections(paths: list[str], expected: set[tuple[str, ...]]) -> None:
    assert collections(path_names(paths, None)) == expected


@pytest.mark.parametrize(
    ("path", "known", "one_operation", "expected"),
    [
        ("/jobs", set(), True, (["jobs"], [], False)),
        ("/jobs/{id}", {("jobs",)}, True, (["jobs"], [], True)),
        ("/jobs/{id}/cancel", {("jobs",)}, True, (["jobs"], ["cancel"], False)),
        ("/jobs/{id}/cancel", {("jobs",)}, False, (["jobs", "cancel"], [], False)),
        ("/jobs/{id}/retry/all", {("jobs",)}, True, (["jobs"], ["retry", "all"], False)),
        ("/files/search", {("files",)}, True, (["files"], ["search"], False)),
        ("/files/search", set(), True, (["files", "search"], [], False)),
        ("/agents/:search", set(), False, (["agents"], ["search"], False)),
        ("/agents/{id}/:cancel", {("agents",)}, False, (["agents"], ["cancel"], False)),
        (
            "/users/{uid}/posts/{pid}",
            {("users",), ("users", "posts")},
            True,
            (["users", "posts"], [], True),
        ),
        ("/", set(), True, ([], [], False)),
    ],
)
def test_resource_and_action(
    path: str,
    known: set[tuple[str, ...]],
    one_operation: bool,
    expected: tuple[list[str], list[str], bool],
) -> None:
    (name,) = path_names([path], None)
    assert resource_and_action(name, frozenset(known), one_operation=one_operation) == expected


@pytest.mark.parametrize(
    ("operation_id", "path", "method", "expected"),
    [
        ("get_job_api_v1_jobs__job_id__get", "/api/v1/jobs/{job_id}", "get", "get_job"),
        ("get_job_api_v1_jobs__job_id__get", "/api/v1/jobs/{job_id}", "GET", "get_job"),
        ("upload_api_v1_files_post", "/api/v1/files", "post", "upload"),
        ("x_jobs_get", "/jobs", "get", "x"),
        ("delete_a_b_delete", "/a-b", "delete", "delete"),
        ("listJobs", "/jobs", "get", "listJobs"),
        ("_jobs_get", "/jobs", "get", "_jobs_get"),
        ("list_jobs_get", "/jobs", "post", "list_jobs_get"),
        ("list_jobs_api_v1_jobs_get", "/api/v2/jobs", "get", "list_jobs_api_v1_jobs_get"),
    ],
)
def test_strip_fastapi_suffix(operation_id: str, path: str, method: str, expected: str) -> None:
    assert strip_fastapi_suffix(operation_id, path, method) == expected
